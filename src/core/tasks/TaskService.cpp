#include "core/tasks/TaskService.h"

#include "core/api/VodClient.h"
#include "core/api/VodJob.h"
#include "core/model/DescribeTasksRequest.h"
#include "core/model/ManageTaskRequest.h"
#include "core/support/Clock.h"
#include "core/support/JsonFields.h"
#include "core/tasks/HistoryStore.h"
#include "core/tasks/OutputLibrary.h"
#include "core/tasks/TaskPoller.h"
#include "core/tasks/TaskRecord.h"
#include "core/uploads/UploadQueue.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QTimer>

using namespace Qt::StringLiterals;

TaskService::TaskService(HistoryStore* history, OutputLibrary* library, Clock* clock, QObject* parent)
    : QObject(parent)
    , m_history(history)
    , m_library(library)
    , m_clock(clock)
{
}

TaskService::~TaskService() = default;

void TaskService::setClient(VodClient* client, const QString& profileName, const QString& endpoint)
{
    delete m_poller;
    m_poller = nullptr;
    m_client = client;
    m_profileName = profileName;
    m_endpoint = endpoint;
    if (!client)
        return;
    m_poller = new TaskPoller(client, this);
    connect(m_poller, &TaskPoller::taskUpdated, this, [this](const AudioTask& task) {
        if (m_history)
            m_history->updateFromTask(task);
    });
    connect(m_poller, &TaskPoller::taskDone, this, [this](const AudioTask& task) {
        if (!m_history)
            return;
        m_history->updateFromTask(task);
        const auto record = m_history->byTaskId(task.taskId);
        if (!record)
            return;
        if (task.isSuccess() && m_library && record->downloadState != TaskRecord::DownloadState::Done)
            fetchOutput(*record);
        emit taskFinished(record->id, task.isSuccess());
    });
    connect(m_poller, &TaskPoller::taskLost, this, [this](const QString& taskId, const ApiError& e) {
        if (m_history)
            m_history->markLost(taskId, e);
    });
    connect(m_poller, &TaskPoller::pollFailed, this, [this](const QString& taskId, const ApiError& e) {
        emit notice(tr("Could not check %1: %2").arg(taskId, e.toString()));
    });
}

void TaskService::setUploadQueue(UploadQueue* uploads)
{
    if (m_uploads)
        m_uploads->disconnect(this);
    m_uploads = uploads;
    if (uploads)
        connect(uploads, &UploadQueue::finished, this, [this](qint64, bool) { checkAwaiting(); });
}

namespace {
const auto kUploadIdKey = "UploadId"_L1;
const auto kLocalFileKey = "LocalFile"_L1;
} // namespace

QList<qint64> TaskService::submit(
    const AudioTaskRequest& request, int variations, const PendingUploads& pending)
{
    QList<qint64> ids;
    if (!m_history || !m_client)
        return ids;
    AudioTaskRequest r = request;
    if (!r.subAppId)
        r.subAppId = m_client->config().subAppId;
    QByteArray body = r.toJsonBytes();
    if (!pending.isEmpty()) {
        // Until it is sent, the row's request names the uploads in place of their FileIds.
        QJsonObject o = r.toJson();
        for (const PendingUpload& p : pending) {
            QJsonArray refs = o.value(p.field).toArray();
            if (p.index < 0 || p.index >= refs.size())
                continue;
            QJsonObject ref;
            ref.insert("Type"_L1, u"File"_s);
            ref.insert("FileId"_L1, QString());
            ref.insert(kUploadIdKey, p.uploadId);
            ref.insert(kLocalFileKey, p.fileName);
            refs[p.index] = ref;
            o.insert(p.field, refs);
        }
        body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    for (int i = 0; i < std::max(1, variations); ++i) {
        TaskRecord rec;
        rec.profileName = m_profileName;
        rec.endpoint = m_endpoint;
        rec.subAppId = r.subAppId;
        rec.requestJson = body;
        rec.prompt = r.prompt;
        rec.modelName = r.modelName;
        rec.modelVersion = r.modelVersion;
        rec.sceneType = r.sceneType;
        rec.storageMode = r.outputConfig.storageMode;
        // Recorded before it is sent: a crash between the two leaves a row to reconcile, not a lost task.
        const qint64 id
            = pending.isEmpty() ? m_history->addSubmission(rec) : m_history->addAwaitingUploads(rec);
        if (id <= 0) {
            emit notice(tr("The history database refused the task: %1").arg(m_history->lastError()));
            continue;
        }
        ids.append(id);
        if (pending.isEmpty())
            send(id, body);
    }
    if (!pending.isEmpty())
        checkAwaiting(); // the uploads may be done already
    return ids;
}

bool TaskService::cancelAwaiting(qint64 id)
{
    const auto rec = m_history ? m_history->record(id) : std::nullopt;
    if (!rec || rec->state != TaskRecord::State::AwaitingUploads)
        return false;
    const ApiError e = ApiError::transport(
        ApiError::Kind::Cancelled, tr("cancelled while its files were uploading; nothing was sent"));
    if (!m_history->setSubmitFailed(id, e))
        return false;
    emit submitFailed(id, e);
    return true;
}

void TaskService::checkAwaiting()
{
    if (!m_history || !m_client)
        return;
    for (const TaskRecord& rec : m_history->unfinished()) {
        if (rec.state != TaskRecord::State::AwaitingUploads || rec.profileName != m_profileName)
            continue;
        QJsonObject o = QJsonDocument::fromJson(rec.requestJson).object();
        bool allDone = true;
        QString failure;
        for (const QLatin1StringView field : { "VideoInfos"_L1, "AudioInfos"_L1 }) {
            QJsonArray refs = o.value(field).toArray();
            for (qsizetype i = 0; i < refs.size() && failure.isEmpty(); ++i) {
                const QJsonObject ref = refs.at(i).toObject();
                if (!ref.contains(kUploadIdKey))
                    continue;
                const qint64 uploadId = ref.value(kUploadIdKey).toInteger();
                QString name = ref.value(kLocalFileKey).toString();
                const auto entry = m_uploads ? m_uploads->entry(uploadId) : std::nullopt;
                if (name.isEmpty() && entry)
                    name = QFileInfo(entry->filePath).fileName();
                if (!entry) {
                    failure = tr("the upload of %1 is not known any more; add the file again").arg(name);
                } else if (entry->isDone()) {
                    refs[i] = MediaReference::byFileId(entry->fileId).toJson();
                } else if (entry->isFailed()) {
                    failure
                        = tr("%1 could not be uploaded: %2")
                              .arg(name, entry->error.isEmpty() ? tr("the upload stopped") : entry->error);
                } else {
                    allDone = false;
                }
            }
            o.insert(field, refs);
        }
        if (!failure.isEmpty()) {
            const ApiError e = ApiError::invalidRequest(tr("Nothing was sent: %1").arg(failure));
            m_history->setSubmitFailed(rec.id, e);
            emit submitFailed(rec.id, e);
            continue;
        }
        if (!allDone)
            continue;
        const AudioTaskRequest request = AudioTaskRequest::fromJson(o);
        // Never a Create with a reference that lacks its FileId.
        for (const MediaReference& ref : request.audioInfos + request.videoInfos) {
            if (ref.type == "File"_L1 && ref.fileId.trimmed().isEmpty())
                failure = tr("a reference file has no FileId");
        }
        if (!failure.isEmpty()) {
            const ApiError e = ApiError::invalidRequest(tr("Nothing was sent: %1").arg(failure));
            m_history->setSubmitFailed(rec.id, e);
            emit submitFailed(rec.id, e);
            continue;
        }
        const QByteArray body = request.toJsonBytes();
        if (m_history->setUploadsResolved(rec.id, body))
            send(rec.id, body);
    }
}

void TaskService::fetchOutput(const TaskRecord& record)
{
    if (!m_library)
        return;
    const bool permanent = !record.fileId.isEmpty()
        && (record.fileUrl.isEmpty() || record.storageMode.compare("Permanent"_L1, Qt::CaseInsensitive) == 0);
    const bool saved = record.downloadState == TaskRecord::DownloadState::Done && !record.localPath.isEmpty()
        && QFileInfo::exists(record.localPath);
    if (!permanent || saved || !m_client) {
        m_library->download(record);
        return;
    }
    if (!m_lookups.contains(record.id))
        m_lookups.append(record.id);
    if (!m_lookupScheduled) {
        m_lookupScheduled = true;
        QTimer::singleShot(0, this, &TaskService::flushMediaLookups);
    }
}

void TaskService::flushMediaLookups()
{
    m_lookupScheduled = false;
    const QList<qint64> rows = std::exchange(m_lookups, {});
    if (!m_history || !m_client)
        return;
    // One call per SubAppId and 20 FileIds.
    QMap<qint64, QList<TaskRecord>> bySubApp;
    for (qint64 id : rows) {
        if (const auto rec = m_history->record(id))
            bySubApp[rec->subAppId ? static_cast<qint64>(*rec->subAppId) : -1].append(*rec);
    }
    for (auto it = bySubApp.cbegin(); it != bySubApp.cend(); ++it) {
        const std::optional<quint64> subAppId
            = it.key() < 0 ? std::nullopt : std::optional<quint64>(static_cast<quint64>(it.key()));
        const QList<TaskRecord>& all = it.value();
        for (qsizetype from = 0; from < all.size();) {
            QList<TaskRecord> chunk;
            QStringList fileIds;
            while (from < all.size()
                && (fileIds.size() < DescribeMediaInfosResponse::kMaxFileIds
                    || fileIds.contains(all.at(from).fileId))) {
                chunk.append(all.at(from));
                if (!fileIds.contains(all.at(from).fileId))
                    fileIds.append(all.at(from).fileId);
                ++from;
            }
            VodJob* job = m_client->describeMediaInfos(fileIds, subAppId);
            connect(job, &VodJob::finished, this, [this, chunk](VodJob* j) {
                if (!m_history || !m_library)
                    return;
                const DescribeMediaInfosResponse answer = j->mediaInfos();
                for (const TaskRecord& rec : chunk) {
                    if (j->error().isError()) {
                        if (!rec.fileUrl.isEmpty()) {
                            m_library->download(rec); // the task's own URL, when it gave one
                            continue;
                        }
                        m_history->setDownload(rec.id, TaskRecord::DownloadState::Failed, rec.localPath,
                            tr("could not look up FileId %1: %2").arg(rec.fileId, j->error().toString()));
                        emit notice(
                            tr("Could not look up the result %1: %2").arg(rec.fileId, j->error().toString()));
                        continue;
                    }
                    const MediaInfo* info = answer.find(rec.fileId);
                    if (!info || info->mediaUrl.isEmpty()) {
                        const QString why
                            = tr("VOD does not know FileId %1: the media was deleted, has expired or belongs "
                                 "to another SubAppId")
                                  .arg(rec.fileId);
                        m_history->setDownload(rec.id, TaskRecord::DownloadState::Failed, rec.localPath, why);
                        emit notice(why);
                        continue;
                    }
                    m_history->setFileUrl(rec.id, info->mediaUrl);
                    if (const auto fresh = m_history->record(rec.id))
                        m_library->download(*fresh);
                }
            });
            job->start();
        }
    }
}

void TaskService::send(qint64 id, const QByteArray& requestJson)
{
    const AudioTaskRequest r = AudioTaskRequest::fromJson(QJsonDocument::fromJson(requestJson).object());
    VodJob* job = m_client->createAigcAudioTask(r);
    connect(job, &VodJob::finished, this, [this, id](VodJob* j) {
        if (!m_history)
            return;
        const ApiError e = j->error();
        if (e.kind() == ApiError::Kind::OutcomeUnknown) {
            m_history->setOutcomeUnknown(id, e);
            emit submitFailed(id, e);
            reconcile(id);
            return;
        }
        if (e.isError()) {
            m_history->setSubmitFailed(id, e);
            emit submitFailed(id, e);
            return;
        }
        m_history->setCreated(id, j->createdTaskId(), j->requestId(), j->lastExchange());
        emit submitted(id, j->createdTaskId());
        if (const auto rec = m_history->record(id))
            watch(*rec);
    });
    job->start();
}

void TaskService::watch(const TaskRecord& record)
{
    if (m_poller && !record.taskId.isEmpty())
        m_poller->watch(record.taskId);
}

qint64 TaskService::retry(qint64 id)
{
    const auto rec = m_history ? m_history->record(id) : std::nullopt;
    if (!rec || !m_client)
        return -1;
    AudioTaskRequest r = AudioTaskRequest::fromJson(QJsonDocument::fromJson(rec->requestJson).object());
    const QList<qint64> ids = submit(r, 1);
    return ids.isEmpty() ? -1 : ids.first();
}

void TaskService::abort(qint64 id)
{
    if (cancelAwaiting(id))
        return; // it was never sent
    const auto rec = m_history ? m_history->record(id) : std::nullopt;
    if (!rec || rec->taskId.isEmpty() || !m_client)
        return;
    ManageTaskRequest req;
    req.taskId = rec->taskId;
    req.subAppId = rec->subAppId;
    VodJob* job = m_client->manageTask(req);
    connect(job, &VodJob::finished, this, [this, id, taskId = rec->taskId](VodJob* j) {
        if (j->error().isError()) {
            emit actionFailed(id, u"Abort"_s, j->error());
            return;
        }
        emit aborted(id);
        if (m_poller) {
            m_poller->watch(taskId);
            m_poller->pollNow(taskId);
        }
    });
    job->start();
}

void TaskService::refresh(qint64 id)
{
    const auto rec = m_history ? m_history->record(id) : std::nullopt;
    if (!rec || !m_poller || rec->taskId.isEmpty())
        return;
    if (!m_poller->isWatching(rec->taskId))
        m_poller->watch(rec->taskId);
    m_poller->pollNow(rec->taskId);
}

void TaskService::resume()
{
    if (!m_history)
        return;
    int expired = 0;
    m_history->markExpired(m_clock->nowUtc(), &expired);
    if (expired > 0)
        emit notice(
            tr("%n task(s) older than the service's 3-day window never finished and are marked expired.",
                nullptr, expired));
    for (const TaskRecord& rec : m_history->unfinished()) {
        if (rec.profileName != m_profileName)
            continue; // polled when their own profile is active
        if (rec.state == TaskRecord::State::Submitting || rec.state == TaskRecord::State::OutcomeUnknown) {
            if (rec.state == TaskRecord::State::Submitting)
                m_history->setOutcomeUnknown(rec.id,
                    ApiError::transport(
                        ApiError::Kind::OutcomeUnknown, tr("the app stopped while sending this task")));
            reconcile(rec.id);
        } else {
            watch(rec);
        }
    }
    if (m_library) {
        for (const TaskRecord& rec : m_history->pendingDownloads())
            fetchOutput(rec);
    }
    checkAwaiting();
}

void TaskService::reconcile(qint64 id)
{
    const auto rec = m_history ? m_history->record(id) : std::nullopt;
    if (!rec || !m_client || m_reconciling.contains(id))
        return;
    m_reconciling.insert(id);
    // The service stamps CreateTime with its own clock, which may differ from ours and may have moved
    // since the offset was last measured: from shortly before the submission in either clock, and no
    // upper bound (a later task is only a candidate, compared with what was sent).
    const QDateTime at = rec->submittedAt.isValid() ? rec->submittedAt : m_clock->nowUtc();
    DescribeTasksRequest req;
    req.createTimeAfter = at.addMSecs(std::min<qint64>(0, m_client->serverClockOffsetMs())).addSecs(-120);
    req.limit = DescribeTasksRequest::kMaxLimit;
    req.subAppId = rec->subAppId;
    reconcilePage(id, req, {});
}

void TaskService::reconcilePage(qint64 id, const DescribeTasksRequest& request, QStringList candidates)
{
    VodJob* job = m_client->describeTasks(request);
    connect(job, &VodJob::finished, this, [this, id, request, candidates](VodJob* j) mutable {
        if (j->error().isError()) {
            m_reconciling.remove(id);
            emit actionFailed(id, u"Reconcile"_s, j->error());
            return;
        }
        const DescribeTasksResponse page = j->taskList();
        for (const TaskSummary& t : page.taskSet) {
            if (t.taskType == "AigcAudioTask"_L1 && m_history && !m_history->byTaskId(t.taskId))
                candidates.append(t.taskId);
        }
        // Every page of the window: with many tasks around the same time the one sent may not be on
        // the first page.
        if (!page.scrollToken.isEmpty() && !page.taskSet.isEmpty() && m_client) {
            DescribeTasksRequest next = request;
            next.scrollToken = page.scrollToken;
            reconcilePage(id, next, candidates);
            return;
        }
        onReconcileCandidates(id, candidates);
    });
    job->start();
}

void TaskService::onReconcileCandidates(qint64 id, QStringList candidates)
{
    const auto rec = m_history ? m_history->record(id) : std::nullopt;
    if (!rec) {
        m_reconciling.remove(id);
        return;
    }
    if (candidates.isEmpty()) {
        m_reconciling.remove(id);
        emit notice(
            tr("No task matching \"%1\" was found on the service: it was probably not created. Use Retry "
               "to send it again.")
                .arg(rec->prompt.left(60)));
        return;
    }
    // Compare the next candidate's echoed input with what was sent.
    const QString taskId = candidates.takeFirst();
    VodJob* job = m_client->describeTaskDetail(taskId);
    connect(job, &VodJob::finished, this, [this, id, taskId, candidates, sent = rec->requestJson](VodJob* j) {
        if (j->error().isOk() && m_history && !m_history->byTaskId(taskId)) {
            const AudioTask t = j->audioTask();
            const AudioTaskRequest mine = AudioTaskRequest::fromJson(QJsonDocument::fromJson(sent).object());
            if (t.input.prompt == mine.prompt && t.input.modelName == mine.modelName
                && t.input.sceneType == mine.sceneType) {
                m_reconciling.remove(id);
                if (m_history->resolveOutcome(id, taskId)) {
                    m_history->updateFromTask(t);
                    emit notice(tr("Found the task that was sent without an answer: %1").arg(taskId));
                    if (const auto r = m_history->record(id))
                        watch(*r);
                }
                return;
            }
        }
        onReconcileCandidates(id, candidates);
    });
    job->start();
}
