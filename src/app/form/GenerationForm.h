#pragma once

#include "core/model/AudioTaskRequest.h"
#include "core/support/ValidationIssue.h"
#include "core/uploads/PendingUpload.h"

#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class Clock;
class QListWidget;
class QListWidgetItem;
class QTimer;
class UploadItemWidget;
class UploadQueue;
struct UploadProgress;
namespace Ui {
class GenerationForm;
}

// The generation form: every field of CreateAigcAudioTask grouped as a person thinks (what, how,
// references, output, advanced). Invalid fields are marked with their reason and Generate stays
// disabled while any is invalid. The draft survives restarts.
class GenerationForm : public QWidget
{
    Q_OBJECT

public:
    explicit GenerationForm(Clock* clock, QWidget* parent = nullptr);
    ~GenerationForm() override;

    // The request as it stands; a local file not uploaded yet is a File reference without a FileId
    // (see pendingUploads()).
    AudioTaskRequest request() const;
    // The local files of request() that are still uploading.
    PendingUploads pendingUploads() const;
    // Where local reference files are uploaded (owned by the caller).
    void setUploadQueue(UploadQueue* uploads);
    void setRequest(const AudioTaskRequest& request); // "use these settings again"
    int variations() const;
    ValidationIssues issues() const { return m_issues; }
    bool isValid() const { return m_issues.isEmpty(); }
    // The active profile's SubAppId, shown as the placeholder and used when the field is empty.
    void setProfileSubAppId(std::optional<quint64> subAppId);
    // Asks for a line of text (URL or FileId); tests replace it.
    std::function<QString(const QString& title, const QString& label)> askText;
    // Tells the user something (a file that cannot be uploaded); tests replace it.
    std::function<void(const QString& text)> inform;
    // Asks for local files to add to a reference list; tests replace it.
    std::function<QStringList(const QString& title, const QString& filter)> askOpenFiles;

    void saveDraft() const;
    void restoreDraft();
    void clearDraft();

signals:
    void generateRequested(const AudioTaskRequest& request, int variations);
    void validityChanged(bool valid);

public slots:
    void generate();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void populate();
    void onModelChanged();
    void revalidate();
    void markInvalid(QWidget* widget, const QString& reason);
    QWidget* widgetForField(const QString& field) const;
    void addReference(QListWidget* list, const QString& type, const QString& value);
    void addLocalFiles(QListWidget* list, const QStringList& paths);
    void addLocalItem(QListWidget* list, const QString& path, qint64 uploadId);
    void refreshUploadItem(QListWidgetItem* item);
    void onUploadChanged(qint64 uploadId);
    void onUploadProgress(qint64 uploadId, const UploadProgress& progress);
    QList<QListWidgetItem*> itemsOfUpload(qint64 uploadId) const;
    void scheduleDraftSave();

    std::unique_ptr<Ui::GenerationForm> m_ui;
    Clock* m_clock;
    ValidationIssues m_issues;
    std::optional<quint64> m_profileSubAppId;
    QTimer* m_draftTimer;
    UploadQueue* m_uploads = nullptr;
    QList<QWidget*> m_marked;
    bool m_loading = false;
};
