#include "TaskService.h"

#include "Clock.h"
#include "DescribeTasksRequest.h"
#include "HistoryStore.h"
#include "JsonFields.h"
#include "ManageTaskRequest.h"
#include "OutputLibrary.h"
#include "TaskPoller.h"
#include "TaskRecord.h"
#include "VodClient.h"
#include "VodJob.h"

#include <QJsonDocument>

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
            m_library->download(*record);
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

QList<qint64> TaskService::submit(const AudioTaskRequest& request, int variations)
{
    QList<qint64> ids;
    if (!m_history || !m_client)
        return ids;
    AudioTaskRequest r = request;
    if (!r.subAppId)
        r.subAppId = m_client->config().subAppId;
    const QByteArray body = r.toJsonBytes();
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
        const qint64 id = m_history->addSubmission(rec);
        if (id <= 0) {
            emit notice(tr("The history database refused the task: %1").arg(m_history->lastError()));
            continue;
        }
        ids.append(id);
        send(id, body);
    }
    return ids;
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
    if (m_library)
        m_library->resumePending();
}

void TaskService::reconcile(qint64 id)
{
    const auto rec = m_history ? m_history->record(id) : std::nullopt;
    if (!rec || !m_client || m_reconciling.contains(id))
        return;
    m_reconciling.insert(id);
    DescribeTasksRequest req;
    const QDateTime at = rec->submittedAt.isValid() ? rec->submittedAt : m_clock->nowUtc();
    req.createTimeAfter = at.addSecs(-120);
    req.createTimeBefore = at.addSecs(600);
    req.limit = 100;
    req.subAppId = rec->subAppId;
    VodJob* job = m_client->describeTasks(req);
    connect(job, &VodJob::finished, this, [this, id](VodJob* j) {
        if (j->error().isError()) {
            m_reconciling.remove(id);
            emit actionFailed(id, u"Reconcile"_s, j->error());
            return;
        }
        QStringList candidates;
        for (const TaskSummary& t : j->taskList().taskSet) {
            if (t.taskType == "AigcAudioTask"_L1 && m_history && !m_history->byTaskId(t.taskId))
                candidates.append(t.taskId);
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
