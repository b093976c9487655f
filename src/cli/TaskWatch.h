#pragma once

#include "core/api/ApiError.h"
#include "core/model/AudioTask.h"

#include <QElapsedTimer>
#include <QObject>
#include <functional>

class CliEnvironment;
class TaskPoller;

// Waits for one task to finish, through the poller that watches it, and shows its progress: a line
// that updates in place on a terminal, one line per change otherwise.
class TaskWatch : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const AudioTask& task, const ApiError& error)>;

    // Watches through poller (the task service's), which the caller keeps.
    TaskWatch(CliEnvironment* env, TaskPoller* poller, QObject* parent = nullptr);
    // --poll-interval: a fixed schedule instead of the adaptive one (0 keeps it).
    static void setPollInterval(TaskPoller* poller, qint64 pollIntervalMs);
    void wait(const QString& taskId, Callback callback);

private:
    void show(const AudioTask& task);
    void clearLine();

    CliEnvironment* m_env;
    TaskPoller* m_poller;
    QElapsedTimer m_elapsed;
    QString m_lastLine;
    bool m_lineShown = false;
};
