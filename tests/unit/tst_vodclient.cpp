// VodClient against a scripted loopback server with a manual clock: headers, signing, clock-skew
// correction, backoff, the rate limiter, and the rule that an ambiguous Create is sent exactly once.
#include "ScriptedHttpServer.h"
#include "TestPaths.h"
#include "core/api/VodClient.h"
#include "core/api/VodJob.h"
#include "core/model/AudioTaskRequest.h"
#include "core/signing/Tc3Signer.h"
#include "core/support/ManualClock.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
const auto kId = u"AKIDTESTCLIENT000000000000000000"_s;
const auto kKey = u"TestClientSecretKey0000000000000"_s;
const QByteArray kCreated
    = "\"TaskId\":\"1-AigcAudioTask-0123456789abcdef0123456789abcdeft\",\"RequestId\":\"req-1\"";
} // namespace

// A DescribeTaskDetail answer for the task "t" (an answer about another task is an error).
static const QByteArray kDetailOfT
    = R"("TaskType":"AigcAudioTask","Status":"WAITING","AigcAudioTask":{"TaskId":"t","Status":"WAITING"},)"
      R"("RequestId":"d")";

class TestVodClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void sendsExactlyTheSpecHeaders();
    void optionalHeadersOnlyWhenSet();
    void subAppIdOnEveryCall();
    void measuresClockOffsetFromDate();
    void signatureExpireResignsOnceWithServerTime();
    void signatureExpireTwiceIsAClockError();
    void rateLimitBacksOffOneTwoFour();
    void rateLimitedCreateIsRetried();
    void readsRetryTransientFailures();
    void createIsNeverResentAfterDrop();
    void createIsNeverResentAfterTimeout();
    void createIsNeverResentAfterTruncatedAnswer();
    void createNotRetriedOnInternalError();
    void unsentCreateIsRetried();
    void transportErrorsAreDistinct_data();
    void transportErrorsAreDistinct();
    void apiErrorsKeepCodeMessageRequestId();
    void timeoutIsItsOwnKind();
    void clientRateLimitIsSharedByAllJobs();
    void cancelStopsAJob();
    void invalidRequestIsNeverSent();
    void missingCredentialsAreNeverSent();
    void tlsCertificateErrorIsRefused();
    void answerOverTheCapIsNeverRead_data();
    void answerOverTheCapIsNeverRead();
    void successWithoutItsContentIsAnError_data();
    void successWithoutItsContentIsAnError();

private:
    VodClient* makeClient(std::function<void(VodClient::Config&)> tweak = {});
    VodJob* run(VodJob* job);
    // Moves the clock through every backoff the job schedules until it finishes; returns the retries.
    int driveRetries(VodJob* job);
    // Moves the clock in small steps (pacing, re-signing) until the job finishes.
    bool stepUntilFinished(VodJob* job, qint64 maxMs = 5000);
    static AudioTaskRequest sampleRequest();

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<VodClient> m_client;
};

void TestVodClient::init()
{
    m_clock = std::make_unique<ManualClock>(QDateTime::currentMSecsSinceEpoch());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<ScriptedHttpServer>();
    QVERIFY(m_server->listen());
}

void TestVodClient::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_nam.reset();
    m_clock.reset();
}

VodClient* TestVodClient::makeClient(std::function<void(VodClient::Config&)> tweak)
{
    VodClient::Config c;
    c.baseUrl = QUrl(m_server->baseUrl());
    c.credentials = { kId, kKey, {} };
    c.retry.jitter = false;
    if (tweak)
        tweak(c);
    m_client = std::make_unique<VodClient>(m_nam.get(), m_clock.get(), c);
    return m_client.get();
}

VodJob* TestVodClient::run(VodJob* job)
{
    job->setAutoDelete(false);
    job->start();
    return job;
}

int TestVodClient::driveRetries(VodJob* job)
{
    QSignalSpy retries(job, &VodJob::retrying);
    int handled = 0;
    while (!job->isFinished()) {
        if (!QTest::qWaitFor([&] { return job->isFinished() || retries.count() > handled; }, 10000))
            return -1;
        if (retries.count() > handled) {
            m_clock->advance(retries.at(handled).at(2).toLongLong());
            ++handled;
        }
    }
    return handled;
}

bool TestVodClient::stepUntilFinished(VodJob* job, qint64 maxMs)
{
    for (qint64 t = 0; t <= maxMs; t += 10) {
        if (QTest::qWaitFor([job] { return job->isFinished(); }, 20))
            return true;
        m_clock->advance(10);
    }
    return job->isFinished();
}

AudioTaskRequest TestVodClient::sampleRequest()
{
    AudioTaskRequest r;
    r.modelName = u"Kling"_s;
    r.sceneType = u"sfx"_s;
    r.prompt = u"Fireworks during Spring Festival celebrations"_s;
    r.outputConfig.storageMode = u"Temporary"_s;
    r.outputConfig.duration = 6;
    return r;
}

void TestVodClient::sendsExactlyTheSpecHeaders()
{
    auto* client = makeClient();
    m_server->enqueueJson(kCreated);
    VodJob* job = run(client->createAigcAudioTask(sampleRequest()));
    QTRY_VERIFY(job->isFinished());
    QVERIFY2(job->error().isOk(), qPrintable(job->error().toString()));
    QCOMPARE(job->createdTaskId(), u"1-AigcAudioTask-0123456789abcdef0123456789abcdeft"_s);

    QCOMPARE(m_server->requestCount(), 1);
    const auto& req = m_server->requests().first();
    QCOMPARE(req.method, QByteArray("POST"));
    QCOMPARE(req.path, QByteArray("/"));
    QCOMPARE(req.header("content-type"), QByteArray("application/json"));
    QCOMPARE(req.header("host"), "127.0.0.1:" + QByteArray::number(m_server->port()));
    QCOMPARE(req.header("x-tc-action"), QByteArray("CreateAigcAudioTask"));
    QCOMPARE(req.header("x-tc-version"), QByteArray("2018-07-17"));
    QCOMPARE(req.header("x-tc-timestamp"), QByteArray::number(m_clock->nowSecs()));
    const QByteArray clientName = req.header("x-tc-requestclient");
    QVERIFY(QRegularExpression(u"^[0-9a-zA-Z\\-_ ,;.]{1,128}$"_s)
                .match(QString::fromLatin1(clientName))
                .hasMatch());
    QVERIFY(!req.headers.contains("x-tc-region"));
    QVERIFY(!req.headers.contains("x-tc-token"));
    QVERIFY(!req.headers.contains("x-tc-language"));
    // The body that was hashed is the body that arrived: recompute the signature from what was received.
    QCOMPARE(req.body, sampleRequest().toJsonBytes());
    Tc3Signer::Input in;
    in.secretId = kId;
    in.secretKey = kKey;
    in.host = QString::fromLatin1(req.header("host"));
    in.action = u"CreateAigcAudioTask"_s;
    in.timestamp = req.header("x-tc-timestamp").toLongLong();
    in.payload = req.body;
    in.contentType = req.header("content-type");
    QCOMPARE(req.header("authorization"), Tc3Signer::sign(in).authorization);
    QVERIFY(req.header("authorization").contains(QByteArray("Credential=" + kId.toUtf8() + "/")));
}

void TestVodClient::optionalHeadersOnlyWhenSet()
{
    auto* client = makeClient([](VodClient::Config& c) {
        c.region = u"ap-singapore"_s;
        c.language = u"en-US"_s;
        c.credentials.token = u"sts-token-value"_s;
    });
    VodJob* job = run(client->describeTaskDetail(u"t-1"_s));
    QTRY_VERIFY(job->isFinished());
    const auto& req = m_server->requests().first();
    QCOMPARE(req.header("x-tc-region"), QByteArray("ap-singapore"));
    QCOMPARE(req.header("x-tc-language"), QByteArray("en-US"));
    QCOMPARE(req.header("x-tc-token"), QByteArray("sts-token-value"));
    // The inspector's copy of the exchange never holds the token.
    for (const auto& h : job->lastExchange().requestHeaders)
        QVERIFY(!h.second.contains("sts-token-value"));
}

void TestVodClient::subAppIdOnEveryCall()
{
    auto* client = makeClient([](VodClient::Config& c) { c.subAppId = 1500012345ULL; });
    m_server->enqueueJson(kCreated);
    VodJob* a = run(client->createAigcAudioTask(sampleRequest()));
    VodJob* b = run(client->describeTaskDetail(u"t-1"_s));
    QTRY_VERIFY(a->isFinished() && b->isFinished());
    for (const auto& req : m_server->requests())
        QCOMPARE(QJsonDocument::fromJson(req.body).object().value("SubAppId"_L1).toInteger(), 1500012345LL);
}

void TestVodClient::measuresClockOffsetFromDate()
{
    auto* client = makeClient();
    m_server->setDateOffsetSecs(-3600);
    VodJob* job = run(client->describeTaskDetail(u"t"_s));
    QTRY_VERIFY(job->isFinished());
    QVERIFY(client->hasMeasuredClock());
    QVERIFY2(qAbs(client->serverClockOffsetMs() + 3600'000) < 3000,
        qPrintable(QString::number(client->serverClockOffsetMs())));
}

void TestVodClient::signatureExpireResignsOnceWithServerTime()
{
    auto* client = makeClient();
    m_server->setDateOffsetSecs(600); // the server is ten minutes ahead
    m_server->enqueueApiError(u"AuthFailure.SignatureExpire"_s, u"Signature expired"_s);
    m_server->enqueueJson(kCreated);
    VodJob* job = run(client->createAigcAudioTask(sampleRequest()));
    QVERIFY(stepUntilFinished(job));
    QVERIFY2(job->error().isOk(), qPrintable(job->error().toString()));
    QCOMPARE(m_server->requestCount(), 2);
    const qint64 first = m_server->requests().at(0).header("x-tc-timestamp").toLongLong();
    const qint64 second = m_server->requests().at(1).header("x-tc-timestamp").toLongLong();
    QVERIFY2(qAbs(second - first - 600) <= 3, qPrintable(u"%1 -> %2"_s.arg(first).arg(second)));
}

void TestVodClient::signatureExpireTwiceIsAClockError()
{
    auto* client = makeClient();
    m_server->enqueueApiError(u"AuthFailure.SignatureExpire"_s);
    m_server->enqueueApiError(u"AuthFailure.SignatureExpire"_s);
    VodJob* job = run(client->describeTaskDetail(u"t"_s));
    QVERIFY(stepUntilFinished(job));
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(job->error().category(), ApiError::Category::Clock);
    QVERIFY(job->error().advice().contains(u"clock"_s));
}

void TestVodClient::rateLimitBacksOffOneTwoFour()
{
    auto* client = makeClient();
    m_server->enqueueApiError(u"RequestLimitExceeded"_s);
    m_server->enqueueApiError(u"RequestLimitExceeded.UinLimitExceeded"_s);
    m_server->enqueueApiError(u"RequestLimitExceeded"_s);
    m_server->enqueueJson(kDetailOfT);
    VodJob* job = run(client->describeTaskDetail(u"t"_s));
    QTRY_COMPARE(m_server->requestCount(), 1);
    QTRY_COMPARE(m_clock->pendingCalls() > 0, true);
    for (const qint64 delay : { 1000, 2000, 4000 }) {
        const int before = m_server->requestCount();
        QTRY_VERIFY(m_clock->nextDueIn() >= 0);
        QCOMPARE(m_clock->nextDueIn(), delay);
        m_clock->advance(delay - 1);
        QTest::qWait(20);
        QCOMPARE(m_server->requestCount(), before); // not a millisecond early
        m_clock->advance(1);
        QTRY_COMPARE(m_server->requestCount(), before + 1);
    }
    QTRY_VERIFY(job->isFinished());
    QVERIFY(job->error().isOk());
    QCOMPARE(job->attempts(), 4);
}

void TestVodClient::rateLimitedCreateIsRetried()
{
    auto* client = makeClient();
    m_server->enqueueApiError(u"RequestLimitExceeded"_s);
    m_server->enqueueJson(kCreated);
    VodJob* job = run(client->createAigcAudioTask(sampleRequest()));
    QTRY_COMPARE(m_server->requestCount(), 1);
    QTRY_VERIFY(m_clock->nextDueIn() > 0);
    m_clock->advance(1000);
    QTRY_VERIFY(job->isFinished());
    QVERIFY(job->error().isOk());
    QCOMPARE(m_server->requestCount(), 2);
}

void TestVodClient::readsRetryTransientFailures()
{
    auto* client = makeClient();
    m_server->enqueueApiError(u"InternalError"_s);
    m_server->enqueueDrop();
    m_server->enqueue({ ScriptedHttpServer::Step::Kind::Reply, 502, {}, "<html>Bad Gateway</html>", -1 });
    m_server->enqueueTruncated("{\"Response\":{\"TaskType\":\"AigcAudioTask\",\"RequestId\":\"x\"}}", 20);
    m_server->enqueueJson(kDetailOfT);
    VodJob* job = run(client->describeTaskDetail(u"t"_s));
    QVERIFY(driveRetries(job) >= 3); // Qt itself re-sends a read once after a dropped connection
    QTRY_VERIFY(job->isFinished());
    QVERIFY2(job->error().isOk(), qPrintable(job->error().toString()));
    QCOMPARE(m_server->requestCount(), 5);
}

void TestVodClient::createIsNeverResentAfterDrop()
{
    auto* client = makeClient();
    m_server->enqueueDrop();
    VodJob* job = run(client->createAigcAudioTask(sampleRequest()));
    QTRY_VERIFY(job->isFinished());
    m_clock->advance(120'000);
    QTest::qWait(50);
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(job->error().kind(), ApiError::Kind::OutcomeUnknown);
    QVERIFY(job->error().advice().contains(u"may or may not"_s));
}

void TestVodClient::createIsNeverResentAfterTimeout()
{
    auto* client = makeClient([](VodClient::Config& c) { c.timeoutMs = 60'000; });
    m_server->enqueueHang();
    VodJob* job = run(client->createAigcAudioTask(sampleRequest()));
    QTRY_COMPARE(m_server->requestCount(), 1);
    QVERIFY(!job->isFinished());
    m_clock->advance(59'999);
    QTest::qWait(20);
    QVERIFY(!job->isFinished());
    m_clock->advance(1);
    QTRY_VERIFY(job->isFinished());
    m_clock->advance(120'000);
    QTest::qWait(50);
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(job->error().kind(), ApiError::Kind::OutcomeUnknown);
}

void TestVodClient::createIsNeverResentAfterTruncatedAnswer()
{
    auto* client = makeClient();
    m_server->enqueueTruncated("{\"Response\":{" + kCreated + "}}", 25);
    VodJob* job = run(client->createAigcAudioTask(sampleRequest()));
    QTRY_VERIFY(job->isFinished());
    m_clock->advance(60'000);
    QTest::qWait(50);
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(job->error().kind(), ApiError::Kind::OutcomeUnknown);
}

void TestVodClient::createNotRetriedOnInternalError()
{
    auto* client = makeClient();
    m_server->enqueueApiError(u"InternalError"_s, u"internal error"_s);
    VodJob* job = run(client->createAigcAudioTask(sampleRequest()));
    QTRY_VERIFY(job->isFinished());
    m_clock->advance(60'000);
    QTest::qWait(50);
    QCOMPARE(m_server->requestCount(), 1);
    // The service may have created the task before it failed: ambiguous, reconciled, never re-sent.
    QCOMPARE(job->error().kind(), ApiError::Kind::OutcomeUnknown);
    QVERIFY2(job->error().message().contains(u"InternalError"_s), qPrintable(job->error().message()));
}

void TestVodClient::unsentCreateIsRetried()
{
    // Nothing listens on this port: the request provably never left, so sending again is safe.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    auto* client = makeClient([port](VodClient::Config& c) {
        c.baseUrl = QUrl(u"http://127.0.0.1:%1/"_s.arg(port));
        c.retry.maxTransientRetries = 2;
    });
    VodJob* job = run(client->createAigcAudioTask(sampleRequest()));
    QCOMPARE(driveRetries(job), 2);
    QCOMPARE(job->error().kind(), ApiError::Kind::Network);
    QVERIFY(!job->error().requestSent());
    QCOMPARE(job->attempts(), 3);
}

void TestVodClient::transportErrorsAreDistinct_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("truncateAt");
    QTest::addColumn<int>("expectedKind");
    QTest::newRow("html error page") << 200 << QByteArray("<html><body>502 Bad Gateway</body></html>") << -1
                                     << int(ApiError::Kind::NotJson);
    QTest::newRow("empty body") << 200 << QByteArray() << -1 << int(ApiError::Kind::NotJson);
    QTest::newRow("json cut short") << 200 << QByteArray("{\"Response\":{\"TaskId\":\"abc") << -1
                                    << int(ApiError::Kind::TruncatedBody);
    QTest::newRow("fewer bytes than Content-Length")
        << 200 << QByteArray("{\"Response\":{\"RequestId\":\"abc\"}}") << 10
        << int(ApiError::Kind::TruncatedBody);
    QTest::newRow("no Response") << 200 << QByteArray("{\"Error\":\"nope\"}") << -1
                                 << int(ApiError::Kind::MissingResponse);
    QTest::newRow("Response not an object")
        << 200 << QByteArray("{\"Response\":null}") << -1 << int(ApiError::Kind::MissingResponse);
    QTest::newRow("json array") << 200 << QByteArray("[1,2]") << -1 << int(ApiError::Kind::MissingResponse);
    QTest::newRow("http 500") << 500 << QByteArray("{\"Response\":{}}") << -1
                              << int(ApiError::Kind::HttpStatus);
    QTest::newRow("http 404") << 404 << QByteArray("not found") << -1 << int(ApiError::Kind::HttpStatus);
}

void TestVodClient::transportErrorsAreDistinct()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, truncateAt);
    QFETCH(int, expectedKind);
    auto* client = makeClient([](VodClient::Config& c) { c.retry.maxTransientRetries = 0; });
    ScriptedHttpServer::Step step;
    step.status = status;
    step.body = body;
    if (truncateAt >= 0) {
        step.kind = ScriptedHttpServer::Step::Kind::Truncate;
        step.truncateAt = truncateAt;
    }
    m_server->enqueue(step);
    VodJob* job = run(client->describeTaskDetail(u"t"_s));
    QTRY_VERIFY(job->isFinished());
    QCOMPARE(int(job->error().kind()), expectedKind);
    QVERIFY(!job->error().message().isEmpty());
    QVERIFY(job->response().isEmpty()); // never a silent success
    if (status != 200)
        QCOMPARE(job->error().httpStatus(), status);
}

void TestVodClient::apiErrorsKeepCodeMessageRequestId()
{
    auto* client = makeClient();
    m_server->enqueueJson(
        "\"Error\":{\"Code\":\"InvalidParameterValue.Duration\",\"Message\":\"Duration out of range\"},"
        "\"RequestId\":\"4794b445-abc7-46c6-9e74-b30429f3a2c6\"");
    VodJob* job = run(client->createAigcAudioTask(sampleRequest()));
    QTRY_VERIFY(job->isFinished());
    const ApiError e = job->error();
    QCOMPARE(e.kind(), ApiError::Kind::Api);
    QCOMPARE(e.code(), u"InvalidParameterValue.Duration"_s);
    QCOMPARE(e.message(), u"Duration out of range"_s);
    QCOMPARE(e.requestId(), u"4794b445-abc7-46c6-9e74-b30429f3a2c6"_s);
    QCOMPARE(e.category(), ApiError::Category::InvalidInput);
    QVERIFY(e.toString().contains(u"4794b445-abc7-46c6-9e74-b30429f3a2c6"_s));
}

void TestVodClient::timeoutIsItsOwnKind()
{
    auto* client = makeClient([](VodClient::Config& c) {
        c.timeoutMs = 5000;
        c.retry.maxTransientRetries = 0;
    });
    m_server->enqueueHang();
    VodJob* job = run(client->describeTaskDetail(u"t"_s));
    QTRY_COMPARE(m_server->requestCount(), 1);
    m_clock->advance(5000);
    QTRY_VERIFY(job->isFinished());
    QCOMPARE(job->error().kind(), ApiError::Kind::Timeout);
}

void TestVodClient::clientRateLimitIsSharedByAllJobs()
{
    auto* client = makeClient();
    QList<qint64> arrivals; // the clock's time when each request reached the server
    connect(m_server.get(), &ScriptedHttpServer::requestReceived, this,
        [&] { arrivals.append(m_clock->nowMs()); });
    QList<VodJob*> jobs;
    for (int i = 0; i < 45; ++i) {
        m_server->enqueueJson(kCreated);
        jobs.append(run(client->createAigcAudioTask(sampleRequest())));
    }
    QTRY_COMPARE(m_server->requestCount(), 1); // paced: one now, the rest spread out
    for (int step = 0; step < 300 && m_server->requestCount() < 45; ++step) {
        m_clock->advance(10);
        QTest::qWait(1);
    }
    QTRY_COMPARE(m_server->requestCount(), 45);
    // Never more than 20 in any one-second window, and not much slower than that either.
    for (qsizetype i = 20; i < arrivals.size(); ++i)
        QVERIFY2(arrivals.at(i) - arrivals.at(i - 20) >= 1000, qPrintable(QString::number(i)));
    QVERIFY(arrivals.last() - arrivals.first() < 2600);
    for (VodJob* j : jobs)
        QTRY_VERIFY(j->isFinished() && j->error().isOk());
    // Reads have their own, larger budget and are not held up by queued Creates.
    for (int i = 0; i < 45; ++i)
        m_server->enqueueJson(kCreated);
    VodJob* more = run(client->createAigcAudioTask(sampleRequest()));
    VodJob* read = run(client->describeTaskDetail(u"t"_s));
    QTRY_VERIFY(read->isFinished());
    QVERIFY(!more->isFinished() || more->error().isOk());
}

void TestVodClient::cancelStopsAJob()
{
    auto* client = makeClient();
    m_server->enqueueHang();
    VodJob* job = run(client->describeTaskDetail(u"t"_s));
    QTRY_COMPARE(m_server->requestCount(), 1);
    QSignalSpy spy(job, &VodJob::finished);
    job->cancel();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(job->error().kind(), ApiError::Kind::Cancelled);
}

void TestVodClient::invalidRequestIsNeverSent()
{
    auto* client = makeClient();
    AudioTaskRequest r = sampleRequest();
    r.outputConfig.duration = 61;
    VodJob* job = run(client->createAigcAudioTask(r));
    QTRY_VERIFY(job->isFinished());
    QCOMPARE(job->error().kind(), ApiError::Kind::InvalidRequest);
    QVERIFY(job->error().message().contains(u"OutputConfig.Duration"_s));
    QTest::qWait(20);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestVodClient::missingCredentialsAreNeverSent()
{
    auto* client = makeClient([](VodClient::Config& c) { c.credentials = {}; });
    VodJob* job = run(client->describeTaskDetail(u"t"_s));
    QTRY_VERIFY(job->isFinished());
    QCOMPARE(job->error().kind(), ApiError::Kind::InvalidRequest);
    QVERIFY(job->error().message().contains(u"SecretKey"_s));
    QCOMPARE(m_server->requestCount(), 0);
}

void TestVodClient::tlsCertificateErrorIsRefused()
{
    const QByteArray cert = TestPaths::readFile(TestPaths::sourceDir() + u"/tests/data/selfsigned.crt"_s);
    const QByteArray key = TestPaths::readFile(TestPaths::sourceDir() + u"/tests/data/selfsigned.key"_s);
    QVERIFY(!cert.isEmpty() && !key.isEmpty());
    QSslServer tls;
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificate(QSslCertificate(cert));
    conf.setPrivateKey(QSslKey(key, QSsl::Rsa));
    tls.setSslConfiguration(conf);
    QVERIFY(tls.listen(QHostAddress::LocalHost, 0));
    int connections = 0;
    connect(&tls, &QSslServer::pendingConnectionAvailable, this, [&] {
        while (auto* s = tls.nextPendingConnection()) {
            ++connections;
            s->setParent(&tls);
        }
    });
    auto* client = makeClient(
        [&](VodClient::Config& c) { c.baseUrl = QUrl(u"https://127.0.0.1:%1/"_s.arg(tls.serverPort())); });
    VodJob* job = run(client->createAigcAudioTask(sampleRequest()));
    QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 10000);
    QCOMPARE(job->error().kind(), ApiError::Kind::Tls);
    QVERIFY(!job->error().requestSent());
    QVERIFY(job->error().advice().contains(u"certificate"_s));
}

void TestVodClient::answerOverTheCapIsNeverRead_data()
{
    QTest::addColumn<bool>("declared");
    QTest::newRow("Content-Length over the cap") << true;
    QTest::newRow("chunked, no length") << false;
}

void TestVodClient::answerOverTheCapIsNeverRead()
{
    // A hostile server answers with more than any API answer can be: the job stops reading at the cap
    // and says so, with a name, instead of buffering and parsing it.
    QFETCH(bool, declared);
    auto* client = makeClient([](VodClient::Config& c) { c.retry.maxTransientRetries = 0; });
    ScriptedHttpServer::Step big;
    big.body = "{\"Response\":{\"RequestId\":\"" + QByteArray(VodJob::kMaxAnswerBytes + 1024, 'x') + "\"}}";
    if (!declared)
        big.headers.append({ QByteArray("Transfer-Encoding"), QByteArray("chunked") });
    m_server->enqueue(big);
    VodJob* job = run(client->describeTaskDetail(u"t"_s));
    QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 20000);
    QCOMPARE(job->error().kind(), ApiError::Kind::TooLarge);
    QVERIFY2(job->error().message().contains(u"8 MB"_s), qPrintable(job->error().toString()));
    QVERIFY(job->lastExchange().responseBody.isEmpty());
}

void TestVodClient::successWithoutItsContentIsAnError_data()
{
    QTest::addColumn<bool>("create");
    QTest::addColumn<QByteArray>("inner");
    QTest::addColumn<QString>("says");
    QTest::newRow("Create without TaskId")
        << true << QByteArray(R"("RequestId":"r1")") << u"without a TaskId"_s;
    QTest::newRow("Detail without AigcAudioTask")
        << false << QByteArray(R"("TaskType":"AigcAudioTask","Status":"FINISH","RequestId":"r1")")
        << u"has no AigcAudioTask"_s;
    QTest::newRow("Detail of another task")
        << false
        << QByteArray(R"("TaskType":"AigcAudioTask","AigcAudioTask":{"TaskId":"other"},"RequestId":"r1")")
        << u"about task \"other\" when asked about t"_s;
    QTest::newRow("Detail of another type")
        << false << QByteArray(R"("TaskType":"Transcode","AigcAudioTask":{"TaskId":"t"},"RequestId":"r1")")
        << u"another type (Transcode)"_s;
}

void TestVodClient::successWithoutItsContentIsAnError()
{
    QFETCH(bool, create);
    QFETCH(QByteArray, inner);
    QFETCH(QString, says);
    auto* client = makeClient();
    m_server->enqueueJson(inner);
    VodJob* job
        = run(create ? client->createAigcAudioTask(sampleRequest()) : client->describeTaskDetail(u"t"_s));
    QTRY_VERIFY(job->isFinished());
    QCOMPARE(job->error().kind(), ApiError::Kind::MissingResponse);
    QCOMPARE(job->error().requestId(), u"r1"_s);
    QVERIFY2(job->error().message().contains(says), qPrintable(job->error().toString()));
    QCOMPARE(m_server->requestCount(), 1); // a well-formed answer is not asked again
}

QTEST_GUILESS_MAIN(TestVodClient)
#include "tst_vodclient.moc"
