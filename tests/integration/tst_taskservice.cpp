// TaskService against the emulator: variations through to saved files, polling resumed after a
// restart, and an ambiguous create reconciled to the one task the service made.
#include "core/api/VodClient.h"
#include "core/model/AudioTaskRequest.h"
#include "core/support/SystemClock.h"
#include "core/tasks/HistoryStore.h"
#include "core/tasks/OutputLibrary.h"
#include "core/tasks/TaskRecord.h"
#include "core/tasks/TaskService.h"
#include "emulator/http/EmulatorInfo.h"
#include "emulator/server/EmulatorServer.h"
#include "emulator/storage/TaskStore.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

class TestTaskService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void variationsAreCreatedPolledAndSaved();
    void pollingResumesAfterARestart();
    void ambiguousCreateIsReconciledNotResent();
    void oldUnfinishedTasksExpireOnResume();

private:
    struct Session
    {
        std::unique_ptr<HistoryStore> history;
        std::unique_ptr<OutputLibrary> library;
        std::unique_ptr<VodClient> client;
        std::unique_ptr<TaskService> service;
    };
    std::unique_ptr<Session> openSession();
    static AudioTaskRequest request(const QString& prompt);
    bool waitAllDone(HistoryStore& history, int expected, int timeoutMs = 30000);

    QNetworkAccessManager m_nam;
    std::unique_ptr<EmulatorServer> m_emulator;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestTaskService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    EmulatorConfig c;
    c.taskSeconds = 1.0;
    m_emulator = std::make_unique<EmulatorServer>(c);
    QVERIFY(m_emulator->listen(QHostAddress::LocalHost, 0));
}

void TestTaskService::cleanup()
{
    m_emulator.reset();
    m_dir.reset();
}

std::unique_ptr<TestTaskService::Session> TestTaskService::openSession()
{
    auto s = std::make_unique<Session>();
    s->history = std::make_unique<HistoryStore>(SystemClock::instance());
    QString error;
    if (!s->history->open(m_dir->filePath(u"history.sqlite"_s), &error))
        qFatal("history: %s", qPrintable(error));
    s->library = std::make_unique<OutputLibrary>(
        s->history.get(), &m_nam, SystemClock::instance(), m_dir->filePath(u"library"_s));
    VodClient::Config c;
    c.baseUrl = m_emulator->baseUrl();
    c.credentials
        = { QString::fromLatin1(kEmulatorDemoSecretId), QString::fromLatin1(kEmulatorDemoSecretKey), {} };
    s->client = std::make_unique<VodClient>(&m_nam, SystemClock::instance(), c);
    s->service = std::make_unique<TaskService>(s->history.get(), s->library.get(), SystemClock::instance());
    s->service->setClient(s->client.get(), u"test"_s, m_emulator->baseUrl().toString());
    return s;
}

AudioTaskRequest TestTaskService::request(const QString& prompt)
{
    AudioTaskRequest r;
    r.modelName = u"Kling"_s;
    r.sceneType = u"sfx"_s;
    r.prompt = prompt;
    r.outputConfig.duration = 2;
    r.outputConfig.outputAudioFormat = u"wav"_s;
    return r;
}

bool TestTaskService::waitAllDone(HistoryStore& history, int expected, int timeoutMs)
{
    return QTest::qWaitFor(
        [&] {
            const QList<TaskRecord> all = history.list();
            if (all.size() != expected)
                return false;
            for (const TaskRecord& r : all) {
                if (r.state != TaskRecord::State::Finished
                    || r.downloadState != TaskRecord::DownloadState::Done)
                    return false;
            }
            return true;
        },
        timeoutMs);
}

void TestTaskService::variationsAreCreatedPolledAndSaved()
{
    auto s = openSession();
    const QList<qint64> ids = s->service->submit(request(u"temple bell at dawn"_s), 3);
    QCOMPARE(ids.size(), 3);
    QVERIFY(waitAllDone(*s->history, 3));
    QCOMPARE(m_emulator->taskStore()->size(), 3);
    for (const TaskRecord& r : s->history->list()) {
        QVERIFY(r.taskId.contains(u"-AigcAudioTask-"_s));
        QVERIFY(QFile::exists(r.localPath));
        QVERIFY(QFile::exists(OutputLibrary::sidecarPath(r.localPath)));
        QVERIFY(r.localPath.contains(u"temple-bell-at-dawn"_s));
        QCOMPARE(QFile(r.localPath).size(), 44 + 2 * 2 * 44100 * 2);
    }
}

void TestTaskService::pollingResumesAfterARestart()
{
    m_emulator->setTaskSeconds(3.0);
    {
        auto s = openSession();
        s->service->submit(request(u"engine starting"_s), 2);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return s->history->unfinished().size() == 2 && !s->history->list().first().taskId.isEmpty()
                    && !s->history->list().last().taskId.isEmpty();
            },
            10000));
        // The app quits here: nothing polls, nothing downloads.
    }
    auto s = openSession();
    QCOMPARE(s->history->unfinished().size(), 2);
    s->service->resume();
    QVERIFY(waitAllDone(*s->history, 2));
    QCOMPARE(m_emulator->taskStore()->size(), 2);
}

void TestTaskService::ambiguousCreateIsReconciledNotResent()
{
    FaultConfig f;
    f.actions = { u"CreateAigcAudioTask"_s };
    f.stage = FaultConfig::Stage::After; // the task is made, its answer is lost
    f.dropRate = 1.0;
    f.limit = 1;
    m_emulator->setFaults(f);
    auto s = openSession();
    QSignalSpy failed(s->service.get(), &TaskService::submitFailed);
    const QList<qint64> ids = s->service->submit(request(u"crackling fire"_s), 1);
    QVERIFY(QTest::qWaitFor([&] { return failed.count() == 1; }, 10000));
    // Reconciliation finds the task by its echoed input and follows it to the end.
    QVERIFY(waitAllDone(*s->history, 1));
    QCOMPARE(m_emulator->taskStore()->size(), 1); // never sent twice
    const auto rec = s->history->record(ids.first());
    QVERIFY(rec);
    QCOMPARE(rec->taskId, m_emulator->taskStore()->tasks().first().taskId);
}

void TestTaskService::oldUnfinishedTasksExpireOnResume()
{
    auto s = openSession();
    TaskRecord old;
    old.taskId = u"251441341-AigcAudioTask-0000000000000000000000000000000at"_s;
    old.profileName = u"test"_s;
    old.prompt = u"old"_s;
    old.state = TaskRecord::State::Processing;
    old.submittedAt = QDateTime::currentDateTimeUtc().addDays(-4);
    old.createTime = old.submittedAt;
    QVERIFY(s->history->insertRecord(old) > 0);
    s->service->resume();
    QCOMPARE(s->history->byTaskId(old.taskId)->state, TaskRecord::State::Expired);
}

QTEST_GUILESS_MAIN(TestTaskService)
#include "tst_taskservice.moc"
