// ConnectionTest against the in-process emulator: each outcome a user can meet, classified and put in
// words. The emulator runs on port 0 with the real clock; the client uses the real clock too.
#include "core/profiles/ConnectionTest.h"
#include "core/support/SystemClock.h"
#include "emulator/http/EmulatorInfo.h"
#include "emulator/server/EmulatorServer.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

class TestConnectionTest : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void ok();
    void badKey();
    void badId();
    void tokenExpired();
    void wrongSubAppId();
    void notActivatedAndNoPermission_data();
    void notActivatedAndNoPermission();
    void skewIsCorrectedOnceAndReported();
    void persistentSkewIsClockSkew();
    void noNetwork();
    void incompleteCredentialsFailWithoutSending();
    void secondTestCancelsTheFirst();
    void classifyFromApiErrors_data();
    void classifyFromApiErrors();

private:
    EmulatorServer& startEmulator(const EmulatorConfig& config = {});
    Profile profile(const QString& secretId = QString::fromLatin1(kEmulatorDemoSecretId),
        const QString& secretKey = QString::fromLatin1(kEmulatorDemoSecretKey)) const;
    ConnectionTest::Result run(const Profile& p);

    QNetworkAccessManager m_nam;
    std::unique_ptr<EmulatorServer> m_emulator;
};

void TestConnectionTest::cleanup()
{
    m_emulator.reset();
}

EmulatorServer& TestConnectionTest::startEmulator(const EmulatorConfig& config)
{
    m_emulator = std::make_unique<EmulatorServer>(config);
    if (!m_emulator->listen(QHostAddress::LocalHost, 0))
        qFatal("emulator: %s", qPrintable(m_emulator->errorString()));
    return *m_emulator;
}

Profile TestConnectionTest::profile(const QString& secretId, const QString& secretKey) const
{
    Profile p = Profile::localEmulator(m_emulator ? m_emulator->baseUrl() : QUrl(u"http://127.0.0.1:1/"_s));
    p.credentials.secretId = secretId;
    p.credentials.secretKey = secretKey;
    return p;
}

ConnectionTest::Result TestConnectionTest::run(const Profile& p)
{
    ConnectionTest test(&m_nam, SystemClock::instance());
    test.setTimeoutMs(10000);
    QSignalSpy spy(&test, &ConnectionTest::finished);
    test.test(p);
    if (!spy.wait(20000) || spy.size() != 1)
        return {};
    return spy.at(0).at(0).value<ConnectionTest::Result>();
}

void TestConnectionTest::ok()
{
    startEmulator();
    const ConnectionTest::Result r = run(profile());
    QCOMPARE(r.kind, ConnectionTest::Kind::Ok);
    QVERIFY2(r.message.startsWith(u"Connected: the credentials work ("_s), qPrintable(r.message));
    QVERIFY(r.message.endsWith(u" ms)."_s));
    QVERIFY(!r.requestId.isEmpty());
    QCOMPARE(r.exchange.action, u"DescribeTasks"_s);
    QVERIFY(r.exchange.requestBody.contains("\"Limit\":1"));
    QVERIFY(!r.exchange.requestBody.contains(kEmulatorDemoSecretKey));
}

void TestConnectionTest::badKey()
{
    startEmulator();
    const ConnectionTest::Result r = run(profile(QString::fromLatin1(kEmulatorDemoSecretId), u"wrong"_s));
    QCOMPARE(r.kind, ConnectionTest::Kind::BadKey);
    QVERIFY2(r.message.startsWith(u"The SecretKey is wrong for this SecretId."_s), qPrintable(r.message));
    QVERIFY(r.message.contains(u"AuthFailure.SignatureFailure"_s));
    QVERIFY(!r.requestId.isEmpty());
    QVERIFY(r.message.contains(r.requestId));
}

void TestConnectionTest::badId()
{
    startEmulator();
    const ConnectionTest::Result r = run(profile(u"AKIDnobodyknowsthisone"_s, u"whatever"_s));
    QCOMPARE(r.kind, ConnectionTest::Kind::BadId);
    QVERIFY2(r.message.contains(u"does not know this SecretId"_s), qPrintable(r.message));
}

void TestConnectionTest::tokenExpired()
{
    EmulatorConfig config;
    config.token = u"the-right-token"_s;
    startEmulator(config);
    Profile p = profile();
    p.credentials.token = u"an-old-token"_s;
    const ConnectionTest::Result r = run(p);
    QCOMPARE(r.kind, ConnectionTest::Kind::TokenExpired);
    QVERIFY(!r.message.contains(u"an-old-token"_s));
}

void TestConnectionTest::wrongSubAppId()
{
    EmulatorConfig config;
    config.subAppIds = { 1500000001 };
    startEmulator(config);
    Profile p = profile();
    p.subAppId = 42;
    ConnectionTest::Result r = run(p);
    QCOMPARE(r.kind, ConnectionTest::Kind::WrongSubAppId);
    QVERIFY(r.message.contains(u"SubAppId"_s));
    p.subAppId = 1500000001;
    r = run(p);
    QCOMPARE(r.kind, ConnectionTest::Kind::Ok);
}

void TestConnectionTest::notActivatedAndNoPermission_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<ConnectionTest::Kind>("kind");
    QTest::newRow("not activated") << u"FailedOperation.InvalidVodUser"_s
                                   << ConnectionTest::Kind::NotActivated;
    QTest::newRow("no permission") << u"UnauthorizedOperation"_s << ConnectionTest::Kind::NoPermission;
    QTest::newRow("cam") << u"AuthFailure.UnauthorizedOperation"_s << ConnectionTest::Kind::NoPermission;
    QTest::newRow("rate limited") << u"RequestLimitExceeded"_s << ConnectionTest::Kind::Other;
}

void TestConnectionTest::notActivatedAndNoPermission()
{
    QFETCH(QString, code);
    QFETCH(ConnectionTest::Kind, kind);
    EmulatorConfig config;
    config.faults.faultRate = 1.0;
    config.faults.faultCodes = { code };
    config.faults.seed = 7;
    startEmulator(config);
    const ConnectionTest::Result r = run(profile());
    QCOMPARE(r.kind, kind);
    QVERIFY2(r.message.contains(code), qPrintable(r.message));
    QCOMPARE(m_emulator->requestsHandled(), 1); // a test is never retried
}

void TestConnectionTest::skewIsCorrectedOnceAndReported()
{
    EmulatorConfig config;
    config.clockOffsetSeconds = 912; // the service's clock is ahead: this computer's is behind
    startEmulator(config);
    const ConnectionTest::Result r = run(profile());
    QCOMPARE(r.kind, ConnectionTest::Kind::Ok);
    QVERIFY2(qAbs(r.clockOffsetMs - 912000) < 3000, qPrintable(QString::number(r.clockOffsetMs)));
    QVERIFY2(r.message.contains(u"s behind the service's"_s), qPrintable(r.message));
}

void TestConnectionTest::persistentSkewIsClockSkew()
{
    // The client corrects a skew once from the answer's Date header; a SignatureExpire that persists
    // after that is what the user must fix. The emulator's fault plays it.
    EmulatorConfig config;
    config.clockOffsetSeconds = -912;
    config.faults.faultRate = 1.0;
    config.faults.faultCodes = { u"AuthFailure.SignatureExpire"_s };
    startEmulator(config);
    const ConnectionTest::Result r = run(profile());
    QCOMPARE(r.kind, ConnectionTest::Kind::ClockSkew);
    QVERIFY2(qAbs(r.clockOffsetMs + 912000) < 3000, qPrintable(QString::number(r.clockOffsetMs)));
    QVERIFY2(r.message.startsWith(u"The computer's clock is 91"_s), qPrintable(r.message));
    QVERIFY2(
        r.message.contains(u"s ahead of the service's: correct the system time."_s), qPrintable(r.message));
    QCOMPARE(m_emulator->requestsHandled(), 2); // signed, then re-signed once
}

void TestConnectionTest::noNetwork()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    Profile p = profile();
    p.endpoint = Endpoint::custom(QUrl(u"http://127.0.0.1:"_s + QString::number(port) + u'/'));
    QElapsedTimer t;
    t.start();
    const ConnectionTest::Result r = run(p);
    QCOMPARE(r.kind, ConnectionTest::Kind::NoNetwork);
    QVERIFY2(r.message.startsWith(u"Could not reach the service"_s), qPrintable(r.message));
    QVERIFY(t.elapsed() < 5000); // not retried with backoff
}

void TestConnectionTest::incompleteCredentialsFailWithoutSending()
{
    startEmulator();
    const ConnectionTest::Result r = run(profile(u"AKIDsomething"_s, QString()));
    QCOMPARE(r.kind, ConnectionTest::Kind::Other);
    QCOMPARE(r.message, u"Enter a SecretId and a SecretKey first."_s);
    QCOMPARE(m_emulator->requestsHandled(), 0);
}

void TestConnectionTest::secondTestCancelsTheFirst()
{
    startEmulator();
    ConnectionTest test(&m_nam, SystemClock::instance());
    QSignalSpy spy(&test, &ConnectionTest::finished);
    test.test(profile(QString::fromLatin1(kEmulatorDemoSecretId), u"wrong"_s));
    QVERIFY(test.isRunning());
    test.test(profile());
    QVERIFY(spy.wait(10000));
    QTest::qWait(200);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<ConnectionTest::Result>().kind, ConnectionTest::Kind::Ok);
    QVERIFY(!test.isRunning());
}

void TestConnectionTest::classifyFromApiErrors_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<ConnectionTest::Kind>("kind");
    QTest::addColumn<QString>("start");
    using K = ConnectionTest::Kind;
    QTest::newRow("ok") << ApiError() << qint64(0) << K::Ok << u"Connected: the credentials work (12 ms)."_s;
    QTest::newRow("invalid secret id") << ApiError::fromApi(u"AuthFailure.InvalidSecretId"_s, u"x"_s, u"r1"_s)
                                       << qint64(0) << K::BadId << u"The service does not know"_s;
    QTest::newRow("skew behind")
        << ApiError::fromApi(u"AuthFailure.SignatureExpire"_s, u"x"_s, u"r2"_s) << qint64(912'400)
        << K::ClockSkew << u"The computer's clock is 912 s behind the service's: correct the system time."_s;
    QTest::newRow("skew unmeasured") << ApiError::fromApi(u"AuthFailure.SignatureExpire"_s, u"x"_s, u"r2"_s)
                                     << qint64(0) << K::ClockSkew
                                     << u"The service refused the request's time"_s;
    QTest::newRow("tls") << ApiError::transport(ApiError::Kind::Tls, u"certificate expired"_s, 0, false)
                         << qint64(0) << K::Tls
                         << u"The secure (TLS) connection failed: certificate expired."_s;
    QTest::newRow("timeout") << ApiError::transport(ApiError::Kind::Timeout, u"no answer"_s) << qint64(0)
                             << K::NoNetwork << u"The service did not answer in time"_s;
    QTest::newRow("html page") << ApiError::transport(ApiError::Kind::NotJson, u"not json"_s, 200)
                               << qint64(0) << K::Other << u"Something answered, but not like the VOD API"_s;
    QTest::newRow("other api") << ApiError::fromApi(u"InternalError"_s, u"boom"_s, u"r3"_s) << qint64(0)
                               << K::Other
                               << u"The service answered with an error: boom (InternalError; RequestId r3)"_s;
}

void TestConnectionTest::classifyFromApiErrors()
{
    QFETCH(ApiError, error);
    QFETCH(qint64, offset);
    QFETCH(ConnectionTest::Kind, kind);
    QFETCH(QString, start);
    const ConnectionTest::Result r = ConnectionTest::classify(error, offset, 12);
    QCOMPARE(r.kind, kind);
    QVERIFY2(r.message.startsWith(start), qPrintable(r.message));
    QCOMPARE(r.clockOffsetMs, offset);
    QCOMPARE(r.requestId, error.requestId());
}

QTEST_GUILESS_MAIN(TestConnectionTest)
#include "tst_connectiontest_emulator.moc"
