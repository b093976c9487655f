#pragma once

#include "core/support/SqliteDatabase.h"
#include "core/tasks/HistoryFilter.h"
#include "core/tasks/HistorySchema.h"
#include "core/tasks/TaskRecord.h"

#include <QList>
#include <QObject>
#include <QString>
#include <optional>

class ApiError;
class AudioTask;
class Clock;
class QSqlQuery;
struct HttpExchange;

// The local history: every submission and what became of it, in SQLite (Qt Sql). WAL journal,
// versioned schema (PRAGMA user_version), one transaction per write, a private connection per
// instance. TaskId is UNIQUE: a task is never recorded twice. Every method that can fail returns
// false (or 0 / nullopt / empty) and leaves the reason in lastError().
class HistoryStore : public QObject
{
    Q_OBJECT

public:
    using Filter = HistoryFilter;

    // The schema version this build writes. Older files are migrated on open; newer ones are refused.
    static constexpr int kSchemaVersion = HistorySchema::kVersion;

    // clock: for updatedAt, submittedAt defaults and soft removal (nullptr = the system clock).
    explicit HistoryStore(Clock* clock = nullptr, QObject* parent = nullptr);
    ~HistoryStore() override;

    // Opens (creating it and its folder if needed), checks and migrates the database at path.
    bool open(const QString& path, QString* error = nullptr);
    void close();
    bool isOpen() const;
    QString path() const;
    QString lastError() const;
    int schemaVersion() const; // PRAGMA user_version
    QString journalMode() const; // "wal" once open

    // --- writes -------------------------------------------------------------------------------
    // A new submission in state Submitting (submittedAt defaults to now). Returns the row id, 0 on error.
    qint64 addSubmission(const TaskRecord& record);
    // Stores a record as given (imports, tests): state, TaskId and all. Returns the row id, 0 on error.
    qint64 insertRecord(const TaskRecord& record);
    // Many records in one transaction (all or none). Returns their row ids, empty on error.
    QList<qint64> insertRecords(const QList<TaskRecord>& records);

    // Submitting/OutcomeUnknown -> Waiting with the service's TaskId and RequestId.
    bool setCreated(qint64 id, const QString& taskId, const QString& requestId, const HttpExchange& exchange);
    // A new submission in state AwaitingUploads: requestJson names the uploads it waits for.
    qint64 addAwaitingUploads(const TaskRecord& record);
    // AwaitingUploads -> Submitting with the request as it is about to be sent (FileIds filled in).
    bool setUploadsResolved(qint64 id, const QByteArray& requestJson);
    // The playable URL of an output known by FileId (DescribeMediaInfos' MediaUrl).
    bool setFileUrl(qint64 id, const QString& fileUrl);
    // Submitting/AwaitingUploads -> SubmitFailed: the service refused the Create (or it never left, or
    // an upload it waited for failed).
    bool setSubmitFailed(qint64 id, const ApiError& error);
    // Submitting -> OutcomeUnknown: sent, answer lost. Never re-send; reconcile.
    bool setOutcomeUnknown(qint64 id, const ApiError& error);
    // OutcomeUnknown/Submitting -> Waiting: reconciliation found the task.
    bool resolveOutcome(qint64 id, const QString& taskId);
    // A DescribeTaskDetail answer, matched by TaskId. A final state is never overwritten by an
    // unfinished one (a stale answer). Marks the download Pending when a successful task has an
    // output and nothing is local yet.
    bool updateFromTask(const AudioTask& task);
    bool setDownload(
        qint64 id, TaskRecord::DownloadState state, const QString& localPath, const QString& error = {});
    // Unfinished rows whose createTime (or submittedAt) is more than 72 h before now become Expired.
    bool markExpired(const QDateTime& now, int* expiredCount = nullptr);
    // The service does not know the TaskId (ResourceNotFound, InvalidParameterValue.TaskId).
    bool markLost(const QString& taskId, const ApiError& error);
    // Soft delete (undo with restore); purgeRemoved deletes rows removed before olderThan for good.
    // The user's marks: ★0–5, favourite, tags (normalised by TaskRecord::normaliseTags). false with
    // lastError() naming the rule when a value breaks it.
    bool setRating(qint64 id, int stars);
    bool setFavourite(qint64 id, bool favourite);
    bool setTags(qint64 id, const QStringList& tags);
    // Whether another connection (the CLI, another copy of the app) committed to the file since the
    // last call: PRAGMA data_version, which this connection's own writes do not change. The first
    // call only takes note.
    bool changedElsewhere();
    bool softRemove(qint64 id);
    bool restore(qint64 id);
    int purgeRemoved(const QDateTime& olderThan); // -1 on error

    // --- queries ------------------------------------------------------------------------------
    std::optional<TaskRecord> record(qint64 id);
    std::optional<TaskRecord> byTaskId(const QString& taskId);
    QList<TaskRecord> list(const Filter& filter = {});
    int count(const Filter& filter = {}); // -1 on error
    // AwaitingUploads, Waiting, Processing, Submitting and OutcomeUnknown rows that are not removed,
    // oldest first.
    QList<TaskRecord> unfinished();
    // Pending and Partial downloads of rows that are not removed, oldest first.
    QList<TaskRecord> pendingDownloads();
    QStringList models(); // distinct ModelNames, for a filter box
    QStringList profiles(); // distinct profile names

signals:
    void recordAdded(qint64 id); // also when a removed row is restored
    void recordChanged(qint64 id);
    void recordRemoved(qint64 id); // soft-removed or purged

private:
    // A change of state is allowed only from these states; the refusal says what was expected.
    struct Transition
    {
        QList<TaskRecord::State> from; // empty: any state
        QString expected; // "awaiting a TaskId"
    };
    bool fail(const QString& message);
    bool ensureOpen();
    std::optional<TaskRecord> fetchOne(const QString& where, const QVariant& value);
    QList<TaskRecord> fetch(const QString& sql, const QVariantList& values);
    // The one way a row changes: UPDATE tasks SET <assignments>, updated_at = now WHERE id = :id (and
    // its state is one of transition.from), in a transaction; recordChanged(id) when it did.
    bool updateRow(qint64 id, const QString& assignments, const QVariantMap& values, const QString& what,
        const Transition& transition = {});
    qint64 nowMs() const;

    Clock* m_clock;
    qint64 m_dataVersion = -1;
    SqliteDatabase m_sql;
};
