#pragma once

#include "core/api/ApiError.h"
#include "core/model/AudioTaskRequest.h"
#include "core/uploads/PendingUpload.h"

#include <QObject>
#include <QPointer>
#include <QSet>

class Clock;
class DescribeTasksRequest;
class HistoryStore;
class OutputLibrary;
class OutputLocator;
class VodJob;
class TaskPoller;
class UploadQueue;
class VodClient;
class TaskRecord;

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

    // Only the submissions made through this service are sent once their uploads are done (the CLI
    // beside a running app: never the app's waiting rows).
    void setOnlyOwnSubmissions(bool only) { m_onlyOwn = only; }

    // Where the uploads of local reference files run (owned by the caller); needed by submissions
    // with pending uploads.
    void setUploadQueue(UploadQueue* uploads);

    // Records `variations` submissions and sends them; returns their history row ids. With pending
    // uploads the rows wait (AwaitingUploads) and are sent once every one of them has its FileId;
    // when one fails or is cancelled nothing is sent and the rows become SubmitFailed naming the file.
    QList<qint64> submit(
        const AudioTaskRequest& request, int variations = 1, const PendingUploads& pending = {});
    // Gives up a submission that waits for uploads (nothing was sent).
    bool cancelAwaiting(qint64 id);
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
    // Starts the Create that job holds for row id and records what comes of it.
    void send(qint64 id, VodJob* job);
    // Sends the AwaitingUploads rows whose uploads are all done, fails those with a failed upload.
    void checkAwaiting();
    // A successful task's output into the library: a Permanent output (FileId) gets its URL from
    // DescribeMediaInfos first (OutputLocator).
    void fetchOutput(const TaskRecord& record);
    void watch(const TaskRecord& record);
    // One page of DescribeTasks for reconcile(id); the next page follows its ScrollToken.
    void reconcilePage(qint64 id, const DescribeTasksRequest& request, QStringList candidates);
    void onReconcileCandidates(qint64 id, QStringList candidates);

    QPointer<HistoryStore> m_history;
    QPointer<OutputLibrary> m_library;
    Clock* m_clock;
    QPointer<VodClient> m_client;
    TaskPoller* m_poller = nullptr;
    QString m_profileName;
    QString m_endpoint;
    QSet<qint64> m_reconciling;
    QSet<qint64> m_own; // rows submitted through this service
    bool m_onlyOwn = false;
    QPointer<UploadQueue> m_uploads;
    OutputLocator* m_locator = nullptr;
};
