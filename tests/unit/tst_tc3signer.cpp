// The signer against every POST case of the official SDK's vectors, one data row per case.
#include "TestPaths.h"
#include "core/signing/Tc3Signer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestTc3Signer : public QObject
{
    Q_OBJECT

private slots:
    void vectors_data();
    void vectors();
    void hostWithoutPort_data();
    void hostWithoutPort();
    void utcDateNeverLocal();
    void bodyBytesAreHashedVerbatim();
};

static QJsonArray loadVectors()
{
    const QByteArray raw = TestPaths::readFile(TestPaths::vectorsFile(u"tc3_sign_vectors.json"_s));
    return QJsonDocument::fromJson(raw).array();
}

void TestTc3Signer::vectors_data()
{
    QTest::addColumn<QJsonObject>("inputs");
    QTest::addColumn<QJsonObject>("outputs");
    const QJsonArray cases = loadVectors();
    QVERIFY2(!cases.isEmpty(), "tc3_sign_vectors.json not found or empty: is ../shared beside the checkout?");
    int used = 0;
    for (const QJsonValue v : cases) {
        const QJsonObject c = v.toObject();
        const QJsonObject in = c.value("inputs"_L1).toObject();
        // The GET case and the "Authorization: SKIP" case do not apply to this project (spec §2).
        if (in.value("method"_L1).toString() != "POST"_L1 || in.value("skipSign"_L1).toBool())
            continue;
        QTest::newRow(c.value("name"_L1).toString().toUtf8().constData())
            << in << c.value("outputs"_L1).toObject();
        ++used;
    }
    QVERIFY(used >= 10);
}

void TestTc3Signer::vectors()
{
    QFETCH(QJsonObject, inputs);
    QFETCH(QJsonObject, outputs);

    Tc3Signer::Input in;
    in.secretId = inputs.value("secretId"_L1).toString();
    in.secretKey = inputs.value("secretKey"_L1).toString();
    in.token = inputs.value("token"_L1).toString();
    in.host = inputs.value("host"_L1).toString();
    in.service = inputs.value("service"_L1).toString();
    in.action = inputs.value("action"_L1).toString();
    in.version = inputs.value("version"_L1).toString();
    in.region = inputs.value("region"_L1).toString();
    in.language = inputs.value("language"_L1).toString();
    in.requestClient = inputs.value("requestClient"_L1).toString();
    in.timestamp = static_cast<qint64>(inputs.value("timestamp"_L1).toDouble());
    in.payload = inputs.value("payload"_L1).toString().toUtf8();
    in.contentType = inputs.value("contentType"_L1).toString().toUtf8();
    QCOMPARE(in.payload.size(), inputs.value("payloadUtf8Bytes"_L1).toInt());

    const Tc3Signer::Output out = Tc3Signer::sign(in);
    QCOMPARE(out.hashedPayload, outputs.value("hashedPayload"_L1).toString().toUtf8());
    QCOMPARE(out.canonicalRequest, outputs.value("canonicalRequest"_L1).toString().toUtf8());
    QCOMPARE(out.hashedCanonicalRequest, outputs.value("hashedCanonicalRequest"_L1).toString().toUtf8());
    QCOMPARE(out.date, outputs.value("date"_L1).toString());
    QCOMPARE(out.credentialScope, outputs.value("credentialScope"_L1).toString().toUtf8());
    QCOMPARE(out.stringToSign, outputs.value("stringToSign"_L1).toString().toUtf8());
    QCOMPARE(out.signature, outputs.value("signature"_L1).toString().toUtf8());
    QCOMPARE(out.authorization, outputs.value("authorization"_L1).toString().toUtf8());

    // Every header the SDK sent, except its random trace id, and nothing more.
    const QJsonObject expected = outputs.value("headers"_L1).toObject();
    QStringList expectedNames;
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        if (it.key() == "X-TC-TraceId"_L1)
            continue;
        expectedNames.append(it.key());
        QCOMPARE(QString::fromUtf8(out.header(it.key().toUtf8())), it.value().toString());
    }
    QStringList gotNames;
    for (const auto& h : out.headers)
        gotNames.append(QString::fromUtf8(h.first));
    expectedNames.sort();
    gotNames.sort();
    QCOMPARE(gotNames, expectedNames);
}

void TestTc3Signer::hostWithoutPort_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"vod.tencentcloudapi.com"_s << u"vod.tencentcloudapi.com"_s;
    QTest::newRow("port") << u"vod.tencentcloudapi.com:8443"_s << u"vod.tencentcloudapi.com"_s;
    QTest::newRow("loopback") << u"127.0.0.1:8708"_s << u"127.0.0.1"_s;
    QTest::newRow("ipv6") << u"[::1]:8708"_s << u"[::1]"_s;
    QTest::newRow("case") << u"VOD.TencentCloudAPI.com"_s << u"vod.tencentcloudapi.com"_s;
}

void TestTc3Signer::hostWithoutPort()
{
    QFETCH(QString, host);
    QFETCH(QString, expected);
    QCOMPARE(Tc3Signer::hostWithoutPort(host), expected);
}

void TestTc3Signer::utcDateNeverLocal()
{
    qputenv("TZ", "Asia/Shanghai");
    // 2027-11-24T23:59:59Z is already the 25th in Shanghai; the scope must say the 24th.
    QCOMPARE(Tc3Signer::utcDate(1827100799), u"2027-11-24"_s);
    QCOMPARE(Tc3Signer::utcDate(1827100800), u"2027-11-25"_s);
}

void TestTc3Signer::bodyBytesAreHashedVerbatim()
{
    Tc3Signer::Input a;
    a.secretId = u"AKIDx"_s;
    a.secretKey = u"k"_s;
    a.host = u"127.0.0.1:8708"_s;
    a.action = u"DescribeTasks"_s;
    a.timestamp = 1700000000;
    a.payload = "{\"Limit\":1}";
    Tc3Signer::Input b = a;
    b.payload = "{\"Limit\": 1}"; // same JSON, other bytes: another signature
    QVERIFY(Tc3Signer::sign(a).signature != Tc3Signer::sign(b).signature);
    QVERIFY(Tc3Signer::sign(a).canonicalRequest.contains("host:127.0.0.1\n"));
    QCOMPARE(Tc3Signer::sign(a).header("Host"), QByteArray("127.0.0.1:8708"));
}

QTEST_GUILESS_MAIN(TestTc3Signer)
#include "tst_tc3signer.moc"
