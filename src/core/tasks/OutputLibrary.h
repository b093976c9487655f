#pragma once

#include "core/api/ApiError.h"
#include "core/tasks/DownloadJob.h"
#include "core/tasks/TaskRecord.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class Clock;
class DownloadJob;
class HistoryStore;
class QNetworkAccessManager;

// The folder where finished outputs are kept: "<YYYY-MM-DD>_<prompt slug>_<8 hex of the TaskId>.<type>"
// plus a "<same base>.json" sidecar with the request and the final DescribeTaskDetail answer.
// Downloads go through DownloadJob (resumable .part files, never a partial file under the final name),
// at most maxConcurrent() at once, and their progress is written to the HistoryStore:
// Pending -> Partial (running, or interrupted with a .part) -> Done (localPath) or Failed (downloadError).
class OutputLibrary : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultMaxConcurrent = 3;
    static constexpr int kMaxSlugLength = 40;

    OutputLibrary(HistoryStore* store, QNetworkAccessManager* network, Clock* clock, const QString& folder,
        QObject* parent = nullptr);
    ~OutputLibrary() override; // running downloads stop; their rows stay Partial for resumePending()

    QString folder() const { return m_folder; }
    // Downloads started from now on go through this manager (the active profile's proxy).
    void setNetwork(QNetworkAccessManager* network) { m_network = network; }
    void setFolder(const QString& folder) { m_folder = folder; } // for downloads started afterwards
    int maxConcurrent() const { return m_maxConcurrent; }
    void setMaxConcurrent(int n);
    void setMaxAttempts(int n) { m_maxAttempts = n; } // per download, passed to DownloadJob
    void setStallTimeoutMs(qint64 ms) { m_stallTimeoutMs = ms; }
    // No download is ever larger than this (a setting); each is also held to what its output can be.
    void setDownloadCapBytes(qint64 bytes) { m_capBytes = bytes; }

    // Queues the record's first output. Does nothing when it is already queued or running.
    // Fails at once (downloadFinished with an error) without a URL or when a temporary URL has expired.
    void download(const TaskRecord& record);
    // Restarts every Pending and Partial download of the store (call on startup).
    void resumePending();
    // Stops a queued or running download; the .part stays, so a later download() resumes it.
    void cancel(qint64 id);

    bool isQueued(qint64 id) const;
    bool isRunning(qint64 id) const { return m_jobs.contains(id); }
    int runningCount() const { return static_cast<int>(m_jobs.size()); }
    int queuedCount() const { return static_cast<int>(m_queue.size()); }

    // "Fireworks, at night!" -> "Fireworks-at-night": SafeFileName::clean, "audio" when nothing is left.
    static QString slugify(const QString& prompt, int maxLength = kMaxSlugLength);
    // The last 8 characters of the TaskId's hex part ("...-AigcAudioTask-<32 hex>t").
    static QString taskIdSuffix(const QString& taskId);
    // "2026-01-02_Fireworks-at-night_da05d9ff" (date of FINISH, else creation/submission, local time).
    static QString baseName(const TaskRecord& record);
    static QString fileExtension(const TaskRecord& record); // "mp3", from FileType or the URL
    // In folder(), by SafeFileName::inside; empty (and *error set) when it would not stay there.
    QString audioPath(const TaskRecord& record, QString* error = nullptr) const;
    static QString sidecarPath(const QString& audioPath); // same base, ".json"
    // {"Request": {...}, "Response": {...}, "SavedAt": "...", "TaskId": "...", "AudioFile": "..."}
    static QByteArray sidecarJson(
        const TaskRecord& record, const QString& audioPath, const QDateTime& savedAt);

signals:
    void downloadStarted(qint64 id);
    void downloadProgress(qint64 id, qint64 received, qint64 total);
    // error.isOk() on success; the HistoryStore row has been updated before this is emitted.
    void downloadFinished(qint64 id, const ApiError& error);

private:
    struct Queued
    {
        qint64 id;
        QString url;
        QString path;
        qint64 maxBytes;
    };
    void pump();
    void start(const Queued& item);
    void onJobFinished(qint64 id, DownloadJob* job);
    void finishWith(qint64 id, const QString& path, const ApiError& error);
    bool writeSidecar(qint64 id, const QString& audioPath, QString* error);

    QPointer<HistoryStore> m_store;
    QNetworkAccessManager* m_network;
    Clock* m_clock;
    QString m_folder;
    QList<Queued> m_queue;
    QHash<qint64, DownloadJob*> m_jobs;
    int m_maxConcurrent = kDefaultMaxConcurrent;
    int m_maxAttempts = 4;
    qint64 m_stallTimeoutMs = 60000;
    qint64 m_capBytes = DownloadJob::kDefaultCap;
};
