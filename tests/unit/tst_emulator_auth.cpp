// The emulator authenticates like the service (spec §2/§3): each auth error crafted exactly with
// Tc3Signer, the envelope, Date and RequestId of every answer, and what the official SDKs send.
#include "EmulatorTestSupport.h"
#include "emulator/http/RequestAuthenticator.h"

#include <QRegularExpression>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace EmulatorTest;

class TestEmulatorAuth : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void signedRequestSucceeds();
    void everyAnswerHasEnvelopeDateAndRequestId();
    void missingOrMalformedAuthorization_data();
    void missingOrMalformedAuthorization();
    void unknownSecretId();
    void wrongSecretKey();
    void contentTypeIsSignedByteForByte();
    void hostIsSignedWithoutPortAndAnyHostIsAccepted();
    void bodyIsSignedAsReceived();
    void timestampWindow();
    void credentialScopeMustMatch();
    void missingHeaders();
    void unknownActionAndVersion();
    void bodyMustBeJson();
    void tokenRequirement();
    void onlyPost();
    void severalCredentialPairs();
    void clockOffsetIsCorrectedByTheClient();
    void parseAuthorization();

private:
    HttpResult call(const QString& action, const QByteArray& body = "{}",
        const QList<QPair<QByteArray, QByteArray>>& overrides = {});

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<EmulatorServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void TestEmulatorAuth::init()
{
    m_clock = std::make_unique<ManualClock>(1'750'000'000'000LL);
    EmulatorConfig config;
    config.credentials.append(
        { u"AKIDSECONDPAIR00000000000000000000"_s, u"SecondSecretKey000000000000000000"_s });
    m_server = std::make_unique<EmulatorServer>(config, m_clock.get());
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void TestEmulatorAuth::cleanup()
{
    m_nam.reset();
    m_server.reset();
    m_clock.reset();
}

HttpResult TestEmulatorAuth::call(
    const QString& action, const QByteArray& body, const QList<QPair<QByteArray, QByteArray>>& overrides)
{
    return postSigned(
        *m_nam, m_server->baseUrl(), signInput(*m_server, m_clock->nowSecs(), action, body), overrides);
}

void TestEmulatorAuth::signedRequestSucceeds()
{
    const HttpResult r = call(u"DescribeTasks"_s);
    QCOMPARE(r.status, 200);
    QVERIFY2(r.errorCode().isEmpty(), r.body.constData());
    QVERIFY(r.response().value("TaskSet"_L1).isArray());
}

void TestEmulatorAuth::everyAnswerHasEnvelopeDateAndRequestId()
{
    static const QRegularExpression uuid(u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    for (const QByteArray& key : { QByteArray(kEmulatorDemoSecretKey), QByteArray("wrong") }) {
        Tc3Signer::Input in = signInput(*m_server, m_clock->nowSecs(), u"DescribeTasks"_s, "{}");
        in.secretKey = QString::fromLatin1(key);
        const HttpResult r = postSigned(*m_nam, m_server->baseUrl(), in);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(r.header("Date"), EmulatorServer::httpDate(m_clock->nowMs()));
        QVERIFY2(uuid.match(r.response().value("RequestId"_L1).toString()).hasMatch(), r.body.constData());
    }
    // A RFC 7231 date: "Sun, 15 Jun 2025 15:06:40 GMT" for 1'750'000'000 s.
    QCOMPARE(EmulatorServer::httpDate(1'750'000'000'000LL), QByteArray("Sun, 15 Jun 2025 15:06:40 GMT"));
}

void TestEmulatorAuth::missingOrMalformedAuthorization_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("missing") << QByteArray();
    QTest::newRow("other algorithm") << QByteArray("HMAC-SHA1 Credential=a/b/vod/tc3_request");
    QTest::newRow("no signature") << QByteArray(
        "TC3-HMAC-SHA256 Credential=AKIDLOCALEMULATORDEMO0000000000000000/2025-06-15/vod/tc3_request, "
        "SignedHeaders=content-type;host");
    QTest::newRow("short credential")
        << QByteArray("TC3-HMAC-SHA256 Credential=AKIDLOCALEMULATORDEMO0000000000000000/2025-06-15, "
                      "SignedHeaders=content-type;host, "
                      "Signature=0000000000000000000000000000000000000000000000000000000000000000");
    QTest::newRow("signature not hex") << QByteArray(
        "TC3-HMAC-SHA256 Credential=AKIDLOCALEMULATORDEMO0000000000000000/2025-06-15/vod/tc3_request, "
        "SignedHeaders=content-type;host, Signature=xyz");
    QTest::newRow("SKIP") << QByteArray("SKIP");
}

void TestEmulatorAuth::missingOrMalformedAuthorization()
{
    QFETCH(QByteArray, authorization);
    const HttpResult r = call(u"DescribeTasks"_s, "{}", { { "Authorization", authorization } });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.errorCode(), u"AuthFailure.InvalidAuthorization"_s);
}

void TestEmulatorAuth::unknownSecretId()
{
    Tc3Signer::Input in = signInput(*m_server, m_clock->nowSecs(), u"DescribeTasks"_s, "{}");
    in.secretId = u"AKIDNOBODY000000000000000000000000"_s;
    const HttpResult r = postSigned(*m_nam, m_server->baseUrl(), in);
    QCOMPARE(r.errorCode(), u"AuthFailure.SecretIdNotFound"_s);
    QCOMPARE(r.errorMessage(), u"The SecretId is not found, please ensure that your SecretId is correct."_s);
}

void TestEmulatorAuth::wrongSecretKey()
{
    Tc3Signer::Input in = signInput(*m_server, m_clock->nowSecs(), u"DescribeTasks"_s, "{}");
    in.secretKey = u"NotTheKey"_s;
    const HttpResult r = postSigned(*m_nam, m_server->baseUrl(), in);
    QCOMPARE(r.errorCode(), u"AuthFailure.SignatureFailure"_s);
    QCOMPARE(r.errorMessage(),
        u"The provided credentials could not be validated. Please check your signature is correct."_s);
}

void TestEmulatorAuth::contentTypeIsSignedByteForByte()
{
    // Signed "application/json", sent with a charset: the signature no longer matches.
    HttpResult r = call(u"DescribeTasks"_s, "{}", { { "Content-Type", "application/json; charset=utf-8" } });
    QCOMPARE(r.errorCode(), u"AuthFailure.SignatureFailure"_s);
    // Signed and sent with the same charset: fine.
    Tc3Signer::Input in = signInput(*m_server, m_clock->nowSecs(), u"DescribeTasks"_s, "{}");
    in.contentType = "application/json; charset=utf-8";
    r = postSigned(*m_nam, m_server->baseUrl(), in);
    QVERIFY2(r.errorCode().isEmpty(), r.body.constData());
}

void TestEmulatorAuth::hostIsSignedWithoutPortAndAnyHostIsAccepted()
{
    // The client reaches the emulator as vod.tencentcloudapi.com:PORT (e.g. through /etc/hosts).
    Tc3Signer::Input in = signInput(*m_server, m_clock->nowSecs(), u"DescribeTasks"_s, "{}");
    in.host = u"vod.tencentcloudapi.com:"_s + QString::number(m_server->port());
    HttpResult r = postSigned(*m_nam, m_server->baseUrl(), in);
    QVERIFY2(r.errorCode().isEmpty(), r.body.constData());
    // Signed for one host, sent to another: refused.
    r = call(u"DescribeTasks"_s, "{}", { { "Host", "vod.intl.tencentcloudapi.com" } });
    QCOMPARE(r.errorCode(), u"AuthFailure.SignatureFailure"_s);
}

void TestEmulatorAuth::bodyIsSignedAsReceived()
{
    const Tc3Signer::Input in = signInput(*m_server, m_clock->nowSecs(), u"DescribeTasks"_s, "{\"Limit\":5}");
    HttpResult r = postSigned(*m_nam, m_server->baseUrl(), in, {}, "{\"Limit\": 5}");
    QCOMPARE(r.errorCode(), u"AuthFailure.SignatureFailure"_s);
    // Non-ASCII bytes as the client wrote them (escaped or not, what counts is the bytes).
    const QByteArray unicode = "{\"Prompt\":\"\xe7\x83\x9f\xe8\x8a\xb1 \\u2028\",\"SceneType\":\"sfx\"}";
    r = postSigned(*m_nam, m_server->baseUrl(),
        signInput(*m_server, m_clock->nowSecs(), u"CreateAigcAudioTask"_s, unicode));
    QVERIFY2(r.errorCode().isEmpty(), r.body.constData());
}

void TestEmulatorAuth::timestampWindow()
{
    const qint64 now = m_clock->nowSecs();
    for (qint64 skew : { -300, 300 }) {
        const HttpResult r = postSigned(
            *m_nam, m_server->baseUrl(), signInput(*m_server, now + skew, u"DescribeTasks"_s, "{}"));
        QVERIFY2(r.errorCode().isEmpty(), r.body.constData());
    }
    for (qint64 skew : { -301, 301, -86400 }) {
        const HttpResult r = postSigned(
            *m_nam, m_server->baseUrl(), signInput(*m_server, now + skew, u"DescribeTasks"_s, "{}"));
        QCOMPARE(r.errorCode(), u"AuthFailure.SignatureExpire"_s);
    }
}

void TestEmulatorAuth::credentialScopeMustMatch()
{
    // Service other than vod.
    Tc3Signer::Input in = signInput(*m_server, m_clock->nowSecs(), u"DescribeTasks"_s, "{}");
    in.service = u"cvm"_s;
    HttpResult r = postSigned(*m_nam, m_server->baseUrl(), in);
    QCOMPARE(r.errorCode(), u"AuthFailure.SignatureFailure"_s);
    QVERIFY(r.errorMessage().contains("cvm"_L1));

    // The date of the scope is not the UTC date of the timestamp (a local-time date, say).
    in = signInput(*m_server, m_clock->nowSecs(), u"DescribeTasks"_s, "{}");
    Tc3Signer::Output sig = Tc3Signer::sign(in);
    const QByteArray badDate = Tc3Signer::utcDate(in.timestamp + 86400).toLatin1();
    QByteArray auth = sig.authorization;
    auth.replace(sig.date.toLatin1(), badDate);
    r = call(u"DescribeTasks"_s, "{}", { { "Authorization", auth } });
    QCOMPARE(r.errorCode(), u"AuthFailure.SignatureFailure"_s);
    QVERIFY(r.errorMessage().contains(QString::fromLatin1(badDate)));
}

void TestEmulatorAuth::missingHeaders()
{
    HttpResult r = call(u"DescribeTasks"_s, "{}", { { "X-TC-Action", QByteArray() } });
    QCOMPARE(r.errorCode(), u"MissingParameter"_s);
    r = call(u"DescribeTasks"_s, "{}", { { "X-TC-Version", QByteArray() } });
    QCOMPARE(r.errorCode(), u"MissingParameter"_s);
    r = call(u"DescribeTasks"_s, "{}", { { "X-TC-Timestamp", QByteArray() } });
    QCOMPARE(r.errorCode(), u"MissingParameter"_s);
}

void TestEmulatorAuth::unknownActionAndVersion()
{
    HttpResult r = call(u"DescribeEverything"_s);
    QCOMPARE(r.errorCode(), u"InvalidAction"_s);
    Tc3Signer::Input in = signInput(*m_server, m_clock->nowSecs(), u"DescribeTasks"_s, "{}");
    in.version = u"2017-03-12"_s;
    r = postSigned(*m_nam, m_server->baseUrl(), in);
    QCOMPARE(r.errorCode(), u"NoSuchVersion"_s);
}

void TestEmulatorAuth::bodyMustBeJson()
{
    HttpResult r = call(u"DescribeTasks"_s, "Limit=5");
    QCOMPARE(r.errorCode(), u"InvalidParameter"_s);
    r = call(u"DescribeTasks"_s, "[1,2]");
    QCOMPARE(r.errorCode(), u"InvalidParameter"_s);
    r = call(u"DescribeTasks"_s, "{\"Bogus\":1}");
    QCOMPARE(r.errorCode(), u"UnknownParameter"_s);
    QVERIFY(r.errorMessage().contains("Bogus"_L1));
}

void TestEmulatorAuth::tokenRequirement()
{
    EmulatorConfig config;
    config.token = u"sts-token-123"_s;
    EmulatorServer server(config, m_clock.get());
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    Tc3Signer::Input in = signInput(server, m_clock->nowSecs(), u"DescribeTasks"_s, "{}");
    HttpResult r = postSigned(*m_nam, server.baseUrl(), in);
    QCOMPARE(r.errorCode(), u"AuthFailure.TokenFailure"_s);
    in.token = u"sts-token-999"_s;
    r = postSigned(*m_nam, server.baseUrl(), in);
    QCOMPARE(r.errorCode(), u"AuthFailure.TokenFailure"_s);
    in.token = u"sts-token-123"_s;
    r = postSigned(*m_nam, server.baseUrl(), in);
    QVERIFY2(r.errorCode().isEmpty(), r.body.constData());
}

void TestEmulatorAuth::onlyPost()
{
    HttpResult r = get(*m_nam, m_server->baseUrl());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.errorCode(), u"UnsupportedProtocol"_s);
    // Other paths are path-style object-storage requests (docs/emulator.md, "Routing"): unsigned, COS
    // refuses them with its XML error; HEAD is not routed there and stays a plain 404.
    r = get(*m_nam, m_server->baseUrl().resolved(QUrl(u"/nothing"_s)));
    QCOMPARE(r.status, 403);
    QVERIFY2(r.body.contains("<Code>AccessDenied</Code>"), r.body.constData());
    r = get(*m_nam, m_server->baseUrl().resolved(QUrl(u"/nothing"_s)), {}, true);
    QCOMPARE(r.status, 404);
}

void TestEmulatorAuth::severalCredentialPairs()
{
    Tc3Signer::Input in = signInput(*m_server, m_clock->nowSecs(), u"DescribeTasks"_s, "{}");
    in.secretId = u"AKIDSECONDPAIR00000000000000000000"_s;
    in.secretKey = u"SecondSecretKey000000000000000000"_s;
    HttpResult r = postSigned(*m_nam, m_server->baseUrl(), in);
    QVERIFY2(r.errorCode().isEmpty(), r.body.constData());
    in.secretKey = kKey; // the demo key with the second id
    r = postSigned(*m_nam, m_server->baseUrl(), in);
    QCOMPARE(r.errorCode(), u"AuthFailure.SignatureFailure"_s);
}

void TestEmulatorAuth::clockOffsetIsCorrectedByTheClient()
{
    m_server->setClockOffsetSeconds(900);
    HttpResult r = call(u"DescribeTasks"_s); // signed with the client's clock: 15 minutes off
    QCOMPARE(r.errorCode(), u"AuthFailure.SignatureExpire"_s);
    QCOMPARE(r.header("Date"), EmulatorServer::httpDate(m_clock->nowMs() + 900'000));

    auto client = makeClient(m_nam.get(), m_clock.get(), m_server->baseUrl());
    VodJob* job = client->describeTasks({});
    QVERIFY(run(job, *m_clock));
    QVERIFY2(job->error().isOk(), qPrintable(job->error().toString()));
    QCOMPARE(job->attempts(), 2); // SignatureExpire, then re-signed with the server's time
    delete job;
}

void TestEmulatorAuth::parseAuthorization()
{
    const auto a = RequestAuthenticator::parseAuthorization(
        "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, "
        "SignedHeaders=content-type;host, "
        "Signature=be4f67d323c78ab9acb7395e43c0dbcf822a9cfac32fea2449a7bc7726b770a3");
    QVERIFY(a);
    QCOMPARE(a->secretId, u"AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"_s);
    QCOMPARE(a->date, u"2019-02-25"_s);
    QCOMPARE(a->service, u"cvm"_s);
    QCOMPARE(a->signedHeaders, u"content-type;host"_s);
    QString why;
    QVERIFY(!RequestAuthenticator::parseAuthorization("TC3-HMAC-SHA256 Credential=x", &why));
    QVERIFY(!why.isEmpty());
}

QTEST_GUILESS_MAIN(TestEmulatorAuth)
#include "tst_emulator_auth.moc"
