#pragma once

#include "core/support/SqliteDatabase.h"
#include "core/uploads/PendingUpload.h"
#include "core/uploads/UploadRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

class Clock;

// Uploads in progress and done, in the history database (tables "uploads" and "upload_parts", created
// when missing, beside HistoryStore's "tasks"): every confirmed part is written as it is confirmed, so
// an upload resumes after a crash or a quit. WAL journal, one transaction per write, a private
// connection per instance (the app's HistoryStore and this store may share a file). The temporary
// object-storage credentials are kept only while an upload is unfinished (a resume needs them) and
// are wiped when it ends (secure_delete and a WAL checkpoint, so that they are gone from the disk). Methods
// that can fail return false / 0 / nullopt and set lastError().
class UploadStore
{
    Q_DECLARE_TR_FUNCTIONS(UploadStore)

public:
    explicit UploadStore(Clock* clock = nullptr);
    ~UploadStore();
    UploadStore(const UploadStore&) = delete;
    UploadStore& operator=(const UploadStore&) = delete;

    bool open(const QString& path, QString* error = nullptr);
    void close();
    bool isOpen() const;
    QString path() const;
    QString lastError() const;

    // A new upload; returns its id (0 on error). createdAtMs defaults to now.
    qint64 add(const UploadRecord& record);
    // Writes every column of the record (not its parts); credentials are wiped when it is finished.
    bool update(const UploadRecord& record);
    // One part confirmed by the server (replaces an earlier row of the same number).
    bool addPart(qint64 uploadId, const UploadRecord::Part& part);
    // Forgets the parts (an upload started over).
    bool clearParts(qint64 uploadId);
    bool remove(qint64 uploadId);

    std::optional<UploadRecord> record(qint64 id);
    // Unfinished uploads, oldest first.
    QList<UploadRecord> unfinished();
    // The most recent unfinished upload of this very file (path, size, modification time) to this
    // endpoint and SubAppId, if any.
    // The local files a submission waits for (table "task_uploads", keyed by the history row): kept
    // here, beside the uploads, until the submission is sent or given up.
    bool setTaskUploads(qint64 taskRow, const PendingUploads& pending);
    PendingUploads taskUploads(qint64 taskRow);
    bool removeTaskUploads(qint64 taskRow);

    std::optional<UploadRecord> findResumable(const QString& filePath, qint64 fileSize, qint64 modifiedMs,
        const QString& endpoint, std::optional<quint64> subAppId);

private:
    bool fail(const QString& message);
    bool exec(const QString& sql, const QVariantList& values = {});
    void truncateLog();
    QList<UploadRecord> fetch(const QString& where, const QVariantList& values);
    qint64 nowMs() const;

    Clock* m_clock;
    SqliteDatabase m_sql;
};
