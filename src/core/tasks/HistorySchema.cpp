#include "core/tasks/HistorySchema.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

using State = TaskRecord::State;
using DownloadState = TaskRecord::DownloadState;

// The columns read into a TaskRecord, in the order of enum Col.
const QString kSelectColumns
    = u"id, task_id, profile_name, endpoint, sub_app_id, request_json, prompt, "
      "model_name, model_version, scene_type, state, progress, err_code, "
      "err_code_ext, error_message, request_id, submitted_at, create_time, "
      "begin_process_time, finish_time, updated_at, duration, storage_mode, "
      "file_type, file_url, file_id, url_expires_at, local_path, download_state, "
      "download_error, response_json, exchange_json, removed_at, rating, favourite, tags"_s;

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
    CRating,
    CFavourite,
    CTags,
};

const QString kInsertSql
    = u"INSERT INTO tasks (task_id, profile_name, endpoint, sub_app_id, request_json, "
      "prompt, model_name, model_version, scene_type, state, progress, err_code, "
      "err_code_ext, error_message, request_id, submitted_at, create_time, "
      "begin_process_time, finish_time, updated_at, duration, storage_mode, file_type, "
      "file_url, file_id, url_expires_at, local_path, download_state, download_error, "
      "response_json, exchange_json, removed_at, rating, favourite, tags) VALUES (?, ?, ?, ?, ?, "
      "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
      "?, ?, ?)"_s;

QVariant nullIfEmpty(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u"%"_s + escaped + u"%"_s;
}

} // namespace

// Never edit a released step: add a case for each new version and raise kVersion.
QStringList HistorySchema::stepsTo(int toVersion)
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
    case 2:
        // The user's own marks: ★0–5, a favourite, free tags (stored ",rain,metal," so that one tag is
        // found with LIKE '%,rain,%').
        return {
            u"ALTER TABLE tasks ADD COLUMN rating INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE tasks ADD COLUMN favourite INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE tasks ADD COLUMN tags TEXT NOT NULL DEFAULT ''"_s,
        };
    default:
        break;
    }
    return {};
}

const QString& HistorySchema::selectColumns()
{
    return kSelectColumns;
}

const QString& HistorySchema::insertSql()
{
    return kInsertSql;
}

void HistorySchema::bind(QSqlQuery& q, const TaskRecord& r)
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
    q.addBindValue(r.rating);
    q.addBindValue(r.favourite ? 1 : 0);
    q.addBindValue(tagsValue(r.tags));
}

QString HistorySchema::tagsValue(const QStringList& tags)
{
    // Never NULL (the column is NOT NULL, and Qt binds an empty QString as NULL): "," when none.
    return u","_s + tags.join(u',') + (tags.isEmpty() ? QString() : u","_s);
}

TaskRecord HistorySchema::recordFrom(const QSqlQuery& q)
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
    r.rating = q.value(CRating).toInt();
    r.favourite = q.value(CFavourite).toInt() != 0;
    r.tags = q.value(CTags).toString().split(u',', Qt::SkipEmptyParts);
    return r;
}

QString HistorySchema::sortExpression(HistoryFilter::SortColumn column)
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

QString HistorySchema::whereClause(const HistoryFilter& f, QVariantList& values)
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
    if (f.minRating > 0) {
        parts.append(u"rating >= ?"_s);
        values.append(f.minRating);
    }
    if (f.favouriteOnly)
        parts.append(u"favourite = 1"_s);
    for (const QString& tag : f.tags) {
        parts.append(u"tags LIKE ? ESCAPE '\\'"_s);
        QString escaped = tag;
        escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        values.append(QString(u"%,"_s + escaped + u",%"_s));
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
QString HistorySchema::inList(const QList<State>& states)
{
    QStringList quoted;
    for (State s : states)
        quoted.append(u"'"_s + TaskRecord::stateName(s) + u"'"_s);
    return u"("_s + quoted.join(u", "_s) + u")"_s;
}

const QList<State>& HistorySchema::unfinishedStates()
{
    static const QList<State> states { State::AwaitingUploads, State::Submitting, State::OutcomeUnknown,
        State::Waiting, State::Processing };
    return states;
}

QVariant HistorySchema::timeValue(const QDateTime& dt)
{
    return dt.isValid() ? QVariant(dt.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime HistorySchema::timeFrom(const QVariant& v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}
