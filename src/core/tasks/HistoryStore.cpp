#include "core/tasks/HistoryStore.h"

#include "core/api/ApiError.h"
#include "core/model/AudioTask.h"
#include "core/net/HttpExchange.h"
#include "core/net/HttpExchangeJson.h"
#include "core/support/Clock.h"
#include "core/support/SystemClock.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

using State = TaskRecord::State;
using DownloadState = TaskRecord::DownloadState;

QAtomicInteger<quint64> s_connectionCounter;

// The columns read into a TaskRecord, in the order of enum Col.
const QString kSelectColumns = u"id, task_id, profile_name, endpoint, sub_app_id, request_json, prompt, "
                               "model_name, model_version, scene_type, state, progress, err_code, "
                               "err_code_ext, error_message, request_id, submitted_at, create_time, "
                               "begin_process_time, finish_time, updated_at, duration, storage_mode, "
                               "file_type, file_url, file_id, url_expires_at, local_path, download_state, "
                               "download_error, response_json, exchange_json, removed_at"_s;

enum Col
{
    CId,
    CTaskId,
    CProfileName,
    CEndpoint,
    CSubAppId,
    CRequestJson,
    CPrompt,
    CModelName,
    CModelVersion,
    CSceneType,
    CState,
    CProgress,
    CErrCode,
    CErrCodeExt,
    CErrorMessage,
    CRequestId,
    CSubmittedAt,
    CCreateTime,
    CBeginProcessTime,
    CFinishTime,
    CUpdatedAt,
    CDuration,
    CStorageMode,
    CFileType,
    CFileUrl,
    CFileId,
    CUrlExpiresAt,
    CLocalPath,
    CDownloadState,
    CDownloadError,
    CResponseJson,
    CExchangeJson,
    CRemovedAt,
};

// Schema steps: statements that take a database from version N-1 to N. Add a case for each new
// version and raise HistoryStore::kSchemaVersion; never edit a released step.
QStringList migrationStatements(int toVersion)
{
    switch (toVersion) {
    case 1:
        return {
            u"CREATE TABLE tasks ("
            "id INTEGER PRIMARY KEY AUTOINCREMENT, "
            "task_id TEXT UNIQUE, " // NULL while unknown; never twice
            "profile_name TEXT, endpoint TEXT, sub_app_id INTEGER, request_json BLOB, "
            "prompt TEXT, model_name TEXT, model_version TEXT, scene_type TEXT, "
            "state TEXT NOT NULL, progress INTEGER NOT NULL DEFAULT 0, "
            "err_code INTEGER NOT NULL DEFAULT 0, err_code_ext TEXT, error_message TEXT, request_id TEXT, "
            "submitted_at INTEGER, create_time INTEGER, begin_process_time INTEGER, finish_time INTEGER, "
            "updated_at INTEGER, " // times: ms since the Unix epoch, UTC; NULL = unknown
            "duration REAL NOT NULL DEFAULT 0, storage_mode TEXT, file_type TEXT, file_url TEXT, "
            "file_id TEXT, url_expires_at INTEGER, local_path TEXT, "
            "download_state TEXT NOT NULL DEFAULT 'None', download_error TEXT, "
            "response_json BLOB, exchange_json BLOB, removed_at INTEGER)"_s,
            u"CREATE INDEX tasks_removed_submitted ON tasks(removed_at, submitted_at)"_s,
            u"CREATE INDEX tasks_submitted ON tasks(submitted_at)"_s,
            u"CREATE INDEX tasks_create_time ON tasks(create_time)"_s,
            u"CREATE INDEX tasks_finish_time ON tasks(finish_time)"_s,
            u"CREATE INDEX tasks_updated ON tasks(updated_at)"_s,
            u"CREATE INDEX tasks_state ON tasks(state)"_s,
            u"CREATE INDEX tasks_model ON tasks(model_name)"_s,
            u"CREATE INDEX tasks_profile ON tasks(profile_name)"_s,
            u"CREATE INDEX tasks_prompt ON tasks(prompt)"_s,
            u"CREATE INDEX tasks_download_state ON tasks(download_state)"_s,
        };
    default:
        break;
    }
    return {};
}

QVariant timeValue(const QDateTime& dt)
{
    return dt.isValid() ? QVariant(dt.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime timeFrom(const QVariant& v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant nullIfEmpty(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QString inList(const QList<State>& states)
{
    QStringList quoted;
    for (State s : states)
        quoted.append(u"'"_s + TaskRecord::stateName(s) + u"'"_s);
    return u"("_s + quoted.join(u", "_s) + u")"_s;
}

const QList<State>& unfinishedStates()
{
    static const QList<State> states { State::AwaitingUploads, State::Submitting, State::OutcomeUnknown,
        State::Waiting, State::Processing };
    return states;
}

TaskRecord recordFromQuery(const QSqlQuery& q)
{
    TaskRecord r;
    r.id = q.value(CId).toLongLong();
    r.taskId = q.value(CTaskId).toString();
    r.profileName = q.value(CProfileName).toString();
    r.endpoint = q.value(CEndpoint).toString();
    if (!q.value(CSubAppId).isNull())
        r.subAppId = static_cast<quint64>(q.value(CSubAppId).toLongLong());
    r.requestJson = q.value(CRequestJson).toByteArray();
    r.prompt = q.value(CPrompt).toString();
    r.modelName = q.value(CModelName).toString();
    r.modelVersion = q.value(CModelVersion).toString();
    r.sceneType = q.value(CSceneType).toString();
    r.state = TaskRecord::stateFromName(q.value(CState).toString()).value_or(State::Lost);
    r.progress = q.value(CProgress).toInt();
    r.errCode = q.value(CErrCode).toLongLong();
    r.errCodeExt = q.value(CErrCodeExt).toString();
    r.errorMessage = q.value(CErrorMessage).toString();
    r.requestId = q.value(CRequestId).toString();
    r.submittedAt = timeFrom(q.value(CSubmittedAt));
    r.createTime = timeFrom(q.value(CCreateTime));
    r.beginProcessTime = timeFrom(q.value(CBeginProcessTime));
    r.finishTime = timeFrom(q.value(CFinishTime));
    r.updatedAt = timeFrom(q.value(CUpdatedAt));
    r.duration = q.value(CDuration).toDouble();
    r.storageMode = q.value(CStorageMode).toString();
    r.fileType = q.value(CFileType).toString();
    r.fileUrl = q.value(CFileUrl).toString();
    r.fileId = q.value(CFileId).toString();
    r.urlExpiresAt = timeFrom(q.value(CUrlExpiresAt));
    r.localPath = q.value(CLocalPath).toString();
    r.downloadState
        = TaskRecord::downloadStateFromName(q.value(CDownloadState).toString()).value_or(DownloadState::None);
    r.downloadError = q.value(CDownloadError).toString();
    r.responseJson = q.value(CResponseJson).toByteArray();
    r.exchangeJson = q.value(CExchangeJson).toByteArray();
    r.removedAt = timeFrom(q.value(CRemovedAt));
    return r;
}

const QString kInsertSql = u"INSERT INTO tasks (task_id, profile_name, endpoint, sub_app_id, request_json, "
                           "prompt, model_name, model_version, scene_type, state, progress, err_code, "
                           "err_code_ext, error_message, request_id, submitted_at, create_time, "
                           "begin_process_time, finish_time, updated_at, duration, storage_mode, file_type, "
                           "file_url, file_id, url_expires_at, local_path, download_state, download_error, "
                           "response_json, exchange_json, removed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;

void bindRecord(QSqlQuery& q, const TaskRecord& r)
{
    q.addBindValue(nullIfEmpty(r.taskId)); // NULL, not "": UNIQUE allows many NULLs
    q.addBindValue(r.profileName);
    q.addBindValue(r.endpoint);
    q.addBindValue(
        r.subAppId ? QVariant(static_cast<qint64>(*r.subAppId)) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(r.requestJson);
    q.addBindValue(r.prompt);
    q.addBindValue(r.modelName);
    q.addBindValue(r.modelVersion);
    q.addBindValue(r.sceneType);
    q.addBindValue(TaskRecord::stateName(r.state));
    q.addBindValue(r.progress);
    q.addBindValue(r.errCode);
    q.addBindValue(r.errCodeExt);
    q.addBindValue(r.errorMessage);
    q.addBindValue(r.requestId);
    q.addBindValue(timeValue(r.submittedAt));
    q.addBindValue(timeValue(r.createTime));
    q.addBindValue(timeValue(r.beginProcessTime));
    q.addBindValue(timeValue(r.finishTime));
    q.addBindValue(timeValue(r.updatedAt));
    q.addBindValue(r.duration);
    q.addBindValue(r.storageMode);
    q.addBindValue(r.fileType);
    q.addBindValue(r.fileUrl);
    q.addBindValue(r.fileId);
    q.addBindValue(timeValue(r.urlExpiresAt));
    q.addBindValue(r.localPath);
    q.addBindValue(TaskRecord::downloadStateName(r.downloadState));
    q.addBindValue(r.downloadError);
    q.addBindValue(r.responseJson);
    q.addBindValue(r.exchangeJson);
    q.addBindValue(timeValue(r.removedAt));
}

QString sortExpression(HistoryFilter::SortColumn column)
{
    using S = HistoryFilter::SortColumn;
    switch (column) {
    case S::Id:
        return u"id"_s;
    case S::SubmittedAt:
        return u"submitted_at"_s;
    case S::CreateTime:
        return u"COALESCE(create_time, submitted_at)"_s;
    case S::FinishTime:
        return u"finish_time"_s;
    case S::UpdatedAt:
        return u"updated_at"_s;
    case S::State: {
        // Lifecycle order rather than alphabetical.
        QString expr = u"CASE state"_s;
        int i = 0;
        for (State s : TaskRecord::allStates())
            expr += u" WHEN '%1' THEN %2"_s.arg(TaskRecord::stateName(s)).arg(i++);
        return expr + u" ELSE 99 END"_s;
    }
    case S::Model:
        return u"model_name"_s;
    case S::Prompt:
        return u"prompt"_s;
    case S::Profile:
        return u"profile_name"_s;
    case S::Duration:
        return u"duration"_s;
    case S::Progress:
        return u"progress"_s;
    }
    return u"submitted_at"_s;
}

QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u"%"_s + escaped + u"%"_s;
}

} // namespace

HistoryStore::HistoryStore(Clock* clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock ? clock : SystemClock::instance())
    , m_connectionName(u"aigc-history-%1"_s.arg(s_connectionCounter.fetchAndAddRelaxed(1)))
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
    m_lastError = message;
    return false;
}

bool HistoryStore::failQuery(const QSqlQuery& query, const QString& what)
{
    const QSqlError e = query.lastError();
    QString detail = e.databaseText();
    if (detail.isEmpty())
        detail = e.text();
    return fail(tr("%1 failed in the history database %2: %3").arg(what, m_path, detail));
}

bool HistoryStore::exec(QSqlQuery& query, const QString& what)
{
    if (query.exec())
        return true;
    return failQuery(query, what);
}

bool HistoryStore::ensureOpen()
{
    if (isOpen())
        return true;
    return fail(tr("the history database is not open"));
}

bool HistoryStore::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

bool HistoryStore::begin()
{
    QSqlQuery q(m_db);
    // IMMEDIATE: take the write lock now, so two processes (the app and the CLI) never deadlock.
    if (!q.exec(u"BEGIN IMMEDIATE"_s))
        return failQuery(q, tr("starting a transaction"));
    return true;
}

bool HistoryStore::commit()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"COMMIT"_s)) {
        failQuery(q, tr("committing a transaction"));
        rollback();
        return false;
    }
    return true;
}

void HistoryStore::rollback()
{
    QSqlQuery q(m_db);
    q.exec(u"ROLLBACK"_s);
}

bool HistoryStore::open(const QString& path, QString* error)
{
    close();
    m_lastError.clear();
    m_path = path;
    const auto failed = [this, error](const QString& message) {
        m_lastError = message;
        if (error)
            *error = message;
        close();
        return false;
    };

    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return failed(tr("cannot create the folder %1 for the history database").arg(info.absolutePath()));
    if (info.exists() && !info.isFile())
        return failed(tr("the history database %1 is not a file").arg(path));

    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (!m_db.isValid())
        return failed(tr("the SQLite driver of Qt (qsqlite) is not available"));
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!m_db.open())
        return failed(tr("cannot open the history database %1: %2").arg(path, m_db.lastError().text()));

    // The first read of the file: a file that is not SQLite, or a damaged one, fails here.
    {
        QSqlQuery q(m_db);
        if (!q.exec(u"PRAGMA quick_check"_s)) {
            return failed(tr("the history database %1 is damaged or is not a SQLite database (%2). Move it "
                             "aside to start a new history.")
                              .arg(path, q.lastError().databaseText()));
        }
        QStringList problems;
        while (q.next()) {
            const QStringList lines = q.value(0).toString().split(u'\n', Qt::SkipEmptyParts);
            for (const QString& line : lines) {
                if (line != "ok"_L1 && !line.startsWith("***"_L1))
                    problems.append(line.trimmed());
            }
        }
        if (!problems.isEmpty()) {
            QString summary = problems.mid(0, 3).join(u"; "_s);
            if (problems.size() > 3)
                summary += tr("; and %n more problem(s)", nullptr, static_cast<int>(problems.size() - 3));
            return failed(tr("the history database %1 is damaged (integrity check: %2). Move it aside to "
                             "start a new history.")
                              .arg(path, summary));
        }
    }
    {
        QSqlQuery q(m_db);
        if (!q.exec(u"PRAGMA journal_mode=WAL"_s) || !q.next())
            return failed(tr("cannot switch the history database %1 to WAL: %2")
                              .arg(path, q.lastError().databaseText()));
        if (q.value(0).toString().compare("wal"_L1, Qt::CaseInsensitive) != 0)
            qWarning("history database: journal_mode is %s, not WAL (file system without shared memory?)",
                qUtf8Printable(q.value(0).toString()));
    }
    for (const QString& pragma : { u"PRAGMA synchronous=NORMAL"_s, u"PRAGMA foreign_keys=ON"_s }) {
        QSqlQuery q(m_db);
        if (!q.exec(pragma))
            return failed(tr("cannot configure the history database %1 (%2): %3")
                              .arg(path, pragma, q.lastError().databaseText()));
    }

    const int version = schemaVersion();
    if (version < 0)
        return failed(m_lastError);
    if (version > kSchemaVersion)
        return failed(tr("the history database %1 has schema version %2, written by a newer version of this "
                         "program (this one knows up to %3)")
                          .arg(path)
                          .arg(version)
                          .arg(kSchemaVersion));
    if (version < kSchemaVersion && !migrate(version))
        return failed(m_lastError);
    return true;
}

void HistoryStore::close()
{
    if (m_db.isValid()) {
        if (m_db.isOpen())
            m_db.close();
        m_db = QSqlDatabase();
    }
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

int HistoryStore::schemaVersion() const
{
    if (!m_db.isValid() || !m_db.isOpen())
        return -1;
    QSqlQuery q(m_db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next()) {
        m_lastError
            = tr("cannot read the schema version of %1: %2").arg(m_path, q.lastError().databaseText());
        return -1;
    }
    return q.value(0).toInt();
}

QString HistoryStore::journalMode() const
{
    if (!m_db.isValid() || !m_db.isOpen())
        return {};
    QSqlQuery q(m_db);
    if (!q.exec(u"PRAGMA journal_mode"_s) || !q.next())
        return {};
    return q.value(0).toString().toLower();
}

bool HistoryStore::migrate(int from)
{
    for (int version = from + 1; version <= kSchemaVersion; ++version) {
        if (!begin())
            return false;
        const QStringList statements = migrationStatements(version);
        for (const QString& sql : statements) {
            QSqlQuery q(m_db);
            if (!q.exec(sql)) {
                failQuery(q, tr("migrating to schema version %1").arg(version));
                rollback();
                return false;
            }
        }
        QSqlQuery q(m_db);
        // PRAGMA takes no bound parameters; version is an int of ours.
        if (!q.exec(u"PRAGMA user_version = %1"_s.arg(version))) {
            failQuery(q, tr("writing schema version %1").arg(version));
            rollback();
            return false;
        }
        if (!commit())
            return false;
    }
    return true;
}

// --- writes -----------------------------------------------------------------------------------

qint64 HistoryStore::insertLocked(const TaskRecord& record)
{
    QSqlQuery q(m_db);
    q.prepare(kInsertSql);
    bindRecord(q, record);
    if (!q.exec()) {
        if (!record.taskId.isEmpty() && q.lastError().databaseText().contains("UNIQUE"_L1))
            fail(tr("TaskId %1 is already in the history").arg(record.taskId));
        else
            failQuery(q, tr("adding a task"));
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

qint64 HistoryStore::insertRecord(const TaskRecord& record)
{
    const QList<qint64> ids = insertRecords({ record });
    return ids.isEmpty() ? 0 : ids.first();
}

QList<qint64> HistoryStore::insertRecords(const QList<TaskRecord>& records)
{
    if (!ensureOpen() || !begin())
        return {};
    QList<qint64> ids;
    ids.reserve(records.size());
    QSqlQuery q(m_db);
    q.prepare(kInsertSql);
    const qint64 now = nowMs();
    for (TaskRecord r : records) {
        if (!r.updatedAt.isValid())
            r.updatedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
        if (!r.submittedAt.isValid())
            r.submittedAt = r.updatedAt;
        bindRecord(q, r);
        if (!q.exec()) {
            if (!r.taskId.isEmpty() && q.lastError().databaseText().contains("UNIQUE"_L1))
                fail(tr("TaskId %1 is already in the history").arg(r.taskId));
            else
                failQuery(q, tr("adding a task"));
            rollback();
            return {};
        }
        ids.append(q.lastInsertId().toLongLong());
    }
    if (!commit())
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

bool HistoryStore::updateRow(
    qint64 id, const QString& assignments, const QVariantMap& values, const QString& what)
{
    if (!ensureOpen() || !begin())
        return false;
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE tasks SET "_s + assignments + u", updated_at = :now WHERE id = :id"_s);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bindValue(u":"_s + it.key(), it.value());
    q.bindValue(u":now"_s, nowMs());
    q.bindValue(u":id"_s, id);
    if (!q.exec()) {
        if (q.lastError().databaseText().contains("UNIQUE"_L1) && values.contains(u"task_id"_s))
            fail(tr("TaskId %1 is already in the history").arg(values.value(u"task_id"_s).toString()));
        else
            failQuery(q, what);
        rollback();
        return false;
    }
    if (q.numRowsAffected() != 1) {
        rollback();
        return fail(tr("%1: there is no history record %2").arg(what).arg(id));
    }
    if (!commit())
        return false;
    emit recordChanged(id);
    return true;
}

namespace {
// Checks that the record is in one of the states a transition starts from.
bool stateAllows(const std::optional<TaskRecord>& r, const QList<State>& from)
{
    return r && from.contains(r->state);
}
} // namespace

bool HistoryStore::setCreated(
    qint64 id, const QString& taskId, const QString& requestId, const HttpExchange& exchange)
{
    if (taskId.isEmpty())
        return fail(tr("setCreated: empty TaskId"));
    const auto r = record(id);
    if (!r)
        return false;
    if (!stateAllows(r, { State::Submitting, State::OutcomeUnknown }))
        return fail(
            tr("record %1 is %2, not awaiting a TaskId").arg(id).arg(TaskRecord::stateName(r->state)));
    return updateRow(id,
        u"task_id = :task_id, request_id = :request_id, exchange_json = :exchange, state = :state, "
        "err_code_ext = NULL, error_message = NULL"_s,
        { { u"task_id"_s, taskId }, { u"request_id"_s, requestId },
            { u"exchange"_s, HttpExchangeJson::toBytes(exchange) },
            { u"state"_s, TaskRecord::stateName(State::Waiting) } },
        tr("recording the TaskId"));
}

qint64 HistoryStore::addAwaitingUploads(const TaskRecord& record)
{
    TaskRecord r = record;
    r.id = 0;
    r.state = State::AwaitingUploads;
    r.removedAt = {};
    return insertRecord(r);
}

bool HistoryStore::setUploadsResolved(qint64 id, const QByteArray& requestJson)
{
    const auto r = record(id);
    if (!r)
        return false;
    if (!stateAllows(r, { State::AwaitingUploads }))
        return fail(
            tr("record %1 is %2, not waiting for uploads").arg(id).arg(TaskRecord::stateName(r->state)));
    return updateRow(id, u"state = :state, request_json = :request"_s,
        { { u"state"_s, TaskRecord::stateName(State::Submitting) }, { u"request"_s, requestJson } },
        tr("recording the uploaded references"));
}

bool HistoryStore::setFileUrl(qint64 id, const QString& fileUrl)
{
    return updateRow(id, u"file_url = :url"_s, { { u"url"_s, fileUrl } }, tr("recording the media URL"));
}

bool HistoryStore::setSubmitFailed(qint64 id, const ApiError& error)
{
    const auto r = record(id);
    if (!r)
        return false;
    if (!stateAllows(r, { State::Submitting, State::AwaitingUploads }))
        return fail(tr("record %1 is %2, not being submitted").arg(id).arg(TaskRecord::stateName(r->state)));
    return updateRow(id,
        u"state = :state, err_code_ext = :code, error_message = :message, request_id = :request_id"_s,
        { { u"state"_s, TaskRecord::stateName(State::SubmitFailed) }, { u"code"_s, error.code() },
            { u"message"_s, error.toString() }, { u"request_id"_s, error.requestId() } },
        tr("recording a failed submission"));
}

bool HistoryStore::setOutcomeUnknown(qint64 id, const ApiError& error)
{
    const auto r = record(id);
    if (!r)
        return false;
    if (!stateAllows(r, { State::Submitting }))
        return fail(tr("record %1 is %2, not being submitted").arg(id).arg(TaskRecord::stateName(r->state)));
    return updateRow(id, u"state = :state, err_code_ext = :code, error_message = :message"_s,
        { { u"state"_s, TaskRecord::stateName(State::OutcomeUnknown) }, { u"code"_s, error.code() },
            { u"message"_s, error.toString() } },
        tr("recording an unknown outcome"));
}

bool HistoryStore::resolveOutcome(qint64 id, const QString& taskId)
{
    if (taskId.isEmpty())
        return fail(tr("resolveOutcome: empty TaskId"));
    const auto r = record(id);
    if (!r)
        return false;
    if (!stateAllows(r, { State::OutcomeUnknown, State::Submitting }))
        return fail(
            tr("record %1 is %2, not awaiting reconciliation").arg(id).arg(TaskRecord::stateName(r->state)));
    return updateRow(id, u"task_id = :task_id, state = :state, err_code_ext = NULL, error_message = NULL"_s,
        { { u"task_id"_s, taskId }, { u"state"_s, TaskRecord::stateName(State::Waiting) } },
        tr("recording a reconciled task"));
}

bool HistoryStore::updateFromTask(const AudioTask& task)
{
    if (task.taskId.isEmpty())
        return fail(tr("the task answer has no TaskId"));
    const auto r = byTaskId(task.taskId);
    if (!r) {
        if (m_lastError.isEmpty())
            fail(tr("no history record has TaskId %1").arg(task.taskId));
        return false;
    }
    const State next = TaskRecord::stateFromTask(task);
    if (TaskRecord::isTerminal(r->state) && TaskRecord::isUnfinished(next))
        return true; // a stale answer: the final state stays

    QVariantMap v;
    v.insert(u"state"_s, TaskRecord::stateName(next));
    v.insert(u"progress"_s, task.progress);
    v.insert(u"create_time"_s, timeValue(task.createTime));
    v.insert(u"begin_time"_s, timeValue(task.beginProcessTime));
    v.insert(u"finish_time"_s, timeValue(task.finishTime));
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
        v.insert(u"expires"_s, timeValue(expires));
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
    if (!ensureOpen() || !begin())
        return false;
    const qint64 cutoff = now.toMSecsSinceEpoch() - TaskRecord::kServiceWindowHours * 3600 * 1000;
    const QString where = u" WHERE state IN "_s + inList(unfinishedStates())
        + u" AND COALESCE(create_time, submitted_at) < :cutoff"_s;
    QList<qint64> ids;
    {
        QSqlQuery q(m_db);
        q.prepare(u"SELECT id FROM tasks"_s + where);
        q.bindValue(u":cutoff"_s, cutoff);
        if (!exec(q, tr("finding expired tasks"))) {
            rollback();
            return false;
        }
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    if (!ids.isEmpty()) {
        QSqlQuery q(m_db);
        q.prepare(u"UPDATE tasks SET state = :state, updated_at = :now, "
                  "error_message = COALESCE(NULLIF(error_message, ''), :message)"_s
            + where);
        q.bindValue(u":state"_s, TaskRecord::stateName(State::Expired));
        q.bindValue(u":now"_s, nowMs());
        q.bindValue(u":message"_s,
            tr("no final answer within the %1 hours the service keeps a task")
                .arg(TaskRecord::kServiceWindowHours));
        q.bindValue(u":cutoff"_s, cutoff);
        if (!exec(q, tr("marking expired tasks"))) {
            rollback();
            return false;
        }
    }
    if (!commit())
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
        if (m_lastError.isEmpty())
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
    if (!ensureOpen() || !begin())
        return -1;
    QList<qint64> ids;
    {
        QSqlQuery q(m_db);
        q.prepare(u"SELECT id FROM tasks WHERE removed_at IS NOT NULL AND removed_at < :t"_s);
        q.bindValue(u":t"_s, olderThan.toMSecsSinceEpoch());
        if (!exec(q, tr("finding removed tasks"))) {
            rollback();
            return -1;
        }
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM tasks WHERE removed_at IS NOT NULL AND removed_at < :t"_s);
    q.bindValue(u":t"_s, olderThan.toMSecsSinceEpoch());
    if (!exec(q, tr("purging removed tasks"))) {
        rollback();
        return -1;
    }
    if (!commit())
        return -1;
    for (qint64 id : std::as_const(ids))
        emit recordRemoved(id);
    return static_cast<int>(ids.size());
}

// --- queries ----------------------------------------------------------------------------------

QList<TaskRecord> HistoryStore::fetch(const QString& sql, const QVariantList& values)
{
    m_lastError.clear();
    QList<TaskRecord> out;
    if (!ensureOpen())
        return out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        failQuery(q, tr("reading the history"));
        return out;
    }
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!exec(q, tr("reading the history")))
        return out;
    while (q.next())
        out.append(recordFromQuery(q));
    return out;
}

std::optional<TaskRecord> HistoryStore::fetchOne(const QString& where, const QVariant& value)
{
    const QList<TaskRecord> rows
        = fetch(u"SELECT "_s + kSelectColumns + u" FROM tasks WHERE "_s + where, { value });
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

std::optional<TaskRecord> HistoryStore::record(qint64 id)
{
    auto r = fetchOne(u"id = ?"_s, id);
    if (!r && m_lastError.isEmpty())
        fail(tr("there is no history record %1").arg(id));
    return r;
}

std::optional<TaskRecord> HistoryStore::byTaskId(const QString& taskId)
{
    if (taskId.isEmpty())
        return std::nullopt;
    return fetchOne(u"task_id = ?"_s, taskId);
}

namespace {
QString whereClause(const HistoryFilter& f, QVariantList& values)
{
    QStringList parts;
    if (f.onlyRemoved)
        parts.append(u"removed_at IS NOT NULL"_s);
    else if (!f.includeRemoved)
        parts.append(u"removed_at IS NULL"_s);
    if (!f.states.isEmpty())
        parts.append(u"state IN "_s + inList(f.states));
    if (!f.model.isEmpty()) {
        parts.append(u"model_name = ?"_s);
        values.append(f.model);
    }
    if (!f.profile.isEmpty()) {
        parts.append(u"profile_name = ?"_s);
        values.append(f.profile);
    }
    const QString text = f.text.trimmed();
    if (!text.isEmpty()) {
        const QString like = likePattern(text);
        QStringList ors;
        for (const QString& column :
            { u"prompt"_s, u"task_id"_s, u"model_name"_s, u"err_code_ext"_s, u"error_message"_s }) {
            ors.append(column + u" LIKE ? ESCAPE '\\'"_s);
            values.append(like);
        }
        parts.append(u"("_s + ors.join(u" OR "_s) + u")"_s);
    }
    return parts.isEmpty() ? QString() : u" WHERE "_s + parts.join(u" AND "_s);
}
} // namespace

QList<TaskRecord> HistoryStore::list(const Filter& filter)
{
    QVariantList values;
    QString sql = u"SELECT "_s + kSelectColumns + u" FROM tasks"_s + whereClause(filter, values);
    const QString dir = filter.sortOrder == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    sql += u" ORDER BY "_s + sortExpression(filter.sortColumn) + dir + u", id"_s + dir;
    if (filter.limit >= 0 || filter.offset > 0) {
        sql += u" LIMIT ? OFFSET ?"_s;
        values.append(filter.limit >= 0 ? filter.limit : -1);
        values.append(std::max(0, filter.offset));
    }
    return fetch(sql, values);
}

int HistoryStore::count(const Filter& filter)
{
    m_lastError.clear();
    if (!ensureOpen())
        return -1;
    QVariantList values;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT COUNT(*) FROM tasks"_s + whereClause(filter, values));
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    if (!exec(q, tr("counting tasks")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QList<TaskRecord> HistoryStore::unfinished()
{
    return fetch(u"SELECT "_s + kSelectColumns + u" FROM tasks WHERE removed_at IS NULL AND state IN "_s
            + inList(unfinishedStates()) + u" ORDER BY submitted_at ASC, id ASC"_s,
        {});
}

QList<TaskRecord> HistoryStore::pendingDownloads()
{
    return fetch(u"SELECT "_s + kSelectColumns
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
    return isOpen() ? distinctColumn(m_db, u"model_name"_s) : QStringList();
}

QStringList HistoryStore::profiles()
{
    return isOpen() ? distinctColumn(m_db, u"profile_name"_s) : QStringList();
}
