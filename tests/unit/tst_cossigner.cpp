// The object-storage signer against every case of the official SDK's vectors, one data row per case,
// and against extra cases computed with the same SDK (cos-nodejs-sdk-v5 3.0.0 COS.getAuthorization).
#include "TestPaths.h"
#include "core/signing/CosSigner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestCosSigner : public QObject
{
    Q_OBJECT

private slots:
    void vectors_data();
    void vectors();
    void sdkCases_data();
    void sdkCases();
    void urlEncode_data();
    void urlEncode();
    void leadingSlashIsOptional();
    void formatStringOfAnEncodedQuery();
    void signedHeaders_data();
    void signedHeaders();
    void hostFromBucketAndRegion();
    void keyTime_data();
    void keyTime();
};

static CosSigner::Pairs pairsOf(const QJsonObject& o)
{
    CosSigner::Pairs pairs;
    for (auto it = o.begin(); it != o.end(); ++it)
        pairs.append({ it.key(), it.value().toString() });
    return pairs;
}

void TestCosSigner::vectors_data()
{
    QTest::addColumn<QJsonObject>("inputs");
    QTest::addColumn<QString>("authorization");
    const QJsonObject doc
        = QJsonDocument::fromJson(TestPaths::readFile(TestPaths::vectorsFile(u"cos_sign_vectors.json"_s)))
              .object();
    const QJsonArray cases = doc.value("cases"_L1).toArray();
    QVERIFY2(!cases.isEmpty(), "cos_sign_vectors.json not found or empty: is ../shared beside the checkout?");
    for (const QJsonValue v : cases) {
        const QJsonObject c = v.toObject();
        QTest::newRow(c.value("name"_L1).toString().toUtf8().constData())
            << c.value("inputs"_L1).toObject()
            << c.value("outputs"_L1).toObject().value("authorization"_L1).toString();
    }
    QVERIFY(cases.size() >= 6);
}

void TestCosSigner::vectors()
{
    QFETCH(QJsonObject, inputs);
    QFETCH(QString, authorization);
    CosSigner::Input in;
    in.secretId = inputs.value("secretId"_L1).toString();
    in.secretKey = inputs.value("secretKey"_L1).toString();
    in.method = inputs.value("method"_L1).toString();
    in.key = inputs.value("key"_L1).toString();
    in.query = pairsOf(inputs.value("query"_L1).toObject());
    in.headers = pairsOf(inputs.value("headers"_L1).toObject());
    in.keyTime = inputs.value("keyTime"_L1).toString();
    const CosSigner::Output out = CosSigner::sign(in);
    QCOMPARE(QString::fromUtf8(out.authorization), authorization);

    // The same with the Host derived from bucket and region instead of given.
    CosSigner::Input derived = in;
    derived.headers.removeIf([](const auto& h) { return h.first == "Host"_L1; });
    derived.bucket = inputs.value("bucket"_L1).toString();
    derived.region = inputs.value("region"_L1).toString();
    QCOMPARE(QString::fromUtf8(CosSigner::sign(derived).authorization), authorization);
}

void TestCosSigner::sdkCases_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("key");
    QTest::addColumn<CosSigner::Pairs>("query");
    QTest::addColumn<CosSigner::Pairs>("headers");
    QTest::addColumn<QString>("authorization");
    const QString host = u"b-1.cos.ap-guangzhou.myqcloud.com"_s;
    const QString prefix = u"q-sign-algorithm=sha1&q-ak=AKIDEXTRA&q-sign-time=1700000000;1700000900"
                           u"&q-key-time=1700000000;1700000900&"_s;
    // ! ' ( ) * and Chinese in names and values; an empty value; names encoded with lower-case hex.
    QTest::newRow("encoding") << u"GET"_s << u"dir/a!b'(c)*d ~e.m4a"_s
                              << CosSigner::Pairs { { u"Sub!Res'()*"_s, u"v!'()*"_s },
                                     { u"名字"_s, u"值 1/2"_s }, { u"Plain-_.~"_s, QString() } }
                              << CosSigner::Pairs { { u"Host"_s, host } }
                              << prefix
            + u"q-header-list=host&q-url-param-list=%e5%90%8d%e5%ad%97;plain-_.~;sub%21res%27%28%29%2a"
              u"&q-signature=59a906e47c1d985d1330a0d40ebc543dfa9e562d"_s;
    QTest::newRow("chinese_key") << u"PUT"_s << u"/音频/雨声.wav"_s << CosSigner::Pairs {}
                                 << CosSigner::Pairs { { u"Host"_s, host }, { u"Content-Length"_s, u"12"_s } }
                                 << prefix
            + u"q-header-list=content-length;host&q-url-param-list="
              u"&q-signature=ef073578ea7d16730f511cd4263967dd6a653165"_s;
    // Only the headers the SDK signs: not User-Agent, Authorization or Accept.
    QTest::newRow("filtered_headers")
        << u"put"_s << u"a.mp3"_s << CosSigner::Pairs {}
        << CosSigner::Pairs { { u"Host"_s, u"h"_s }, { u"User-Agent"_s, u"ua"_s },
               { u"X-Cos-Meta-Foo"_s, u"Bar"_s }, { u"Authorization"_s, u"x"_s },
               { u"Range"_s, u"bytes=0-1"_s }, { u"Accept"_s, u"*/*"_s } }
        << prefix
            + u"q-header-list=host;range;x-cos-meta-foo&q-url-param-list="
              u"&q-signature=1236fcebe678ee5bb79f4e6efb89c7c56de85d1b"_s;
}

void TestCosSigner::sdkCases()
{
    QFETCH(QString, method);
    QFETCH(QString, key);
    QFETCH(CosSigner::Pairs, query);
    QFETCH(CosSigner::Pairs, headers);
    QFETCH(QString, authorization);
    CosSigner::Input in;
    in.secretId = u"AKIDEXTRA"_s;
    in.secretKey = u"extrakey"_s;
    in.method = method;
    in.key = key;
    in.query = query;
    in.headers = headers;
    in.keyTime = u"1700000000;1700000900"_s;
    QCOMPARE(QString::fromUtf8(CosSigner::sign(in).authorization), authorization);
}

void TestCosSigner::urlEncode_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("unreserved") << u"AZaz09-_.~"_s << QByteArray("AZaz09-_.~");
    QTest::newRow("sub-delims") << u"!'()*"_s << QByteArray("%21%27%28%29%2A");
    QTest::newRow("reserved") << u" /?#[]@$&+,;=:%"_s
                              << QByteArray("%20%2F%3F%23%5B%5D%40%24%26%2B%2C%3B%3D%3A%25");
    QTest::newRow("chinese") << u"雨声"_s << QByteArray("%E9%9B%A8%E5%A3%B0");
    QTest::newRow("empty") << QString() << QByteArray();
}

void TestCosSigner::urlEncode()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    QCOMPARE(CosSigner::urlEncode(text), expected);
}

void TestCosSigner::leadingSlashIsOptional()
{
    CosSigner::Input in;
    in.secretId = u"AKIDEXTRA"_s;
    in.secretKey = u"extrakey"_s;
    in.method = u"put"_s;
    in.headers = { { u"Host"_s, u"h"_s } };
    in.keyTime = u"1700000000;1700000900"_s;
    // Both computed by the SDK: the same signature.
    const QByteArray expected = "q-sign-algorithm=sha1&q-ak=AKIDEXTRA&q-sign-time=1700000000;1700000900"
                                "&q-key-time=1700000000;1700000900&q-header-list=host&q-url-param-list="
                                "&q-signature=fa4ee15a9fc12bfcaebbcb73b3e22b910c6d7289";
    in.key = u"/a/b.mp3"_s;
    QCOMPARE(CosSigner::sign(in).pathname, QByteArray("/a/b.mp3"));
    QCOMPARE(CosSigner::sign(in).authorization, expected);
    in.key = u"a/b.mp3"_s;
    QCOMPARE(CosSigner::sign(in).pathname, QByteArray("/a/b.mp3"));
    QCOMPARE(CosSigner::sign(in).authorization, expected);
}

void TestCosSigner::formatStringOfAnEncodedQuery()
{
    // The SDK's FormatString for the "encoding" row, as it hashed it: the key raw, pairs ordered by the
    // raw lower-cased name (unlike q-url-param-list), names with lower-case hex, values upper-case.
    CosSigner::Input in;
    in.secretId = u"AKIDEXTRA"_s;
    in.secretKey = u"extrakey"_s;
    in.method = u"GET"_s;
    in.key = u"dir/a!b'(c)*d ~e.m4a"_s;
    in.query
        = { { u"Sub!Res'()*"_s, u"v!'()*"_s }, { u"名字"_s, u"值 1/2"_s }, { u"Plain-_.~"_s, QString() } };
    in.headers = { { u"Host"_s, u"b-1.cos.ap-guangzhou.myqcloud.com"_s } };
    in.keyTime = u"1700000000;1700000900"_s;
    const CosSigner::Output out = CosSigner::sign(in);
    QCOMPARE(out.formatString,
        QString(u"get\n/dir/a!b'(c)*d ~e.m4a\nplain-_.~=&sub%21res%27%28%29%2a=v%21%27%28%29%2A"
                u"&%e5%90%8d%e5%ad%97=%E5%80%BC%201%2F2\nhost=b-1.cos.ap-guangzhou.myqcloud.com\n"_s)
            .toUtf8());
    QCOMPARE(out.signKey, CosSigner::hmacSha1Hex("extrakey", "1700000000;1700000900"));
    QCOMPARE(out.stringToSign,
        QByteArray("sha1\n1700000000;1700000900\n") + CosSigner::sha1Hex(out.formatString) + '\n');
    QCOMPARE(out.urlParamList, QByteArray("%e5%90%8d%e5%ad%97;plain-_.~;sub%21res%27%28%29%2a"));
}

void TestCosSigner::signedHeaders_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("signed_");
    QTest::newRow("host") << u"Host"_s << true;
    QTest::newRow("content-md5") << u"CONTENT-MD5"_s << true;
    QTest::newRow("x-cos-meta") << u"x-cos-meta-a"_s << true;
    QTest::newRow("x-ci") << u"X-CI-Thing"_s << true;
    QTest::newRow("contains x-cos-") << u"my-x-cos-thing"_s << true;
    QTest::newRow("user-agent") << u"User-Agent"_s << false;
    QTest::newRow("authorization") << u"Authorization"_s << false;
    QTest::newRow("date") << u"Date"_s << false;
}

void TestCosSigner::signedHeaders()
{
    QFETCH(QString, name);
    QFETCH(bool, signed_);
    QCOMPARE(CosSigner::isSignedHeader(name), signed_);
}

void TestCosSigner::hostFromBucketAndRegion()
{
    CosSigner::Input in;
    in.secretId = u"a"_s;
    in.secretKey = u"b"_s;
    in.key = u"k"_s;
    in.keyTime = u"1;2"_s;
    in.bucket = u"bk-1"_s;
    in.region = u"ap-beijing"_s;
    QCOMPARE(CosSigner::sign(in).httpHeaders, QByteArray("host=bk-1.cos.ap-beijing.myqcloud.com"));
    in.headers = { { u"host"_s, u"other"_s } };
    QCOMPARE(CosSigner::sign(in).httpHeaders, QByteArray("host=other"));
    QCOMPARE(CosSigner::sign(in).formatString, QByteArray("get\n/k\n\nhost=other\n"));
}

void TestCosSigner::keyTime_data()
{
    QTest::addColumn<QString>("keyTime");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ok") << u"1700000000;1700000900"_s << true;
    QTest::newRow("equal") << u"5;5"_s << true;
    QTest::newRow("reversed") << u"1700000900;1700000000"_s << false;
    QTest::newRow("one") << u"1700000000"_s << false;
    QTest::newRow("comma") << u"1,2"_s << false;
    QTest::newRow("negative") << u"-1;2"_s << false;
    QTest::newRow("spaces") << u"1; 2"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestCosSigner::keyTime()
{
    QFETCH(QString, keyTime);
    QFETCH(bool, valid);
    QCOMPARE(CosSigner::isValidKeyTime(keyTime), valid);
}

QTEST_GUILESS_MAIN(TestCosSigner)
#include "tst_cossigner.moc"
