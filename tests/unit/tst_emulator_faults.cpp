// Fault injection (API errors, dropped connections, truncated bodies, HTTP errors, latency), per action
// and seeded, before or after the action ran; the ambiguous Create; and the executable itself.
#include "EmulatorTestSupport.h"
#include "TestPaths.h"
#include "core/model/AudioTask.h"
#include "emulator/server/EmulatorCommandLine.h"
#include "emulator/server/FaultInjector.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace EmulatorTest;

class TestEmulatorFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void apiErrorFaults();
    void faultsPerAction();
    void dropClosesWithoutAnswer();
    void truncateSendsPartOfTheBody();
    void httpErrorStatus();
    void latencyAndSpikes();
    void faultsOnFileDownloads();
    void seedMakesFaultsRepeatable();
    void createAcceptedThenAnswerLost();
    void clientRetriesReadsAfterInternalError();
    void droppedCreateAfterAcceptance();
    void commandLineParsesEveryFlag();
    void executableListensAndServes();

private:
    HttpResult api(const QString& action, const QJsonObject& params = {});

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<EmulatorServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void TestEmulatorFaults::init()
{
    m_clock = std::make_unique<ManualClock>(1'750'000'000'000LL);
    EmulatorConfig config;
    config.taskSeconds = 2;
    m_server = std::make_unique<EmulatorServer>(config, m_clock.get());
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void TestEmulatorFaults::cleanup()
{
    m_nam.reset();
    m_server.reset();
    m_clock.reset();
}

HttpResult TestEmulatorFaults::api(const QString& action, const QJsonObject& params)
{
    const QByteArray body = QJsonDocument(params).toJson(QJsonDocument::Compact);
    return postSigned(*m_nam, m_server->baseUrl(), signInput(*m_server, m_clock->nowSecs(), action, body));
}

void TestEmulatorFaults::apiErrorFaults()
{
    FaultConfig f;
    f.faultRate = 1.0;
    f.faultCodes = { u"RequestLimitExceeded"_s };
    f.limit = 2;
    m_server->setFaults(f);
    HttpResult r = api(u"DescribeTasks"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.errorCode(), u"RequestLimitExceeded"_s);
    QVERIFY(!r.response().value("RequestId"_L1).toString().isEmpty());
    QCOMPARE(
        api(u"CreateAigcAudioTask"_s, { { "Prompt"_L1, u"x"_s } }).errorCode(), u"RequestLimitExceeded"_s);
    QCOMPARE(m_server->taskStore()->size(), 0); // "before": nothing was created
    QCOMPARE(api(u"DescribeTasks"_s).errorCode(), QString()); // the limit of 2 faults is spent
    QCOMPARE(m_server->faultsInjected(), 2);

    // Authentication still comes first: a wrong key is a SignatureFailure, not a fault.
    f.limit = 0;
    m_server->setFaults(f);
    Tc3Signer::Input in = signInput(*m_server, m_clock->nowSecs(), u"DescribeTasks"_s, "{}");
    in.secretKey = u"wrong"_s;
    QCOMPARE(postSigned(*m_nam, m_server->baseUrl(), in).errorCode(), u"AuthFailure.SignatureFailure"_s);
}

void TestEmulatorFaults::faultsPerAction()
{
    FaultConfig f;
    f.faultRate = 1.0;
    f.faultCodes = { u"InternalError"_s };
    f.actions = { u"CreateAigcAudioTask"_s };
    m_server->setFaults(f);
    QCOMPARE(api(u"CreateAigcAudioTask"_s, { { "Prompt"_L1, u"x"_s } }).errorCode(), u"InternalError"_s);
    QCOMPARE(api(u"DescribeTasks"_s).errorCode(), QString());
}

void TestEmulatorFaults::dropClosesWithoutAnswer()
{
    FaultConfig f;
    f.dropRate = 1.0;
    m_server->setFaults(f);
    QSignalSpy handled(m_server.get(), &EmulatorServer::requestHandled);
    const HttpResult r = api(u"DescribeTasks"_s);
    QCOMPARE(r.status, 0);
    QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);
    QVERIFY(r.body.isEmpty());
    QVERIFY(handled.count() >= 1); // QNetworkAccessManager itself resends a request the server closed on
    QCOMPARE(handled.first().at(1).toString(), u"fault:drop"_s);
}

void TestEmulatorFaults::truncateSendsPartOfTheBody()
{
    FaultConfig f;
    f.truncateRate = 1.0;
    m_server->setFaults(f);
    const HttpResult r = api(u"DescribeTasks"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(r.contentLength > 0);
    QVERIFY(r.body.size() < r.contentLength);
    QVERIFY(r.error != QNetworkReply::NoError);
}

void TestEmulatorFaults::httpErrorStatus()
{
    FaultConfig f;
    f.httpErrorRate = 1.0;
    f.httpErrorStatuses = { 502 };
    m_server->setFaults(f);
    const HttpResult r = api(u"DescribeTasks"_s);
    QCOMPARE(r.status, 502);
    QVERIFY(r.header("Content-Type").startsWith("text/html"));
    QVERIFY(r.body.contains("502 Bad Gateway"));
}

void TestEmulatorFaults::latencyAndSpikes()
{
    FaultConfig f;
    f.latencyMs = 150;
    f.latencySpikeRate = 1.0;
    f.latencySpikeMs = 100;
    m_server->setFaults(f);
    const HttpResult r = api(u"DescribeTasks"_s);
    QCOMPARE(r.errorCode(), QString());
    QVERIFY2(r.elapsedMs >= 240, qPrintable(QString::number(r.elapsedMs)));
}

void TestEmulatorFaults::faultsOnFileDownloads()
{
    const QString id = api(u"CreateAigcAudioTask"_s,
        { { "Prompt"_L1, u"x"_s },
            { "OutputConfig"_L1,
                QJsonObject { { "OutputAudioFormat"_L1, u"wav"_s }, { "Duration"_L1, 1 } } } })
                           .response()
                           .value("TaskId"_L1)
                           .toString();
    m_clock->advance(2000);
    const QUrl url = m_server->baseUrl().resolved(QUrl(u"/files/"_s + id + u"/output.wav"_s));
    FaultConfig f;
    f.truncateRate = 1.0;
    m_server->setFaults(f); // API actions only: downloads are fine
    QCOMPARE(get(*m_nam, url).status, 200);
    f.actions = { u"File"_s };
    m_server->setFaults(f);
    const HttpResult r = get(*m_nam, url);
    QVERIFY(r.body.size() < r.contentLength);
    // The cut is within the file's own bytes (a resumed download must not keep foreign ones).
    QVERIFY(r.body.size() > 0);
    // Whether Qt also reports the early close as an error depends on when it notices it (the answer
    // says "Connection: close"); DownloadJob compares the bytes with Content-Length either way.
}

void TestEmulatorFaults::seedMakesFaultsRepeatable()
{
    FaultConfig f;
    f.seed = 1234;
    f.dropRate = 0.3;
    f.faultRate = 0.3;
    f.faultCodes = { u"InternalError"_s, u"ServiceUnavailable"_s };
    FaultInjector a(f), b(f);
    QStringList sa, sb;
    for (int i = 0; i < 50; ++i) {
        const auto da = a.decide(u"DescribeTasks"_s);
        const auto db = b.decide(u"DescribeTasks"_s);
        sa.append(FaultInjector::kindName(da.kind) + da.apiCode);
        sb.append(FaultInjector::kindName(db.kind) + db.apiCode);
    }
    QCOMPARE(sa, sb);
    QVERIFY(sa.contains(u"drop"_s));
    QVERIFY(sa.contains(u"none"_s));
    f.seed = 99;
    FaultInjector c(f);
    QStringList sc;
    for (int i = 0; i < 50; ++i) {
        const auto d = c.decide(u"DescribeTasks"_s);
        sc.append(FaultInjector::kindName(d.kind) + d.apiCode);
    }
    QVERIFY(sc != sa);
}

void TestEmulatorFaults::createAcceptedThenAnswerLost()
{
    FaultConfig f;
    f.stage = FaultConfig::Stage::After;
    f.truncateRate = 1.0;
    f.actions = { u"CreateAigcAudioTask"_s };
    f.limit = 1;
    m_server->setFaults(f);
    auto client = makeClient(m_nam.get(), m_clock.get(), m_server->baseUrl());
    AudioTaskRequest req;
    req.prompt = u"ambiguous thunder"_s;
    VodJob* job = client->createAigcAudioTask(req);
    QVERIFY(run(job, *m_clock));
    QCOMPARE(job->error().kind(), ApiError::Kind::OutcomeUnknown);
    delete job;
    QCOMPARE(m_server->taskStore()->size(), 1); // the task exists although the client never heard of it
    // The client reconciles with DescribeTasks.
    const HttpResult r = api(u"DescribeTasks"_s);
    QCOMPARE(r.response().value("TaskSet"_L1).toArray().size(), 1);
    QCOMPARE(r.response().value("TaskSet"_L1).toArray().at(0).toObject().value("TaskId"_L1).toString(),
        m_server->taskStore()->tasks().first().taskId);

    // An API error after the action ran: also ambiguous (InternalError on a Create).
    f.truncateRate = 0;
    f.faultRate = 1.0;
    f.faultCodes = { u"InternalError"_s };
    m_server->setFaults(f);
    const HttpResult e = api(u"CreateAigcAudioTask"_s, { { "Prompt"_L1, u"second"_s } });
    QCOMPARE(e.errorCode(), u"InternalError"_s);
    QCOMPARE(m_server->taskStore()->size(), 2);
}

void TestEmulatorFaults::clientRetriesReadsAfterInternalError()
{
    FaultConfig f;
    f.faultRate = 1.0;
    f.faultCodes = { u"InternalError"_s };
    f.limit = 1;
    m_server->setFaults(f);
    auto client = makeClient(m_nam.get(), m_clock.get(), m_server->baseUrl());
    VodJob* job = client->describeTasks({});
    QVERIFY(run(job, *m_clock));
    QVERIFY2(job->error().isOk(), qPrintable(job->error().toString()));
    QCOMPARE(job->attempts(), 2);
    delete job;
}

void TestEmulatorFaults::droppedCreateAfterAcceptance()
{
    FaultConfig f;
    f.stage = FaultConfig::Stage::After;
    f.dropRate = 1.0;
    f.actions = { u"CreateAigcAudioTask"_s };
    m_server->setFaults(f);
    QSignalSpy handled(m_server.get(), &EmulatorServer::requestHandled);
    auto client = makeClient(m_nam.get(), m_clock.get(), m_server->baseUrl());
    AudioTaskRequest req;
    req.prompt = u"dropped thunder"_s;
    VodJob* job = client->createAigcAudioTask(req);
    QVERIFY(run(job, *m_clock));
    QCOMPARE(job->error().kind(), ApiError::Kind::OutcomeUnknown);
    delete job;
    // Every request that reached the emulator created a task, and its answer was dropped. VodJob sends
    // once; QNetworkAccessManager may resend on its own when the server closes before answering.
    QCOMPARE(m_server->taskStore()->size(), handled.count());
    qInfo(
        "Create requests received for one VodJob whose answer was dropped: %lld", qlonglong(handled.count()));
}

void TestEmulatorFaults::commandLineParsesEveryFlag()
{
    EmulatorCommandLine cli;
    QString error;
    QVERIFY2(
        cli.parse(
            { u"aigc-vod-emulator"_s, u"--listen"_s, u"0.0.0.0:0"_s, u"--secret-id"_s, u"A1"_s,
                u"--secret-key"_s, u"K1"_s, u"--secret-id"_s, u"A2"_s, u"--secret-key"_s, u"K2"_s,
                u"--token"_s, u"T"_s, u"--task-seconds"_s, u"0.5"_s, u"--data-dir"_s, u"/tmp/x"_s,
                u"--blocked-word"_s, u"foo"_s, u"--blocked-word"_s, u"bar"_s, u"--fault-rate"_s, u"0.25"_s,
                u"--fault-codes"_s, u"InternalError,RequestLimitExceeded"_s, u"--drop-rate"_s, u"0.1"_s,
                u"--truncate-rate"_s, u"0.2"_s, u"--http-error-rate"_s, u"0.3"_s, u"--http-error-codes"_s,
                u"503"_s, u"--latency-ms"_s, u"5"_s, u"--latency-spike-ms"_s, u"50"_s,
                u"--latency-spike-rate"_s, u"0.5"_s, u"--fault-actions"_s, u"CreateAigcAudioTask,File"_s,
                u"--fault-stage"_s, u"after"_s, u"--fault-seed"_s, u"7"_s, u"--fault-limit"_s, u"3"_s,
                u"--clock-offset"_s, u"-400"_s, u"--create-limit"_s, u"5"_s, u"--read-limit"_s, u"0"_s,
                u"--sub-app-id"_s, u"1500000001"_s, u"--account-id"_s, u"42"_s, u"--log"_s },
            &error),
        qPrintable(error));
    QCOMPARE(cli.address, QHostAddress(QHostAddress::AnyIPv4));
    QCOMPARE(cli.port, quint16(0));
    QCOMPARE(cli.config.credentials.size(), 2);
    QCOMPARE(cli.config.secretKeyFor(u"A2"_s), u"K2"_s);
    QCOMPARE(cli.config.token, u"T"_s);
    QCOMPARE(cli.config.taskSeconds, 0.5);
    QCOMPARE(cli.config.dataDir, u"/tmp/x"_s);
    QCOMPARE(cli.config.blockedWords, (QStringList { u"foo"_s, u"bar"_s }));
    QCOMPARE(cli.config.faults.faultRate, 0.25);
    QCOMPARE(cli.config.faults.faultCodes.size(), 2);
    QCOMPARE(cli.config.faults.dropRate, 0.1);
    QCOMPARE(cli.config.faults.truncateRate, 0.2);
    QCOMPARE(cli.config.faults.httpErrorRate, 0.3);
    QCOMPARE(cli.config.faults.httpErrorStatuses, QList<int> { 503 });
    QCOMPARE(cli.config.faults.latencyMs, 5);
    QCOMPARE(cli.config.faults.latencySpikeMs, 50);
    QCOMPARE(cli.config.faults.latencySpikeRate, 0.5);
    QCOMPARE(cli.config.faults.actions, (QStringList { u"CreateAigcAudioTask"_s, u"File"_s }));
    QCOMPARE(cli.config.faults.stage, FaultConfig::Stage::After);
    QCOMPARE(cli.config.faults.seed, quint64(7));
    QCOMPARE(cli.config.faults.limit, 3);
    QCOMPARE(cli.config.clockOffsetSeconds, -400);
    QCOMPARE(cli.config.createPerSecond, 5);
    QCOMPARE(cli.config.readPerSecond, 0);
    QCOMPARE(cli.config.subAppIds, QList<quint64> { 1500000001 });
    QCOMPARE(cli.config.accountId, quint64(42));
    QVERIFY(cli.config.log);

    EmulatorCommandLine bad;
    QVERIFY(!bad.parse({ u"x"_s, u"--secret-id"_s, u"A"_s }, &error));
    QVERIFY(!bad.parse({ u"x"_s, u"--drop-rate"_s, u"2"_s }, &error));
    QVERIFY(!bad.parse({ u"x"_s, u"--listen"_s, u"nohost"_s }, &error));
    QVERIFY(!bad.parse({ u"x"_s, u"--fault-stage"_s, u"during"_s }, &error));

    const QString help = EmulatorCommandLine::helpText();
    for (const char* flag : { "--listen", "--secret-id", "--secret-key", "--token", "--task-seconds",
             "--data-dir", "--blocked-word", "--fault-rate", "--fault-codes", "--drop-rate",
             "--truncate-rate", "--http-error-rate", "--latency-ms", "--latency-spike-ms", "--fault-actions",
             "--fault-stage", "--fault-seed", "--fault-limit", "--clock-offset", "--log", "--help" })
        QVERIFY2(help.contains(QLatin1StringView(flag)), flag);
}

void TestEmulatorFaults::executableListensAndServes()
{
    const QString exe = TestPaths::binary(u"aigc-vod-emulator"_s);
    if (!QFile::exists(exe))
        QSKIP("aigc-vod-emulator is not built in this build tree");
    QProcess p;
    p.start(exe,
        { u"--listen"_s, u"127.0.0.1:0"_s, u"--log"_s, u"--secret-id"_s,
            u"AKIDPROCESSTEST000000000000000000"_s, u"--secret-key"_s,
            u"ProcessTestKey0000000000000000000"_s });
    QVERIFY(p.waitForStarted(5000));
    QVERIFY(p.waitForReadyRead(10000));
    const QString first = QString::fromUtf8(p.readLine()).trimmed();
    static const QRegularExpression re(u"^listening on http://127\\.0\\.0\\.1:(\\d+)$"_s);
    const QRegularExpressionMatch m = re.match(first);
    QVERIFY2(m.hasMatch(), qPrintable(first));
    const quint16 port = static_cast<quint16>(m.captured(1).toUInt());
    QVERIFY(port > 0);

    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port);
    url.setPath(u"/"_s);
    Tc3Signer::Input in;
    in.secretId = u"AKIDPROCESSTEST000000000000000000"_s;
    in.secretKey = u"ProcessTestKey0000000000000000000"_s;
    in.host = u"127.0.0.1:"_s + QString::number(port);
    in.action = u"DescribeTasks"_s;
    in.timestamp = QDateTime::currentSecsSinceEpoch();
    in.payload = "{}";
    HttpResult r = postSigned(*m_nam, url, in);
    QVERIFY2(r.errorCode().isEmpty(), r.body.constData());
    // The demo credentials were replaced.
    in.secretId = kId;
    in.secretKey = kKey;
    r = postSigned(*m_nam, url, in);
    QCOMPARE(r.errorCode(), u"AuthFailure.SecretIdNotFound"_s);

    QString log;
    QTRY_VERIFY_WITH_TIMEOUT(
        (log += QString::fromUtf8(p.readAllStandardError())).contains("SecretIdNotFound"_L1), 5000);
    p.terminate();
    QVERIFY(p.waitForFinished(5000));
    // One line per request, SecretId masked, never a key.
    QVERIFY2(log.contains("DescribeTasks AKID****0000 OK"_L1), qPrintable(log));
    QVERIFY(!log.contains("ProcessTestKey"_L1));
    QVERIFY(!log.contains("AKIDPROCESSTEST"_L1));
}

QTEST_GUILESS_MAIN(TestEmulatorFaults)
#include "tst_emulator_faults.moc"
