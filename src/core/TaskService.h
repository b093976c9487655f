#pragma once

#include "ApiError.h"
#include "AudioTaskRequest.h"

#include <QObject>
#include <QPointer>
#include <QSet>

class Clock;
class HistoryStore;
class OutputLibrary;
class TaskPoller;
class VodClient;
struct TaskRecord;

// The life of every task, shared by the app (and any long-running client): records each submission
// before it is sent, sends it, polls it, downloads its output, and picks all of that up again after a
// restart. An ambiguous create ("outcome unknown") is never re-sent; it is reconciled with
// DescribeTasks instead.
class TaskService : public QObject
{
    Q_OBJECT

public:
    TaskService(HistoryStore* history, OutputLibrary* library, Clock* clock, QObject* parent = nullptr);
    ~TaskService() override;

    // The client of the active profile (owned by the caller); polling restarts with it.
    void setClient(VodClient* client, const QString& profileName, const QString& endpoint);
    VodClient* client() const { return m_client; }
    TaskPoller* poller() const { return m_poller; }

    // Records `variations` submissions and sends them; returns their history row ids.
    QList<qint64> submit(const AudioTaskRequest& request, int variations = 1);
    // Sends the recorded request of row `id` again as a new task.
    qint64 retry(qint64 id);
    // ManageTask Abort (WAITING tasks only); the result comes as aborted()/actionFailed().
    void abort(qint64 id);
    // After a start: expire old rows, poll unfinished ones, reconcile ambiguous creates, resume downloads.
    void resume();
    // Looks for the task an ambiguous create may have made (DescribeTasks around its time).
    void reconcile(qint64 id);
    // Polls now (the task list's "refresh").
    void refresh(qint64 id);

signals:
    void submitted(qint64 id, const QString& taskId);
    void submitFailed(qint64 id, const ApiError& error);
    void taskFinished(qint64 id, bool success);
    void aborted(qint64 id);
    void actionFailed(qint64 id, const QString& action, const ApiError& error);
    // A sentence for the status bar.
    void notice(const QString& text);

private:
    void send(qint64 id, const QByteArray& requestJson);
    void watch(const TaskRecord& record);
    void onReconcileCandidates(qint64 id, QStringList candidates);

    QPointer<HistoryStore> m_history;
    QPointer<OutputLibrary> m_library;
    Clock* m_clock;
    QPointer<VodClient> m_client;
    TaskPoller* m_poller = nullptr;
    QString m_profileName;
    QString m_endpoint;
    QSet<qint64> m_reconciling;
};
