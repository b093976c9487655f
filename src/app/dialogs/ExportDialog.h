#pragma once

#include "core/audio/ExportResult.h"
#include "core/audio/ExportSettings.h"
#include "core/audio/ExportSource.h"

#include <QDialog>
#include <QList>
#include <memory>

class ExportJob;
class QPushButton;
class QThread;

namespace Ui {
class ExportDialog;
}

// File → Export…: the selected sounds through the export pipeline with one set of settings (format,
// sample rate, bit depth, loudness under a true-peak ceiling, names, folder), remembered in QSettings
// ("export/…"). Every rule is checked before anything is written (ExportJob::prepare) and each broken
// one is listed with its field; then a progress bar and Cancel while the job runs off the GUI thread.
// The library's files are only read.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const QList<ExportSource>& sources, QWidget* parent = nullptr);
    ~ExportDialog() override;

    ExportSettings settings() const;
    // Checks and, when nothing breaks a rule, starts. false (issues shown) when it did not start.
    bool startExport();
    bool isRunning() const { return m_thread != nullptr; }
    QList<ExportResult> results() const { return m_results; }
    QString issuesText() const;

signals:
    void exportFinished(int written, int failed, bool cancelled);

protected:
    void reject() override;

private:
    void setEditable(bool editable);
    void updateEnabled();
    void saveSettings() const;
    void onJobDone();

    std::unique_ptr<Ui::ExportDialog> m_ui;
    QList<ExportSource> m_sources;
    QPushButton* m_exportButton = nullptr;
    ExportJob* m_job = nullptr;
    QThread* m_thread = nullptr;
    QList<ExportResult> m_results;
};
