#include "core/tasks/HistoryStore.h"

#include "core/api/ApiError.h"
#include "core/model/AudioTask.h"
#include "core/net/HttpExchange.h"
#include "core/net/HttpExchangeJson.h"
#include "core/support/Clock.h"
#include "core/support/PrivateFiles.h"
#include "core/support/SystemClock.h"
#include "core/tasks/HistorySchema.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {
using State = TaskRecord::State;
using DownloadState = TaskRecord::DownloadState;
} // namespace

HistoryStore::HistoryStore(Clock* clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock ? clock : SystemClock::instance())
    , m_sql(u"aigc-history"_s, tr("the history database"))
{
}

HistoryStore::~HistoryStore()
{
    close();
}

qint64 HistoryStore::nowMs() const
{
    return m_clock->nowMs();
}

bool HistoryStore::fail(const QString& message)
{
    return m_sql.fail(message);
}

QString HistoryStore::lastError() const
{
    return m_sql.lastError();
}

bool HistoryStore::ensureOpen()
{
    return isOpen() || fail(tr("the history database is not open"));
}

bool HistoryStore::isOpen() const
{
    return m_sql.isOpen();
}

bool HistoryStore::open(const QString& path, QString* error)
{
    SqliteDatabase::Options options;
    options.pragmas = { u"PRAGMA synchronous=NORMAL"_s, u"PRAGMA foreign_keys=ON"_s };
    const bool ok = m_sql.open(path, options) && m_sql.migrate(kSchemaVersion, &HistorySchema::stepsTo);
    if (!ok) {
        if (error)
            *error = m_sql.lastError();
        m_sql.close();
    }
    return ok;
}

void HistoryStore::close()
{
    m_sql.close();
}

QString HistoryStore::path() const
{
    return m_sql.path();
}

int HistoryStore::schemaVersion() const
{
    return m_sql.userVersion();
}

QString HistoryStore::journalMode() const
{
    return m_sql.journalMode();
}

// --- writes -----------------------------------------------------------------------------------

qint64 HistoryStore::insertRecord(const TaskRecord& record)
{
    const QList<qint64> ids = insertRecords({ record });
    return ids.isEmpty() ? 0 : ids.first();
}

QList<qint64> HistoryStore::insertRecords(const QList<TaskRecord>& records)
{
    if (!ensureOpen())
        return {};
    QList<qint64> ids;
    ids.reserve(records.size());
    const bool ok = m_sql.transaction([&] {
        QSqlQuery q(m_sql.db());
        q.prepare(HistorySchema::insertSql());
        const qint64 now = nowMs();
        for (TaskRecord r : records) {
            if (!r.updatedAt.isValid())
                r.updatedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
            if (!r.submittedAt.isValid())
                r.submittedAt = r.updatedAt;
            HistorySchema::bind(q, r);
            if (!q.exec()) {
                if (!r.taskId.isEmpty() && q.lastError().databaseText().contains("UNIQUE"_L1))
                    return fail(tr("TaskId %1 is already in the history").arg(r.taskId));
                return m_sql.failQuery(q, tr("adding a task"));
            }
            ids.append(q.lastInsertId().toLongLong());
        }
        return true;
    });
    if (!ok)
        return {};
    for (qint64 id : std::as_const(ids))
        emit recordAdded(id);
    return ids;
}

qint64 HistoryStore::addSubmission(const TaskRecord& record)
{
    TaskRecord r = record;
    r.id = 0;
    r.state = State::Submitting;
    r.removedAt = {};
    return insertRecord(r);
}

qint64 HistoryStore::addAwaitingUploads(const TaskRecord& record)
{
    TaskRecord r = record;
    r.id = 0;
    r.state = State::AwaitingUploads;
    r.removedAt = {};
    return insertRecord(r);
}

bool HistoryStore::updateRow(qint64 id, const QString& assignments, const QVariantMap& values,
    const QString& what, const Transition& transition)
{
    if (!ensureOpen())
        return false;
    // The state is checked by the UPDATE itself, so that no other writer (the CLI, the app) can move
    // the row between the check and the write.
    QString sql = u"UPDATE tasks SET "_s + assignments + u", updated_at = :now WHERE id = :id"_s;
    if (!transition.from.isEmpty())
        sql += u" AND state IN "_s + HistorySchema::inList(transition.from);
    bool changed = false;
    const bool ok = m_sql.transaction([&] {
        QSqlQuery* q = m_sql.prepared(sql, what);
        if (!q)
            return false;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            q->bindValue(u":"_s + it.key(), it.value());
        q->bindValue(u":now"_s, nowMs());
        q->bindValue(u":id"_s, id);
        if (!q->exec()) {
            if (q->lastError().databaseText().contains("UNIQUE"_L1) && values.contains(u"task_id"_s))
                return fail(
                    tr("TaskId %1 is already in the history").arg(values.value(u"task_id"_s).toString()));
            return m_sql.failQuery(*q, what);
        }
        changed = q->numRowsAffected() == 1;
        q->finish();
        return true;
    });
    if (!ok)
        return false; // lastError() says why
    if (changed) {
        emit recordChanged(id);
        return true;
    }
    // Nothing matched: the row is gone, or it is in another state than the transition starts from.
    const auto r = fetchOne(u"id = ?"_s, id);
    if (r && !transition.from.isEmpty() && !transition.from.contains(r->state))
        return fail(
            tr("record %1 is %2, not %3").arg(id).arg(TaskRecord::stateName(r->state), transition.expected));
    return fail(tr("%1: there is no history record %2").arg(what).arg(id));
}

bool HistoryStore::setCreated(
    qint64 id, const QString& taskId, const QString& requestId, const HttpExchange& exchange)
{
    if (taskId.isEmpty())
        return fail(tr("setCreated: empty TaskId"));
    return updateRow(id,
        u"task_id = :task_id, request_id = :request_id, exchange_json = :exchange, state = :state, "
        "err_code_ext = NULL, error_message = NULL"_s,
        { { u"task_id"_s, taskId }, { u"request_id"_s, requestId },
            { u"exchange"_s, HttpExchangeJson::toBytes(exchange) },
            { u"state"_s, TaskRecord::stateName(State::Waiting) } },
        tr("recording the TaskId"),
        { { State::Submitting, State::OutcomeUnknown }, tr("awaiting a TaskId") });
}

bool HistoryStore::setUploadsResolved(qint64 id, const QByteArray& requestJson)
{
    return updateRow(id, u"state = :state, request_json = :request"_s,
        { { u"state"_s, TaskRecord::stateName(State::Submitting) }, { u"request"_s, requestJson } },
        tr("recording the uploaded references"), { { State::AwaitingUploads }, tr("waiting for uploads") });
}

bool HistoryStore::setFileUrl(qint64 id, const QString& fileUrl)
{
    return updateRow(id, u"file_url = :url"_s, { { u"url"_s, fileUrl } }, tr("recording the media URL"));
}

bool HistoryStore::setSubmitFailed(qint64 id, const ApiError& error)
{
    return updateRow(id,
        u"state = :state, err_code_ext = :code, error_message = :message, request_id = :request_id"_s,
        { { u"state"_s, TaskRecord::stateName(State::SubmitFailed) }, { u"code"_s, error.code() },
            { u"message"_s, error.toString() }, { u"request_id"_s, error.requestId() } },
        tr("recording a failed submission"),
        { { State::Submitting, State::AwaitingUploads }, tr("being submitted") });
}

bool HistoryStore::setOutcomeUnknown(qint64 id, const ApiError& error)
{
    return updateRow(id, u"state = :state, err_code_ext = :code, error_message = :message"_s,
        { { u"state"_s, TaskRecord::stateName(State::OutcomeUnknown) }, { u"code"_s, error.code() },
            { u"message"_s, error.toString() } },
        tr("recording an unknown outcome"), { { State::Submitting }, tr("being submitted") });
}

bool HistoryStore::resolveOutcome(qint64 id, const QString& taskId)
{
    if (taskId.isEmpty())
        return fail(tr("resolveOutcome: empty TaskId"));
    return updateRow(id, u"task_id = :task_id, state = :state, err_code_ext = NULL, error_message = NULL"_s,
        { { u"task_id"_s, taskId }, { u"state"_s, TaskRecord::stateName(State::Waiting) } },
        tr("recording a reconciled task"),
        { { State::OutcomeUnknown, State::Submitting }, tr("awaiting reconciliation") });
}

bool HistoryStore::updateFromTask(const AudioTask& task)
{
    if (task.taskId.isEmpty())
        return fail(tr("the task answer has no TaskId"));
    const auto r = byTaskId(task.taskId);
    if (!r) {
        if (lastError().isEmpty())
            fail(tr("no history record has TaskId %1").arg(task.taskId));
        return false;
    }
    const State next = TaskRecord::stateFromTask(task);
    if (TaskRecord::isTerminal(r->state) && TaskRecord::isUnfinished(next))
        return true; // a stale answer: the final state stays

    QVariantMap v;
    v.insert(u"state"_s, TaskRecord::stateName(next));
    v.insert(u"progress"_s, task.progress);
    v.insert(u"create_time"_s, HistorySchema::timeValue(task.createTime));
    v.insert(u"begin_time"_s, HistorySchema::timeValue(task.beginProcessTime));
    v.insert(u"finish_time"_s, HistorySchema::timeValue(task.finishTime));
    v.insert(u"err_code"_s, task.errCode);
    v.insert(u"err_code_ext"_s, task.errCodeExt);
    v.insert(u"message"_s, task.isFailed() ? task.failureText() : QString());
    v.insert(u"response"_s, QJsonDocument(task.raw).toJson(QJsonDocument::Compact));
    v.insert(u"prompt"_s, task.input.prompt);
    v.insert(u"model"_s, task.input.modelName);
    v.insert(u"version"_s, task.input.modelVersion);
    v.insert(u"scene"_s, task.input.sceneType);

    QString sql = u"state = :state, progress = :progress, "
                  "create_time = COALESCE(:create_time, create_time), "
                  "begin_process_time = COALESCE(:begin_time, begin_process_time), "
                  "finish_time = COALESCE(:finish_time, finish_time), "
                  "err_code = :err_code, err_code_ext = :err_code_ext, error_message = :message, "
                  "response_json = :response, "
                  "prompt = COALESCE(NULLIF(prompt, ''), :prompt), "
                  "model_name = COALESCE(NULLIF(model_name, ''), :model), "
                  "model_version = COALESCE(NULLIF(model_version, ''), :version), "
                  "scene_type = COALESCE(NULLIF(scene_type, ''), :scene)"_s;

    if (!task.audioOutputs.isEmpty()) {
        const AudioOutput& out = task.audioOutputs.first();
        const bool temporary = out.storageMode.compare("Temporary"_L1, Qt::CaseInsensitive) == 0
            || (out.storageMode.isEmpty() && out.fileId.isEmpty());
        QDateTime expires;
        if (temporary && !out.fileUrl.isEmpty()) {
            const QDateTime finished = task.finishTime.isValid() ? task.finishTime : m_clock->nowUtc();
            expires = finished.addDays(TaskRecord::kTemporaryUrlValidityDays);
        }
        v.insert(u"duration"_s, out.duration);
        v.insert(u"storage_mode"_s, out.storageMode);
        v.insert(u"file_type"_s, out.fileType);
        v.insert(u"file_url"_s, out.fileUrl);
        v.insert(u"file_id"_s, out.fileId);
        v.insert(u"expires"_s, HistorySchema::timeValue(expires));
        sql += u", duration = :duration, storage_mode = :storage_mode, file_type = :file_type, "
               "file_url = COALESCE(NULLIF(:file_url, ''), file_url), file_id = :file_id, "
               "url_expires_at = :expires"_s;
        const bool pending = next == State::Finished && (!out.fileUrl.isEmpty() || !out.fileId.isEmpty());
        if (pending) {
            sql += u", download_state = CASE WHEN download_state = 'None' AND COALESCE(local_path, '') = '' "
                   "THEN 'Pending' ELSE download_state END"_s;
        }
    }
    return updateRow(r->id, sql, v, tr("recording the task's status"));
}

bool HistoryStore::setDownload(
    qint64 id, TaskRecord::DownloadState state, const QString& localPath, const QString& error)
{
    return updateRow(id, u"download_state = :dstate, local_path = :path, download_error = :error"_s,
        { { u"dstate"_s, TaskRecord::downloadStateName(state) }, { u"path"_s, localPath },
            { u"error"_s, error } },
        tr("recording the download"));
}

bool HistoryStore::markExpired(const QDateTime& now, int* expiredCount)
{
    if (expiredCount)
        *expiredCount = 0;
    if (!ensureOpen())
        return false;
    const qint64 cutoff = now.toMSecsSinceEpoch() - TaskRecord::kServiceWindowHours * 3600 * 1000;
    const QString where = u" WHERE state IN "_s + HistorySchema::inList(HistorySchema::unfinishedStates())
        + u" AND COALESCE(create_time, submitted_at) < :cutoff"_s;
    QList<qint64> ids;
    const bool ok = m_sql.transaction([&] {
        QSqlQuery q(m_sql.db());
        q.prepare(u"SELECT id FROM tasks"_s + where);
        q.bindValue(u":cutoff"_s, cutoff);
        if (!m_sql.exec(q, tr("finding expired tasks")))
            return false;
        while (q.next())
            ids.append(q.value(0).toLongLong());
        if (ids.isEmpty())
            return true;
        QSqlQuery u(m_sql.db());
        u.prepare(u"UPDATE tasks SET state = :state, updated_at = :now, "
                  "error_message = COALESCE(NULLIF(error_message, ''), :message)"_s
            + where);
        u.bindValue(u":state"_s, TaskRecord::stateName(State::Expired));
        u.bindValue(u":now"_s, nowMs());
        u.bindValue(u":message"_s,
            tr("no final answer within the %1 hours the service keeps a task")
                .arg(TaskRecord::kServiceWindowHours));
        u.bindValue(u":cutoff"_s, cutoff);
        return m_sql.exec(u, tr("marking expired tasks"));
    });
    if (!ok)
        return false;
    if (expiredCount)
        *expiredCount = static_cast<int>(ids.size());
    for (qint64 id : std::as_const(ids))
        emit recordChanged(id);
    return true;
}

bool HistoryStore::markLost(const QString& taskId, const ApiError& error)
{
    const auto r = byTaskId(taskId);
    if (!r) {
        if (lastError().isEmpty())
            fail(tr("no history record has TaskId %1").arg(taskId));
        return false;
    }
    if (TaskRecord::isTerminal(r->state))
        return true; // the service forgot a finished task after 3 days: what we know stays
    return updateRow(r->id, u"state = :state, err_code_ext = :code, error_message = :message"_s,
        { { u"state"_s, TaskRecord::stateName(State::Lost) }, { u"code"_s, error.code() },
            { u"message"_s, error.toString() } },
        tr("recording a lost task"));
}

bool HistoryStore::softRemove(qint64 id)
{
    const auto r = record(id);
    if (!r)
        return false;
    if (r->isRemoved())
        return true;
    if (!updateRow(id, u"removed_at = :removed"_s, { { u"removed"_s, nowMs() } }, tr("removing a task")))
        return false;
    emit recordRemoved(id);
    return true;
}

bool HistoryStore::setRating(qint64 id, int stars)
{
    if (stars < 0 || stars > TaskRecord::kMaxRating)
        return fail(tr("a rating is from 0 to %1 stars (got %2)").arg(TaskRecord::kMaxRating).arg(stars));
    return updateRow(id, u"rating = :rating"_s, { { u"rating"_s, stars } }, tr("rating a task"));
}

bool HistoryStore::setFavourite(qint64 id, bool favourite)
{
    return updateRow(
        id, u"favourite = :fav"_s, { { u"fav"_s, favourite ? 1 : 0 } }, tr("marking a favourite"));
}

bool HistoryStore::setTags(qint64 id, const QStringList& tags)
{
    QString error;
    const auto normalised = TaskRecord::normaliseTags(tags, &error);
    if (!normalised)
        return fail(error);
    return updateRow(id, u"tags = :tags"_s, { { u"tags"_s, HistorySchema::tagsValue(*normalised) } },
        tr("tagging a task"));
}

bool HistoryStore::changedElsewhere()
{
    if (!isOpen())
        return false;
    QSqlQuery* q = m_sql.prepared(u"PRAGMA data_version"_s, tr("reading the history"));
    if (!q || !q->exec() || !q->next())
        return false;
    const qint64 version = q->value(0).toLongLong();
    q->finish();
    const bool changed = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    return changed;
}

bool HistoryStore::restore(qint64 id)
{
    const auto r = record(id);
    if (!r)
        return false;
    if (!r->isRemoved())
        return true;
    if (!updateRow(id, u"removed_at = :removed"_s,
            { { u"removed"_s, QVariant(QMetaType::fromType<qint64>()) } }, tr("restoring a task")))
        return false;
    emit recordAdded(id);
    return true;
}

int HistoryStore::purgeRemoved(const QDateTime& olderThan)
{
    if (!ensureOpen())
        return -1;
    QList<qint64> ids;
    const QVariantList cutoff { olderThan.toMSecsSinceEpoch() };
    const bool ok = m_sql.transaction([&] {
        QSqlQuery q(m_sql.db());
        q.prepare(u"SELECT id FROM tasks WHERE removed_at IS NOT NULL AND removed_at < ?"_s);
        q.addBindValue(cutoff.first());
        if (!m_sql.exec(q, tr("finding removed tasks")))
            return false;
        while (q.next())
            ids.append(q.value(0).toLongLong());
        return m_sql.exec(u"DELETE FROM tasks WHERE removed_at IS NOT NULL AND removed_at < ?"_s, cutoff,
            tr("purging removed tasks"));
    });
    if (!ok)
        return -1;
    for (qint64 id : std::as_const(ids))
        emit recordRemoved(id);
    return static_cast<int>(ids.size());
}

// --- queries ----------------------------------------------------------------------------------

QList<TaskRecord> HistoryStore::fetch(const QString& sql, const QVariantList& values)
{
    m_sql.clearError();
    QList<TaskRecord> out;
    if (!ensureOpen())
        return out;
    QSqlQuery* q = m_sql.prepared(sql, tr("reading the history"));
    if (!q)
        return out;
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, values.at(i));
    if (!m_sql.exec(*q, tr("reading the history")))
        return out;
    while (q->next())
        out.append(HistorySchema::recordFrom(*q));
    q->finish();
    return out;
}

std::optional<TaskRecord> HistoryStore::fetchOne(const QString& where, const QVariant& value)
{
    const QList<TaskRecord> rows
        = fetch(u"SELECT "_s + HistorySchema::selectColumns() + u" FROM tasks WHERE "_s + where, { value });
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

std::optional<TaskRecord> HistoryStore::record(qint64 id)
{
    auto r = fetchOne(u"id = ?"_s, id);
    if (!r && lastError().isEmpty())
        fail(tr("there is no history record %1").arg(id));
    return r;
}

std::optional<TaskRecord> HistoryStore::byTaskId(const QString& taskId)
{
    if (taskId.isEmpty())
        return std::nullopt;
    return fetchOne(u"task_id = ?"_s, taskId);
}

QList<TaskRecord> HistoryStore::list(const Filter& filter)
{
    QVariantList values;
    QString sql = u"SELECT "_s + HistorySchema::selectColumns() + u" FROM tasks"_s
        + HistorySchema::whereClause(filter, values);
    const QString dir = filter.sortOrder == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    sql += u" ORDER BY "_s + HistorySchema::sortExpression(filter.sortColumn) + dir + u", id"_s + dir;
    if (filter.limit >= 0 || filter.offset > 0) {
        sql += u" LIMIT ? OFFSET ?"_s;
        values.append(filter.limit >= 0 ? filter.limit : -1);
        values.append(std::max(0, filter.offset));
    }
    return fetch(sql, values);
}

int HistoryStore::count(const Filter& filter)
{
    m_sql.clearError();
    if (!ensureOpen())
        return -1;
    QVariantList values;
    QSqlQuery q(m_sql.db());
    q.prepare(u"SELECT COUNT(*) FROM tasks"_s + HistorySchema::whereClause(filter, values));
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    if (!m_sql.exec(q, tr("counting tasks")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QList<TaskRecord> HistoryStore::unfinished()
{
    return fetch(u"SELECT "_s + HistorySchema::selectColumns()
            + u" FROM tasks WHERE removed_at IS NULL AND state IN "_s
            + HistorySchema::inList(HistorySchema::unfinishedStates())
            + u" ORDER BY submitted_at ASC, id ASC"_s,
        {});
}

QList<TaskRecord> HistoryStore::pendingDownloads()
{
    return fetch(u"SELECT "_s + HistorySchema::selectColumns()
            + u" FROM tasks WHERE removed_at IS NULL AND download_state IN ('Pending', 'Partial') "
              "ORDER BY submitted_at ASC, id ASC"_s,
        {});
}

namespace {
QStringList distinctColumn(const QSqlDatabase& db, const QString& column)
{
    QStringList out;
    QSqlQuery q(db);
    if (!q.exec(u"SELECT DISTINCT "_s + column + u" FROM tasks WHERE removed_at IS NULL AND COALESCE("_s
            + column + u", '') <> '' ORDER BY 1"_s))
        return out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}
} // namespace

QStringList HistoryStore::models()
{
    return isOpen() ? distinctColumn(m_sql.db(), u"model_name"_s) : QStringList();
}

QStringList HistoryStore::profiles()
{
    return isOpen() ? distinctColumn(m_sql.db(), u"profile_name"_s) : QStringList();
}
