#pragma once

#include "core/uploads/MediaUploader.h"
#include "core/uploads/UploadProgress.h"
#include "core/uploads/UploadRecord.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <memory>
#include <optional>

class Clock;
class UploadStore;
class VodClient;

// The app's uploads of local reference files: one MediaUploader per file, all running at once, their
// state in the history database (UploadStore) so that quitting suspends them and the next start
// resumes them. Uploads are known by their UploadStore id, which survives restarts; an upload that
// could not even be recorded gets a negative id for this run only.
class UploadQueue : public QObject
{
    Q_OBJECT

public:
    struct Entry
    {
        qint64 id = 0;
        QString filePath;
        UploadRecord::State state = UploadRecord::State::Applying;
        bool running = false; // an uploader is working on it now
        bool suspended = false; // stopped without giving up: resumes with its profile or the next start
        UploadProgress progress;
        QString fileId; // when Done
        QString mediaUrl; // when Done
        qint64 resumedFromBytes = 0; // an interrupted upload picked up where it stopped
        QString error; // when Failed or Cancelled (or a transient failure): ApiError::toString()
        QString advice; // what to do about it, when known
        ApiError failure; // the error itself, when this run saw it end

        bool isDone() const { return state == UploadRecord::State::Done && !fileId.isEmpty(); }
        // Ended without a FileId (failed, cancelled, or stopped after its retries): needs the user.
        bool isFailed() const { return !running && !suspended && !isDone(); }
    };

    explicit UploadQueue(Clock* clock, QObject* parent = nullptr);
    ~UploadQueue() override; // suspends what is running

    // The history database (UploadStore tables). Without it uploads work but do not resume.
    bool open(const QString& databasePath, QString* error = nullptr);
    UploadStore* store() const { return m_store.get(); }
    void setConfig(const MediaUploader::Config& config) { m_config = config; }

    // The active profile's client (nullptr: none). Running uploads of the previous client are
    // suspended; unfinished uploads recorded for this endpoint and SubAppId resume.
    void setClient(VodClient* client, const QString& profileName);
    VodClient* client() const;

    // Whether setClient() resumes the unfinished uploads recorded for its endpoint (the app: yes; the
    // CLI resumes only the files it is given).
    void setResumeOnActivate(bool resume) { m_resumeOnActivate = resume; }

    // Starts uploading a file (the caller has checked it with MediaFileTypes::check); returns its id.
    // A file that is being uploaded already gives the id of that upload. An interrupted upload of the
    // same file resumes, unless resume is false: then it is given up and the file starts over.
    qint64 add(const QString& filePath);
    qint64 add(const UploadRequest& request, bool resume = true);
    void cancel(qint64 id);
    // Uploads the file of a failed or cancelled upload again; returns the id of the new attempt (the
    // same id when the interrupted upload can be resumed).
    qint64 retry(qint64 id);
    // The user no longer wants it: cancelled if running, an unfinished record is closed.
    void discard(qint64 id);
    // Stops every running upload without giving up (the app quits): they resume at the next start.
    void suspendAll();

    // What is known of an upload: live, or from the store; nullopt when unknown.
    std::optional<Entry> entry(qint64 id) const;
    bool isRunning(qint64 id) const;
    int runningCount() const;

signals:
    void progressChanged(qint64 id, const UploadProgress& progress);
    // Anything else changed (state, FileId, error): ask entry(id).
    void entryChanged(qint64 id);
    // Done (entry(id)->fileId) or failed/cancelled (entry(id)->error).
    void finished(qint64 id, bool success);
    // A step failed and is tried again after delayMs.
    void retrying(qint64 id, const QString& what, const ApiError& error, qint64 delayMs);

private:
    struct Live
    {
        Entry entry;
        QPointer<MediaUploader> uploader;
    };
    MediaUploader* newUploader();
    void track(MediaUploader* uploader, qint64 provisionalId);
    qint64 idOf(const MediaUploader* uploader) const;
    void onFinished(MediaUploader* uploader);
    void resumeUnfinished();
    static Entry entryFromRecord(const UploadRecord& record);

    Clock* m_clock;
    std::unique_ptr<UploadStore> m_store;
    QPointer<VodClient> m_client;
    QString m_profileName;
    MediaUploader::Config m_config;
    QHash<qint64, Live> m_live;
    qint64 m_nextTemporaryId = -1;
    bool m_resumeOnActivate = true;
};
