#include "core/tasks/TaskPoller.h"

#include "core/api/VodClient.h"
#include "core/api/VodJob.h"

#include <algorithm>

TaskPoller::TaskPoller(VodClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
}

void TaskPoller::watch(const QString& taskId)
{
    if (taskId.isEmpty() || m_tasks.contains(taskId))
        return;
    Entry e;
    e.intervalMs = m_schedule.minIntervalMs;
    m_tasks.insert(taskId, e);
    scheduleNext(taskId, m_schedule.firstDelayMs);
}

void TaskPoller::unwatch(const QString& taskId)
{
    m_tasks.remove(taskId);
}

void TaskPoller::pollNow(const QString& taskId)
{
    auto it = m_tasks.find(taskId);
    if (it == m_tasks.end() || it->inFlight)
        return;
    ++it->generation;
    poll(taskId);
}

void TaskPoller::scheduleNext(const QString& taskId, qint64 delayMs)
{
    auto it = m_tasks.find(taskId);
    if (it == m_tasks.end() || !m_client)
        return;
    const int gen = ++it->generation;
    m_client->clock()->callAfter(delayMs, this, [this, taskId, gen] {
        auto e = m_tasks.find(taskId);
        if (e == m_tasks.end() || e->generation != gen)
            return;
        poll(taskId);
    });
}

void TaskPoller::poll(const QString& taskId)
{
    auto it = m_tasks.find(taskId);
    if (it == m_tasks.end() || !m_client)
        return;
    it->inFlight = true;
    ++m_polls;
    VodJob* job = m_client->describeTaskDetail(taskId);
    connect(job, &VodJob::finished, this, [this, taskId](VodJob* j) {
        auto e = m_tasks.find(taskId);
        if (e == m_tasks.end())
            return; // unwatched meanwhile
        e->inFlight = false;
        const ApiError err = j->error();
        if (err.isError()) {
            if (err.category() == ApiError::Category::NotFound) {
                m_tasks.remove(taskId);
                emit taskLost(taskId, err);
                return;
            }
            // Credentials or a client bug will not fix themselves: stop, the owner decides.
            const bool final = err.category() == ApiError::Category::Auth
                || err.category() == ApiError::Category::ClientBug
                || err.kind() == ApiError::Kind::InvalidRequest
                || err.kind() == ApiError::Kind::MissingResponse; // an answer about another task
            if (final) {
                m_tasks.remove(taskId);
                emit pollFailed(taskId, err);
                return;
            }
            e->intervalMs = std::min<qint64>(m_schedule.maxIntervalMs, e->intervalMs * 2);
            scheduleNext(taskId, e->intervalMs);
            emit pollFailed(taskId, err);
            return;
        }
        // VodJob already refused an answer about another task (Transport.MissingResponse, final above).
        const AudioTask task = j->audioTask();
        emit taskUpdated(task);
        if (task.isDone()) {
            m_tasks.remove(taskId);
            emit taskDone(task);
            return;
        }
        const QString state = AudioTask::statusName(task.status) + QString::number(task.progress);
        if (state == e->lastState) {
            e->intervalMs = std::min<qint64>(m_schedule.maxIntervalMs,
                std::max<qint64>(
                    m_schedule.minIntervalMs, static_cast<qint64>(e->intervalMs * m_schedule.growth)));
        } else {
            e->intervalMs = m_schedule.minIntervalMs;
            e->lastState = state;
        }
        scheduleNext(taskId, e->intervalMs);
    });
    job->start();
}
