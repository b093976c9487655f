#pragma once

#include "core/api/ApiError.h"
#include "core/uploads/CosJob.h"
#include "core/uploads/UploadProgress.h"
#include "core/uploads/UploadRecord.h"
#include "core/uploads/UploadRequest.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>
#include <functional>

class Clock;
class UploadStore;
class VodClient;
class VodJob;

// Uploads one local file to VOD (spec §7): ApplyUpload -> object storage (one PUT up to
// singlePutLimit, else multipart with at most maxParallelParts parts in flight, each part retried on
// transient failures) -> CommitUpload -> FileId. Streams from disk (memory stays flat), reports
// progress (bytes, rate, time left), can be cancelled, and with an UploadStore keeps its state in the
// history database after every step so that resume() picks it up after a crash or a quit.
//
//     MediaUploader up(&client, &store);
//     connect(&up, &MediaUploader::finished, ctx, [](MediaUploader* u) { u->fileId(); });
//     up.start({ .filePath = path });   // or up.resume(recordId)
class MediaUploader : public QObject
{
    Q_OBJECT

public:
    struct Config
    {
        qint64 singlePutLimit = 20LL * 1024 * 1024; // larger files go multipart
        qint64 partSize = 8LL * 1024 * 1024; // at least 1 MiB; grown so that there are <= 10000 parts
        int maxParallelParts = 3;
        int maxAttempts = 5; // per request, for transient failures
        qint64 retryBaseDelayMs = 1000; // doubles per retry, capped at 16 s
        qint64 stallTimeoutMs = 60000; // a request with no byte moving for this long is retried
        // Where object storage is reached. Empty: https://<bucket>.cos.<region>.myqcloud.com/ when the
        // VOD endpoint is Tencent Cloud's, else the VOD endpoint itself (the emulator serves both)
        // with the Host header of the bucket.
        QUrl cosOrigin;
    };

    MediaUploader(VodClient* client, UploadStore* store = nullptr, QObject* parent = nullptr);
    ~MediaUploader() override;

    void setConfig(const Config& config) { m_config = config; }
    const Config& config() const { return m_config; }

    // Checks the file, then uploads it; with a store, an unfinished upload of the same file (same
    // path, size and modification time, endpoint and SubAppId) is resumed instead of starting over.
    void start(const UploadRequest& request);
    // Resumes an unfinished upload recorded in the store.
    void resume(qint64 recordId);
    // Stops for good: in-flight requests are aborted, a multipart upload is aborted on the server, the
    // record becomes Cancelled. finished() follows with a Cancelled error.
    void cancel();
    // Stops without giving up (the app quits): the record stays resumable. No finished() signal.
    void suspend();

    bool isFinished() const { return m_finished; }
    bool isRunning() const { return m_started && !m_finished && !m_suspended; }
    ApiError error() const { return m_error; }
    QString fileId() const { return m_record.fileId; }
    QString mediaUrl() const { return m_record.mediaUrl; }
    const UploadRecord& record() const { return m_record; }
    UploadProgress progress() const { return m_progress; }
    bool resumed() const { return m_resumedFromBytes >= 0; }
    qint64 resumedFromBytes() const { return m_resumedFromBytes; } // -1: a fresh upload
    // Requests sent to object storage (every attempt), for tests.
    int objectRequests() const { return m_objectRequests; }

    // The part size used for a file of this size (at least 1 MiB, at most 10000 parts).
    static qint64 partSizeFor(qint64 fileSize, qint64 configuredPartSize);

signals:
    void progressChanged(const UploadProgress& progress);
    // "applying", "uploading", "committing", "done", "failed", "cancelled"; also after a retry is
    // scheduled (with the reason), for logs.
    void stateChanged(UploadRecord::State state);
    void retrying(const QString& what, const ApiError& error, qint64 delayMs);
    void finished(MediaUploader* uploader);

private:
    void step();
    // Drops every request in flight (object storage and API); their answers are ignored.
    void stopRequests();
    void applyUpload();
    void putObject();
    void initiateMultipart();
    void pumpParts();
    void onPartFinished(CosJob* job, int partNumber);
    void completeMultipart();
    void commitUpload();
    void restartFromApply(const QString& why);
    void setState(UploadRecord::State state);
    void save();
    void fail(const ApiError& error);
    void succeed();
    // Retries what (after the backoff) for transient errors while attempts are left; else fails.
    bool retryLater(const QString& what, const ApiError& error, int& attempts, std::function<void()> again);
    CosJob::Request cosRequest(QByteArray method, const QList<QPair<QString, QString>>& query) const;
    CosJob* newCosJob(const CosJob::Request& request);
    void callApi(const QString& action, const QJsonObject& params, int& attempts,
        std::function<void(const QJsonObject&)> onOk);
    void updateProgress(bool force = false);
    int partCount() const;
    bool credentialsExpiring() const;

    QString m_expireTime; // ApplyUpload's, for a fresh upload (not kept across a resume)
    QString m_storageRegion;
    QPointer<VodClient> m_client;
    Clock* m_clock;
    UploadStore* m_store;
    Config m_config;
    UploadRecord m_record;
    UploadProgress m_progress;
    ApiError m_error;
    QHash<int, QPointer<CosJob>> m_partJobs; // part number -> its request in flight
    QHash<int, int> m_partAttempts;
    QList<int> m_partsWaiting; // parts waiting for a retry delay
    QPointer<CosJob> m_job; // the single PUT / initiate / complete in flight
    QPointer<VodJob> m_apiJob;
    QList<QPair<qint64, qint64>> m_rateSamples; // (ms, bytes)
    qint64 m_lastProgressEmitMs = 0;
    qint64 m_resumedFromBytes = -1;
    int m_attempts = 0; // of the current non-part step
    int m_restarts = 0;
    int m_objectRequests = 0;
    int m_generation = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_suspended = false;
};
