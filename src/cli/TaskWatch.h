#pragma once

#include "core/api/ApiError.h"
#include "core/model/AudioTask.h"

#include <QElapsedTimer>
#include <QObject>
#include <functional>

class CliEnvironment;
class TaskPoller;
class VodClient;

// Waits for one task to finish, polling through TaskPoller, and shows its progress: a line that
// updates in place on a terminal, one line per change otherwise.
class TaskWatch : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const AudioTask& task, const ApiError& error)>;

    TaskWatch(CliEnvironment* env, VodClient* client, qint64 pollIntervalMs, QObject* parent = nullptr);
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
