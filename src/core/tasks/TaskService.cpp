#include "core/tasks/TaskService.h"

#include "core/api/VodClient.h"
#include "core/api/VodJob.h"
#include "core/model/DescribeTasksRequest.h"
#include "core/model/ManageTaskRequest.h"
#include "core/support/Clock.h"
#include "core/support/JsonFields.h"
#include "core/tasks/HistoryStore.h"
#include "core/tasks/OutputLibrary.h"
#include "core/tasks/OutputLocator.h"
#include "core/tasks/TaskPoller.h"
#include "core/tasks/TaskRecord.h"
#include "core/uploads/UploadQueue.h"
#include "core/uploads/UploadStore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
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
    delete m_locator;
    m_locator = nullptr;
    m_client = client;
    m_profileName = profileName;
    m_endpoint = endpoint;
    if (!client)
        return;
    m_poller = new TaskPoller(client, this);
    m_locator = new OutputLocator(client, this);
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
// Until it is sent, a submission waiting for uploads stores its request with an empty FileId where
// each pending file goes; which upload fills which place is kept in the upload store.
AudioTaskRequest withPlaceholders(AudioTaskRequest r, const PendingUploads& pending)
{
    for (const PendingUpload& p : pending) {
        QList<MediaReference>& refs = p.field == "VideoInfos"_L1 ? r.videoInfos : r.audioInfos;
        if (p.index >= 0 && p.index < refs.size())
            refs[p.index] = MediaReference::byFileId(QString());
    }
    return r;
}

// Rows recorded by an earlier version kept the pending files inside the request JSON
// ({"UploadId":..,"LocalFile":..} in place of a reference): read them from there.
PendingUploads legacyPending(const QByteArray& requestJson)
{
    PendingUploads out;
    const QJsonObject o = QJsonDocument::fromJson(requestJson).object();
    for (const QLatin1StringView field : { "VideoInfos"_L1, "AudioInfos"_L1 }) {
        const QJsonArray refs = o.value(field).toArray();
        for (qsizetype i = 0; i < refs.size(); ++i) {
            const QJsonObject ref = refs.at(i).toObject();
            if (ref.contains("UploadId"_L1))
                out.append({ QString(field), int(i), ref.value("UploadId"_L1).toInteger(),
                    ref.value("LocalFile"_L1).toString() });
        }
    }
    return out;
}
} // namespace

QList<qint64> TaskService::submit(
    const AudioTaskRequest& request, int variations, const PendingUploads& pending)
{
    QList<qint64> ids;
    if (!m_history || !m_client)
        return ids;
    UploadStore* uploads = m_uploads ? m_uploads->store() : nullptr;
    if (!pending.isEmpty() && !uploads) {
        emit notice(tr("Local reference files need the upload state, which is not open: nothing was sent."));
        return ids;
    }
    const AudioTaskRequest r = m_client->completed(request);
    for (int i = 0; i < std::max(1, variations); ++i) {
        TaskRecord rec;
        rec.profileName = m_profileName;
        rec.endpoint = m_endpoint;
        rec.subAppId = r.subAppId;
        rec.prompt = r.prompt;
        rec.modelName = r.modelName;
        rec.modelVersion = r.modelVersion;
        rec.sceneType = r.sceneType;
        rec.storageMode = r.outputConfig.storageMode;
        if (!pending.isEmpty()) {
            rec.requestJson = withPlaceholders(r, pending).toJsonBytes();
            const qint64 id = m_history->addAwaitingUploads(rec);
            if (id <= 0 || !uploads->setTaskUploads(id, pending)) {
                emit notice(tr("The history database refused the task: %1")
                                .arg(id <= 0 ? m_history->lastError() : uploads->lastError()));
                continue;
            }
            ids.append(id);
            m_own.insert(id);
            continue;
        }
        // Serialized once, here; the row records the very bytes that are sent, before they are: a crash
        // between the two leaves a row to reconcile, not a lost task.
        VodJob* job = m_client->createAigcAudioTask(r);
        rec.requestJson = job->body();
        const qint64 id = m_history->addSubmission(rec);
        if (id <= 0) {
            delete job;
            emit notice(tr("The history database refused the task: %1").arg(m_history->lastError()));
            continue;
        }
        ids.append(id);
        m_own.insert(id);
        send(id, job);
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
    UploadStore* store = m_uploads ? m_uploads->store() : nullptr;
    for (const TaskRecord& rec : m_history->unfinished()) {
        if (rec.state != TaskRecord::State::AwaitingUploads || rec.profileName != m_profileName
            || (m_onlyOwn && !m_own.contains(rec.id)))
            continue;
        PendingUploads pending = store ? store->taskUploads(rec.id) : PendingUploads();
        if (pending.isEmpty())
            pending = legacyPending(rec.requestJson);
        AudioTaskRequest request
            = AudioTaskRequest::fromJson(QJsonDocument::fromJson(rec.requestJson).object());
        bool allDone = true;
        QString failure;
        for (const PendingUpload& p : std::as_const(pending)) {
            const auto entry = m_uploads ? m_uploads->entry(p.uploadId) : std::nullopt;
            const QString name
                = !p.fileName.isEmpty() || !entry ? p.fileName : QFileInfo(entry->filePath).fileName();
            QList<MediaReference>& refs
                = p.field == "VideoInfos"_L1 ? request.videoInfos : request.audioInfos;
            if (!entry) {
                failure = tr("the upload of %1 is not known any more; add the file again").arg(name);
            } else if (entry->isFailed()) {
                failure = tr("%1 could not be uploaded: %2")
                              .arg(name, entry->error.isEmpty() ? tr("the upload stopped") : entry->error);
            } else if (!entry->isDone()) {
                allDone = false;
            } else if (p.index >= 0 && p.index < refs.size()) {
                refs[p.index] = MediaReference::byFileId(entry->fileId);
            }
            if (!failure.isEmpty())
                break;
        }
        // Never a Create with a reference that lacks its FileId.
        if (failure.isEmpty() && allDone) {
            for (const MediaReference& ref : request.audioInfos + request.videoInfos) {
                if (ref.type == "File"_L1 && ref.fileId.trimmed().isEmpty())
                    failure = tr("a reference file has no FileId");
            }
        }
        if (!failure.isEmpty()) {
            const ApiError e = ApiError::invalidRequest(tr("Nothing was sent: %1").arg(failure));
            m_history->setSubmitFailed(rec.id, e);
            if (store)
                store->removeTaskUploads(rec.id);
            emit submitFailed(rec.id, e);
            continue;
        }
        if (!allDone)
            continue;
        VodJob* job = m_client->createAigcAudioTask(request);
        if (!m_history->setUploadsResolved(rec.id, job->body())) {
            delete job;
            continue;
        }
        if (store)
            store->removeTaskUploads(rec.id);
        send(rec.id, job);
    }
}

void TaskService::fetchOutput(const TaskRecord& record)
{
    if (!m_library)
        return;
    const OutputLocator::Wanted wanted { record.taskId, record.fileId, record.fileUrl, record.storageMode,
        record.subAppId };
    const bool saved = record.downloadState == TaskRecord::DownloadState::Done && !record.localPath.isEmpty()
        && QFileInfo::exists(record.localPath);
    if (saved || !m_locator || !OutputLocator::needsLookup(wanted)) {
        m_library->download(record);
        return;
    }
    const qint64 id = record.id;
    m_locator->locate(wanted, this, [this, id](const QUrl& url, const ApiError& error) {
        const auto rec = m_history ? m_history->record(id) : std::nullopt;
        if (!rec || !m_library)
            return;
        if (error.isError()) {
            const QString why = error.kind() == ApiError::Kind::Api ? error.message() : error.toString();
            m_history->setDownload(id, TaskRecord::DownloadState::Failed, rec->localPath, why);
            emit notice(tr("Could not look up the result %1: %2").arg(rec->fileId, why));
            return;
        }
        if (url.toString() != rec->fileUrl)
            m_history->setFileUrl(id, url.toString());
        if (const auto fresh = m_history->record(id))
            m_library->download(*fresh);
    });
}

void TaskService::send(qint64 id, VodJob* job)
{
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
