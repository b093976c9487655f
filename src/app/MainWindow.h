#pragma once

#include "app/player/Audition.h"
#include "core/tasks/TaskRecord.h"

#include <QMainWindow>
#include <memory>
#include <optional>

class AppController;
class ExportDialog;
class GenerationForm;
class PlayerPanel;
class QActionGroup;
class QSystemTrayIcon;
class TaskTableModel;
namespace Ui {
class MainWindow;
}

// The studio: the form on the left, the task list in the middle, the player and the selected task's
// details below. Docks and geometry are remembered between runs.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppController* app, QWidget* parent = nullptr);
    ~MainWindow() override;

    GenerationForm* form() const { return m_form; }
    PlayerPanel* player() const { return m_player; }
    TaskTableModel* taskModel() const { return m_model; }
    void retrySelected();
    // File → Export… for the selected rows with a saved sound; the dialog, or nullptr when none has one.
    ExportDialog* exportSelected();
    std::optional<TaskRecord> currentRecord() const;
    void selectRecord(qint64 id);
    // Help > Export Diagnostics… without its file dialog: writes the report to path (tests, scripts).
    bool exportDiagnostics(const QString& path, QString* error = nullptr);
    // Answers "save as" without a dialog in tests.
    std::function<QString(const QString& suggested)> askSavePath;

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void setupActions();
    void setupFilters();
    void refreshFilters();
    void applyFilters();
    void updateActions();
    void showRecord(const std::optional<TaskRecord>& record, Audition::Reason reason);
    void onGenerate();
    void onProfileActivated(const QString& name);
    void rebuildProfileMenu();
    void openProfiles();
    void openInspector();
    void openPreferences();
    void saveAs();
    void showInFolder();
    void removeSelected();
    void undoRemove();
    void notifyFinished(qint64 id, bool success);
    void updateTitle();
    QList<qint64> selectedIds() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    AppController* m_app;
    GenerationForm* m_form;
    PlayerPanel* m_player;
    TaskTableModel* m_model;
    QSystemTrayIcon* m_tray = nullptr;
    QActionGroup* m_profileGroup = nullptr;
    QList<QList<qint64>> m_removed; // undo stack of removals
    Audition* m_audition = nullptr;
};
