#pragma once

#include "core/api/ApiError.h"
#include "core/model/AudioTask.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class VodClient;

// Polls DescribeTaskDetail for every unfinished task it is given, on an adaptive schedule: soon after
// creation, then less often while nothing changes (1 s, 1.5 s, 2.25 s... up to maxIntervalMs). The
// client's rate limiter and retry rules apply to every poll.
class TaskPoller : public QObject
{
    Q_OBJECT

public:
    struct Schedule
    {
        qint64 firstDelayMs = 1000;
        qint64 minIntervalMs = 1000;
        qint64 maxIntervalMs = 10000;
        double growth = 1.5; // 1.0 = a fixed interval
    };

    explicit TaskPoller(VodClient* client, QObject* parent = nullptr);

    void setSchedule(const Schedule& schedule) { m_schedule = schedule; }
    const Schedule& schedule() const { return m_schedule; }

    void watch(const QString& taskId);
    void unwatch(const QString& taskId);
    bool isWatching(const QString& taskId) const { return m_tasks.contains(taskId); }
    int watchedCount() const { return static_cast<int>(m_tasks.size()); }
    // Polls this task now instead of at its next scheduled time.
    void pollNow(const QString& taskId);
    qint64 pollsSent() const { return m_polls; }

signals:
    void taskUpdated(const AudioTask& task);
    // FINISH or ABORTED; the task is no longer watched.
    void taskDone(const AudioTask& task);
    // A poll failed after the client's own retries; polling goes on unless the error is final.
    void pollFailed(const QString& taskId, const ApiError& error);
    // The service does not know the task (or it is older than 3 days); it is no longer watched.
    void taskLost(const QString& taskId, const ApiError& error);

private:
    struct Entry
    {
        qint64 intervalMs = 0;
        int generation = 0;
        bool inFlight = false;
        QString lastState; // status + progress, to notice change
    };
    void scheduleNext(const QString& taskId, qint64 delayMs);
    void poll(const QString& taskId);

    QPointer<VodClient> m_client;
    Schedule m_schedule;
    QHash<QString, Entry> m_tasks;
    qint64 m_polls = 0;
};
