#include "cli/TaskWatch.h"

#include "cli/CliEnvironment.h"
#include "core/support/PrintableText.h"
#include "core/tasks/TaskPoller.h"

using namespace Qt::StringLiterals;

TaskWatch::TaskWatch(CliEnvironment* env, TaskPoller* poller, QObject* parent)
    : QObject(parent)
    , m_env(env)
    , m_poller(poller)
{
}

void TaskWatch::setPollInterval(TaskPoller* poller, qint64 pollIntervalMs)
{
    if (pollIntervalMs <= 0 || !poller)
        return;
    TaskPoller::Schedule s;
    s.firstDelayMs = pollIntervalMs;
    s.minIntervalMs = pollIntervalMs;
    s.maxIntervalMs = pollIntervalMs;
    s.growth = 1.0;
    poller->setSchedule(s);
}

void TaskWatch::wait(const QString& taskId, Callback callback)
{
    m_elapsed.start();
    connect(m_poller, &TaskPoller::taskUpdated, this, [this, taskId](const AudioTask& t) {
        if (t.taskId == taskId)
            show(t);
    });
    connect(m_poller, &TaskPoller::taskDone, this, [this, callback, taskId](const AudioTask& t) {
        if (t.taskId != taskId)
            return;
        clearLine();
        callback(t, {});
    });
    connect(m_poller, &TaskPoller::taskLost, this,
        [this, callback, taskId](const QString& id, const ApiError& e) {
            if (id != taskId)
                return;
            clearLine();
            callback({}, e);
        });
    connect(m_poller, &TaskPoller::pollFailed, this,
        [this, callback, taskId](const QString& id, const ApiError& e) {
            if (id != taskId)
                return;
            if (m_poller->isWatching(taskId)) { // a passing failure: polling goes on
                clearLine();
                m_env->err() << tr("poll failed, will retry: %1").arg(e.toString()) << u'\n';
                m_env->err().flush();
                return;
            }
            clearLine();
            callback({}, e);
        });
}

void TaskWatch::show(const AudioTask& task)
{
    const QString line = u"%1 %2%  %3 s  %4"_s.arg(AudioTask::statusName(task.status), -10)
                             .arg(task.progress, 3)
                             .arg(m_elapsed.elapsed() / 1000.0, 0, 'f', 1)
                             .arg(task.taskId);
    if (m_env->errIsTerminal()) {
        m_env->rewriteErrLine(line);
        m_lineShown = true;
        return;
    }
    // Not a terminal: one line per change of status or progress, nothing in between.
    const QString key = AudioTask::statusName(task.status) + QString::number(task.progress);
    if (key == m_lastLine)
        return;
    m_lastLine = key;
    m_env->err() << PrintableText::escape(line) << u'\n';
    m_env->err().flush();
}

void TaskWatch::clearLine()
{
    if (m_lineShown) {
        m_env->clearErrLine();
        m_lineShown = false;
    }
}
