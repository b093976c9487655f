// The upload side of the emulator: ApplyUpload, the object-storage endpoint (PUT Object, multipart
// uploads, COS authentication and errors, faults), CommitUpload, DescribeMediaInfos of uploaded media,
// FileId references in CreateAigcAudioTask, and --data-dir persistence. Requests are raw and signed
// with Tc3Signer (API) or CosSigner (object storage), with the COS Host header set explicitly, as the
// Qt client sends it.
#include "EmulatorTestSupport.h"
#include "core/signing/CosSigner.h"
#include "emulator/server/EmulatorCommandLine.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace EmulatorTest;

namespace {

// A 16-bit mono WAV of `seconds` at 8000 Hz.
QByteArray makeWav(int seconds)
{
    const quint32 dataBytes = static_cast<quint32>(seconds) * 8000 * 2;
    QByteArray d;
    auto u32 = [&d](quint32 v) {
        char b[4];
        qToLittleEndian(v, b);
        d.append(b, 4);
    };
    auto u16 = [&d](quint16 v) {
        char b[2];
        qToLittleEndian(v, b);
        d.append(b, 2);
    };
    d += "RIFF";
    u32(36 + dataBytes);
    d += "WAVEfmt ";
    u32(16);
    u16(1);
    u16(1);
    u32(8000);
    u32(16000);
    u16(2);
    u16(16);
    d += "data";
    u32(dataBytes);
    for (quint32 i = 0; i < dataBytes; ++i)
        d.append(static_cast<char>(i * 7));
    return d;
}

QByteArray bytes(qsizetype size, int seed)
{
    QByteArray d(size, Qt::Uninitialized);
    quint32 x = static_cast<quint32>(seed) * 2654435761U + 1;
    for (qsizetype i = 0; i < size; ++i) {
        x = x * 1664525U + 1013904223U;
        d[i] = static_cast<char>(x >> 24);
    }
    return d;
}

QString md5Hex(const QByteArray& d)
{
    return QString::fromLatin1(QCryptographicHash::hash(d, QCryptographicHash::Md5).toHex());
}

// The text of the first element of that name in an XML document.
QString xmlValue(const QByteArray& xml, const QString& name)
{
    QXmlStreamReader r(xml);
    while (r.readNextStartElement() || !r.atEnd()) {
        if (r.isStartElement() && r.name() == name)
            return r.readElementText();
        if (r.atEnd())
            break;
        if (!r.isStartElement())
            r.readNext();
    }
    return {};
}

int xmlCount(const QByteArray& xml, const QString& name)
{
    QXmlStreamReader r(xml);
    int n = 0;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == name)
            ++n;
    }
    return n;
}

} // namespace

// How cos() signs and sends an object-storage request.
struct CosOptions
{
    QString secretId; // default: the session's
    QString secretKey;
    QByteArray token; // default: the session's; "-" = omit
    QString keyTime; // default: now-60;now+900
    QString host; // default: the session's bucket host, no port
    QString key; // default: the session's key
    bool sign = true;
};

class TestEmulatorUpload : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void applyUploadAnswers();
    void applyUploadErrors_data();
    void applyUploadErrors();
    void applyUploadSubAppId();
    void putObjectCommitAndServe();
    void commitIsIdempotent();
    void commitErrors();
    void multipartUpload();
    void abortAndListUploads();
    void multipartErrors_data();
    void multipartErrors();
    void authFailures_data();
    void authFailures();
    void pathStyleAndPortInHost();
    void createWithFileReferences();
    void cosFaults_data();
    void cosFaults();
    void cosFaultAfterStoresThePart();
    void cosFaultsOnlyWhenNamed();
    void largeMultipartKeepsBytes();
    void dataDirSurvivesRestart();
    void commandLine();

private:
    HttpResult api(const QString& action, const QJsonObject& params, EmulatorServer* server = nullptr);
    QJsonObject apply(
        const QJsonObject& params = { { "MediaType"_L1, u"wav"_s } }, EmulatorServer* server = nullptr);
    HttpResult cos(const QJsonObject& session, const QByteArray& method,
        const QList<QPair<QString, QString>>& query, const QByteArray& body = {},
        const CosOptions& options = {}, EmulatorServer* server = nullptr);
    QString commit(const QJsonObject& session, QString* mediaUrl = nullptr, EmulatorServer* server = nullptr);
    QString initiate(const QJsonObject& session);
    QString putPart(const QJsonObject& session, const QString& uploadId, int n, const QByteArray& data);
    HttpResult completeUpload(
        const QJsonObject& session, const QString& uploadId, const QList<QPair<int, QString>>& parts);

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<EmulatorServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void TestEmulatorUpload::init()
{
    m_clock = std::make_unique<ManualClock>(1'750'000'000'000LL);
    EmulatorConfig config;
    config.taskSeconds = 2;
    m_server = std::make_unique<EmulatorServer>(config, m_clock.get());
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void TestEmulatorUpload::cleanup()
{
    m_nam.reset();
    m_server.reset();
    m_clock.reset();
}

HttpResult TestEmulatorUpload::api(const QString& action, const QJsonObject& params, EmulatorServer* server)
{
    EmulatorServer* s = server ? server : m_server.get();
    const QByteArray body = QJsonDocument(params).toJson(QJsonDocument::Compact);
    return postSigned(*m_nam, s->baseUrl(), signInput(*s, s->clock()->nowSecs(), action, body));
}

QJsonObject TestEmulatorUpload::apply(const QJsonObject& params, EmulatorServer* server)
{
    const HttpResult r = api(u"ApplyUpload"_s, params, server);
    if (!r.errorCode().isEmpty())
        qWarning("ApplyUpload failed: %s", r.body.constData());
    return r.response();
}

HttpResult TestEmulatorUpload::cos(const QJsonObject& session, const QByteArray& method,
    const QList<QPair<QString, QString>>& query, const QByteArray& body, const CosOptions& o,
    EmulatorServer* server)
{
    EmulatorServer* s = server ? server : m_server.get();
    const QJsonObject cert = session.value("TempCertificate"_L1).toObject();
    const QString host = !o.host.isNull() ? o.host
                                          : session.value("StorageBucket"_L1).toString() + u".cos."_s
            + session.value("StorageRegion"_L1).toString() + u".myqcloud.com"_s;
    const QString key = !o.key.isNull() ? o.key : session.value("MediaStoragePath"_L1).toString();
    const qint64 now = s->clock()->nowSecs();
    CosSigner::Input in;
    in.secretId = o.secretId.isNull() ? cert.value("SecretId"_L1).toString() : o.secretId;
    in.secretKey = o.secretKey.isNull() ? cert.value("SecretKey"_L1).toString() : o.secretKey;
    in.method = QString::fromLatin1(method);
    in.key = key;
    in.query = query;
    in.headers = { { u"Host"_s, host } };
    const bool hasBody = method == "PUT" || method == "POST";
    if (hasBody)
        in.headers.append({ u"Content-Length"_s, QString::number(body.size()) });
    in.keyTime
        = o.keyTime.isNull() ? QString::number(now - 60) + u';' + QString::number(now + 900) : o.keyTime;
    const CosSigner::Output sig = CosSigner::sign(in);

    QUrl url = s->baseUrl();
    url.setPath(key);
    QUrlQuery q;
    for (const auto& [name, value] : query)
        q.addQueryItem(name, value);
    url.setQuery(q);
    QNetworkRequest req(url);
    req.setRawHeader("Host", host.toLatin1());
    if (o.sign)
        req.setRawHeader("Authorization", sig.authorization);
    const QByteArray token = o.token.isNull() ? cert.value("Token"_L1).toString().toLatin1() : o.token;
    if (token != "-")
        req.setRawHeader("x-cos-security-token", token);
    if (hasBody)
        req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/octet-stream"_s);
    return finish(m_nam->sendCustomRequest(req, method, hasBody ? body : QByteArray()), 30000);
}

QString TestEmulatorUpload::commit(const QJsonObject& session, QString* mediaUrl, EmulatorServer* server)
{
    const HttpResult r
        = api(u"CommitUpload"_s, { { "VodSessionKey"_L1, session.value("VodSessionKey"_L1) } }, server);
    if (!r.errorCode().isEmpty())
        qWarning("CommitUpload failed: %s", r.body.constData());
    if (mediaUrl)
        *mediaUrl = r.response().value("MediaUrl"_L1).toString();
    return r.response().value("FileId"_L1).toString();
}

QString TestEmulatorUpload::initiate(const QJsonObject& session)
{
    const HttpResult r = cos(session, "POST", { { u"uploads"_s, QString() } });
    if (r.status != 200)
        qWarning("initiate failed: %d %s", r.status, r.body.constData());
    return xmlValue(r.body, u"UploadId"_s);
}

QString TestEmulatorUpload::putPart(
    const QJsonObject& session, const QString& uploadId, int n, const QByteArray& data)
{
    const HttpResult r
        = cos(session, "PUT", { { u"partNumber"_s, QString::number(n) }, { u"uploadId"_s, uploadId } }, data);
    if (r.status != 200)
        qWarning("part %d failed: %d %s", n, r.status, r.body.constData());
    return QString::fromLatin1(r.header("ETag"));
}

HttpResult TestEmulatorUpload::completeUpload(
    const QJsonObject& session, const QString& uploadId, const QList<QPair<int, QString>>& parts)
{
    QByteArray xml = "<CompleteMultipartUpload>";
    for (const auto& [n, etag] : parts)
        xml += "<Part><PartNumber>" + QByteArray::number(n) + "</PartNumber><ETag>" + etag.toUtf8()
            + "</ETag></Part>";
    xml += "</CompleteMultipartUpload>";
    return cos(session, "POST", { { u"uploadId"_s, uploadId } }, xml);
}

// --- ApplyUpload -------------------------------------------------------------------------------------

void TestEmulatorUpload::applyUploadAnswers()
{
    const QJsonObject a = apply({ { "MediaType"_L1, u"WAV"_s }, { "MediaName"_L1, u"my take"_s } });
    QCOMPARE(a.value("StorageBucket"_L1).toString(), u"vodemu-1250000000"_s);
    QCOMPARE(a.value("StorageRegion"_L1).toString(), u"ap-guangzhou"_s);
    const QString path = a.value("MediaStoragePath"_L1).toString();
    QVERIFY2(path.startsWith(u'/') && path.endsWith(".wav"_L1), qPrintable(path));
    QVERIFY(a.value("VodSessionKey"_L1).toString().size() >= 32);
    QVERIFY(!a.value("RequestId"_L1).toString().isEmpty());
    const QJsonObject cert = a.value("TempCertificate"_L1).toObject();
    QVERIFY(cert.value("SecretId"_L1).toString().startsWith("AKID"_L1));
    QVERIFY(!cert.value("SecretKey"_L1).toString().isEmpty());
    QVERIFY(!cert.value("Token"_L1).toString().isEmpty());
    QCOMPARE(cert.value("ExpiredTime"_L1).toInteger(), m_clock->nowSecs() + 3600);

    const QJsonObject b = apply({ { "MediaType"_L1, u"mp4"_s }, { "StorageRegion"_L1, u"ap-singapore"_s } });
    QCOMPARE(b.value("StorageRegion"_L1).toString(), u"ap-singapore"_s);
    QVERIFY(b.value("MediaStoragePath"_L1).toString().endsWith(".mp4"_L1));
    QVERIFY(b.value("MediaStoragePath"_L1) != a.value("MediaStoragePath"_L1));
    QVERIFY(b.value("VodSessionKey"_L1) != a.value("VodSessionKey"_L1));
    QVERIFY(b.value("TempCertificate"_L1).toObject().value("SecretId"_L1) != cert.value("SecretId"_L1));
}

void TestEmulatorUpload::applyUploadErrors_data()
{
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("no MediaType") << QJsonObject { { "MediaName"_L1, u"x"_s } } << u"MissingParameter"_s
                                  << u"MediaType"_s;
    QTest::newRow("unsupported") << QJsonObject { { "MediaType"_L1, u"exe"_s } }
                                 << u"InvalidParameterValue.MediaType"_s << u"MediaType `exe`"_s;
    QTest::newRow("wrong type") << QJsonObject { { "MediaType"_L1, 3 } } << u"InvalidParameter"_s
                                << u"MediaType"_s;
    QTest::newRow("unknown field") << QJsonObject { { "MediaType"_L1, u"wav"_s }, { "Colour"_L1, u"red"_s } }
                                   << u"UnknownParameter"_s << u"Colour"_s;
    QTest::newRow("bad ExpireTime") << QJsonObject { { "MediaType"_L1, u"wav"_s },
        { "ExpireTime"_L1, u"soon"_s } }
                                    << u"InvalidParameterValue.ExpireTime"_s << u"ExpireTime"_s;
    QTest::newRow("bad region") << QJsonObject { { "MediaType"_L1, u"wav"_s },
        { "StorageRegion"_L1, u"Mars"_s } }
                                << u"InvalidParameterValue.StorageRegion"_s << u"StorageRegion"_s;
    QTest::newRow("negative ClassId") << QJsonObject { { "MediaType"_L1, u"wav"_s }, { "ClassId"_L1, -1 } }
                                      << u"InvalidParameterValue.ClassId"_s << u"ClassId"_s;
}

void TestEmulatorUpload::applyUploadErrors()
{
    QFETCH(QJsonObject, params);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);
    const HttpResult r = api(u"ApplyUpload"_s, params);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.errorCode(), code);
    QVERIFY2(r.errorMessage().contains(messagePart), qPrintable(r.errorMessage()));
}

void TestEmulatorUpload::applyUploadSubAppId()
{
    EmulatorConfig config;
    config.subAppIds = { 1500000001 };
    EmulatorServer server(config, m_clock.get());
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QCOMPARE(api(u"ApplyUpload"_s, { { "MediaType"_L1, u"wav"_s }, { "SubAppId"_L1, 1500000002 } }, &server)
                 .errorCode(),
        u"InvalidParameterValue.SubAppId"_s);
    const QJsonObject s = apply({ { "MediaType"_L1, u"wav"_s }, { "SubAppId"_L1, 1500000001 } }, &server);
    QVERIFY(!s.isEmpty());
    QCOMPARE(cos(s, "PUT", {}, makeWav(1), {}, &server).status, 200);
    // The session belongs to its SubAppId.
    QCOMPARE(
        api(u"CommitUpload"_s, { { "VodSessionKey"_L1, s.value("VodSessionKey"_L1) } }, &server).errorCode(),
        u"InvalidParameterValue.VodSessionKey"_s);
    const HttpResult c = api(u"CommitUpload"_s,
        { { "VodSessionKey"_L1, s.value("VodSessionKey"_L1) }, { "SubAppId"_L1, 1500000001 } }, &server);
    QVERIFY2(c.errorCode().isEmpty(), c.body.constData());
    const QString fileId = c.response().value("FileId"_L1).toString();
    QCOMPARE(api(u"DescribeMediaInfos"_s, { { "FileIds"_L1, QJsonArray { fileId } } }, &server)
                 .response()
                 .value("NotExistFileIdSet"_L1)
                 .toArray(),
        QJsonArray { fileId });
}

// --- PUT Object, CommitUpload, DescribeMediaInfos, serving ------------------------------------------

void TestEmulatorUpload::putObjectCommitAndServe()
{
    const QJsonObject s
        = apply({ { "MediaType"_L1, u"wav"_s }, { "MediaName"_L1, u"Door knock"_s }, { "ClassId"_L1, 3 } });
    const QByteArray wav = makeWav(2);
    const HttpResult put = cos(s, "PUT", {}, wav);
    QCOMPARE(put.status, 200);
    QCOMPARE(put.header("ETag"), QByteArray('"' + md5Hex(wav).toLatin1() + '"'));
    QVERIFY(!put.header("x-cos-request-id").isEmpty());

    QString mediaUrl;
    const QString fileId = commit(s, &mediaUrl);
    QVERIFY2(QRegularExpression(u"^[0-9]{19}$"_s).match(fileId).hasMatch(), qPrintable(fileId));
    QCOMPARE(mediaUrl,
        m_server->baseUrl().toString().chopped(1) + u"/files/media/"_s + fileId + u"/Door_knock.wav"_s);

    HttpResult file = get(*m_nam, QUrl(mediaUrl));
    QCOMPARE(file.status, 200);
    QCOMPARE(file.body, wav);
    QCOMPARE(file.header("Content-Type"), QByteArray("audio/wav"));
    file = get(*m_nam, QUrl(mediaUrl), { { "Range", "bytes=10-19" } });
    QCOMPARE(file.status, 206);
    QCOMPARE(file.body, wav.mid(10, 10));
    QCOMPARE(file.header("Content-Range"), QByteArray("bytes 10-19/") + QByteArray::number(wav.size()));
    file = get(*m_nam, QUrl(mediaUrl), {}, true);
    QCOMPARE(file.status, 200);
    QCOMPARE(file.contentLength, wav.size());
    QVERIFY(file.body.isEmpty());
    QCOMPARE(get(*m_nam, QUrl(mediaUrl + u"x"_s)).status, 404);

    const HttpResult r = api(u"DescribeMediaInfos"_s, { { "FileIds"_L1, QJsonArray { fileId, u"1"_s } } });
    QVERIFY2(r.errorCode().isEmpty(), r.body.constData());
    const QJsonArray set = r.response().value("MediaInfoSet"_L1).toArray();
    QCOMPARE(set.size(), 1);
    const QJsonObject info = set.at(0).toObject();
    QCOMPARE(info.value("FileId"_L1).toString(), fileId);
    const QJsonObject basic = info.value("BasicInfo"_L1).toObject();
    QCOMPARE(basic.value("Name"_L1).toString(), u"Door knock"_s);
    QCOMPARE(basic.value("Type"_L1).toString(), u"wav"_s);
    QCOMPARE(basic.value("Category"_L1).toString(), u"Audio"_s);
    QCOMPARE(basic.value("ClassId"_L1).toInt(), 3);
    QCOMPARE(basic.value("Status"_L1).toString(), u"Normal"_s);
    QCOMPARE(basic.value("StorageRegion"_L1).toString(), u"ap-guangzhou"_s);
    QCOMPARE(basic.value("MediaUrl"_L1).toString(), mediaUrl);
    const QJsonObject meta = info.value("MetaData"_L1).toObject();
    QCOMPARE(meta.value("Size"_L1).toInteger(), wav.size());
    QCOMPARE(meta.value("Container"_L1).toString(), u"wav"_s);
    QCOMPARE(meta.value("Duration"_L1).toDouble(), 2.0);
    const QJsonObject stream = meta.value("AudioStreamSet"_L1).toArray().at(0).toObject();
    QCOMPARE(stream.value("SamplingRate"_L1).toInt(), 8000);
    QCOMPARE(stream.value("Channel"_L1).toInt(), 1);
    QCOMPARE(r.response().value("NotExistFileIdSet"_L1).toArray(), QJsonArray { u"1"_s });

    // The session is over: its key can no longer be written.
    QCOMPARE(cos(s, "PUT", {}, wav).status, 403);
}

void TestEmulatorUpload::commitIsIdempotent()
{
    const QJsonObject s = apply();
    QCOMPARE(cos(s, "PUT", {}, makeWav(1)).status, 200);
    QString url1, url2;
    const QString first = commit(s, &url1);
    QVERIFY(!first.isEmpty());
    QCOMPARE(commit(s, &url2), first);
    QCOMPARE(url2, url1);
    // One media file, not two.
    QCOMPARE(api(u"DescribeMediaInfos"_s, { { "FileIds"_L1, QJsonArray { first } } })
                 .response()
                 .value("MediaInfoSet"_L1)
                 .toArray()
                 .size(),
        1);
}

void TestEmulatorUpload::commitErrors()
{
    QCOMPARE(api(u"CommitUpload"_s, {}).errorCode(), u"MissingParameter"_s);
    HttpResult r = api(u"CommitUpload"_s, { { "VodSessionKey"_L1, u"nope"_s } });
    QCOMPARE(r.errorCode(), u"InvalidParameterValue.VodSessionKey"_s);
    QVERIFY(r.errorMessage().contains("VodSessionKey"_L1));
    QCOMPARE(api(u"CommitUpload"_s, { { "VodSessionKey"_L1, u"x"_s }, { "Extra"_L1, 1 } }).errorCode(),
        u"UnknownParameter"_s);

    const QJsonObject s = apply();
    r = api(u"CommitUpload"_s, { { "VodSessionKey"_L1, s.value("VodSessionKey"_L1) } });
    QCOMPARE(r.errorCode(), u"FailedOperation"_s);
    QVERIFY2(r.errorMessage().contains("never uploaded"_L1), qPrintable(r.errorMessage()));

    const QString uploadId = initiate(s);
    QVERIFY(!uploadId.isEmpty());
    putPart(s, uploadId, 1, bytes(100, 1));
    r = api(u"CommitUpload"_s, { { "VodSessionKey"_L1, s.value("VodSessionKey"_L1) } });
    QCOMPARE(r.errorCode(), u"FailedOperation"_s);
    QVERIFY2(r.errorMessage().contains("CompleteMultipartUpload"_L1), qPrintable(r.errorMessage()));
}

// --- Multipart ---------------------------------------------------------------------------------------

void TestEmulatorUpload::multipartUpload()
{
    const QJsonObject s = apply({ { "MediaType"_L1, u"mp3"_s } });
    const QString key = s.value("MediaStoragePath"_L1).toString().mid(1);
    const HttpResult init = cos(s, "POST", { { u"uploads"_s, QString() } });
    QCOMPARE(init.status, 200);
    QVERIFY(init.body.startsWith("<?xml version='1.0' encoding='utf-8' ?>\n<InitiateMultipartUploadResult>"));
    QCOMPARE(xmlValue(init.body, u"Bucket"_s), u"vodemu-1250000000"_s);
    QCOMPARE(xmlValue(init.body, u"Key"_s), key);
    const QString uploadId = xmlValue(init.body, u"UploadId"_s);
    QVERIFY(!uploadId.isEmpty());

    const QByteArray p1 = bytes(1 << 20, 1), p2 = bytes(1 << 20, 2), p3 = bytes(1000, 3);
    const QString e1 = putPart(s, uploadId, 1, p1);
    const QString e3 = putPart(s, uploadId, 3, p3);
    const QString e2 = putPart(s, uploadId, 2, p2);
    QCOMPARE(e1, u'"' + md5Hex(p1) + u'"');
    QCOMPARE(e3, u'"' + md5Hex(p3) + u'"');

    const HttpResult list = cos(s, "GET", { { u"uploadId"_s, uploadId } });
    QCOMPARE(list.status, 200);
    QCOMPARE(xmlCount(list.body, u"Part"_s), 3);
    QVERIFY(list.body.contains(QByteArray("<ETag>" + e2.toLatin1() + "</ETag>")));
    QVERIFY(list.body.contains("<Size>1000</Size>"));
    QCOMPARE(xmlValue(list.body, u"IsTruncated"_s), u"false"_s);
    const HttpResult page = cos(s, "GET", { { u"max-parts"_s, u"2"_s }, { u"uploadId"_s, uploadId } });
    QCOMPARE(xmlCount(page.body, u"Part"_s), 2);
    QCOMPARE(xmlValue(page.body, u"IsTruncated"_s), u"true"_s);
    QCOMPARE(xmlValue(page.body, u"NextPartNumberMarker"_s), u"2"_s);

    const HttpResult done = completeUpload(s, uploadId, { { 1, e1 }, { 2, e2 }, { 3, e3 } });
    QCOMPARE(done.status, 200);
    QCOMPARE(xmlValue(done.body, u"Key"_s), key);
    QCOMPARE(xmlValue(done.body, u"Location"_s), u"vodemu-1250000000.cos.ap-guangzhou.myqcloud.com/"_s + key);
    QVERIFY(xmlValue(done.body, u"ETag"_s).endsWith("-3\""_L1));
    // The upload is gone once completed.
    QCOMPARE(cos(s, "GET", { { u"uploadId"_s, uploadId } }).status, 404);

    QString url;
    QVERIFY(!commit(s, &url).isEmpty());
    const HttpResult file = get(*m_nam, QUrl(url));
    QCOMPARE(file.status, 200);
    QCOMPARE(file.body, p1 + p2 + p3);
}

void TestEmulatorUpload::abortAndListUploads()
{
    const QJsonObject s = apply();
    const QString a = initiate(s);
    const QString b = initiate(s);
    putPart(s, a, 1, bytes(10, 1));
    CosOptions bucketOp;
    bucketOp.key = u"/"_s;
    HttpResult list = cos(s, "GET",
        { { u"prefix"_s, s.value("MediaStoragePath"_L1).toString().mid(1) }, { u"uploads"_s, QString() } },
        {}, bucketOp);
    QCOMPARE(list.status, 200);
    QVERIFY(list.body.contains("<ListMultipartUploadsResult>"));
    QCOMPARE(xmlCount(list.body, u"Upload"_s), 2);

    const HttpResult abort = cos(s, "DELETE", { { u"uploadId"_s, a } });
    QCOMPARE(abort.status, 204);
    QCOMPARE(cos(s, "GET", { { u"uploadId"_s, a } }).status, 404);
    QCOMPARE(cos(s, "DELETE", { { u"uploadId"_s, a } }).status, 404);
    list = cos(s, "GET", { { u"prefix"_s, QString() }, { u"uploads"_s, QString() } }, {}, bucketOp);
    QCOMPARE(xmlCount(list.body, u"Upload"_s), 1);
    QCOMPARE(xmlValue(list.body, u"UploadId"_s), b);
    // Another session sees none of them.
    list = cos(apply(), "GET", { { u"prefix"_s, QString() }, { u"uploads"_s, QString() } }, {}, bucketOp);
    QCOMPARE(xmlCount(list.body, u"Upload"_s), 0);
}

void TestEmulatorUpload::multipartErrors_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("part of an unknown upload") << u"unknownPart"_s << 404 << u"NoSuchUpload"_s;
    QTest::newRow("complete an unknown upload") << u"unknownComplete"_s << 404 << u"NoSuchUpload"_s;
    QTest::newRow("list an unknown upload") << u"unknownList"_s << 404 << u"NoSuchUpload"_s;
    QTest::newRow("parts out of order") << u"order"_s << 400 << u"InvalidPartOrder"_s;
    QTest::newRow("a part never uploaded") << u"missing"_s << 400 << u"InvalidPart"_s;
    QTest::newRow("a wrong ETag") << u"etag"_s << 400 << u"InvalidPart"_s;
    QTest::newRow("a small part before the last") << u"small"_s << 400 << u"EntityTooSmall"_s;
    QTest::newRow("malformed XML") << u"xml"_s << 400 << u"MalformedXML"_s;
    QTest::newRow("no parts") << u"empty"_s << 400 << u"MalformedXML"_s;
    QTest::newRow("part number 0") << u"zero"_s << 400 << u"InvalidArgument"_s;
    QTest::newRow("part number 10001") << u"tooBig"_s << 400 << u"InvalidArgument"_s;
    QTest::newRow("Content-MD5 mismatch") << u"md5"_s << 400 << u"BadDigest"_s;
}

void TestEmulatorUpload::multipartErrors()
{
    QFETCH(QString, scenario);
    QFETCH(int, status);
    QFETCH(QString, code);
    const QJsonObject s = apply();
    const QString id = initiate(s);
    const QByteArray small = bytes(1000, 1), big = bytes(1 << 20, 2);
    HttpResult r;
    if (scenario == "unknownPart"_L1) {
        r = cos(s, "PUT", { { u"partNumber"_s, u"1"_s }, { u"uploadId"_s, u"nope"_s } }, small);
    } else if (scenario == "unknownComplete"_L1) {
        r = completeUpload(s, u"nope"_s, { { 1, u"\"x\""_s } });
    } else if (scenario == "unknownList"_L1) {
        r = cos(s, "GET", { { u"uploadId"_s, u"nope"_s } });
    } else if (scenario == "order"_L1) {
        const QString e1 = putPart(s, id, 1, big), e2 = putPart(s, id, 2, small);
        r = completeUpload(s, id, { { 2, e2 }, { 1, e1 } });
    } else if (scenario == "missing"_L1) {
        const QString e1 = putPart(s, id, 1, big);
        r = completeUpload(s, id, { { 1, e1 }, { 2, e1 } });
    } else if (scenario == "etag"_L1) {
        putPart(s, id, 1, big);
        r = completeUpload(s, id, { { 1, u"\"0123456789abcdef0123456789abcdef\""_s } });
    } else if (scenario == "small"_L1) {
        const QString e1 = putPart(s, id, 1, small), e2 = putPart(s, id, 2, big);
        r = completeUpload(s, id, { { 1, e1 }, { 2, e2 } });
    } else if (scenario == "xml"_L1) {
        r = cos(s, "POST", { { u"uploadId"_s, id } }, "<CompleteMultipartUpload><Part>");
    } else if (scenario == "empty"_L1) {
        r = completeUpload(s, id, {});
    } else if (scenario == "zero"_L1) {
        r = cos(s, "PUT", { { u"partNumber"_s, u"0"_s }, { u"uploadId"_s, id } }, small);
    } else if (scenario == "tooBig"_L1) {
        r = cos(s, "PUT", { { u"partNumber"_s, u"10001"_s }, { u"uploadId"_s, id } }, small);
    } else if (scenario == "md5"_L1) {
        // Content-MD5 is not signed here (CosSigner would sign it): the emulator checks it anyway.
        QUrl url = m_server->baseUrl();
        url.setPath(s.value("MediaStoragePath"_L1).toString());
        const QJsonObject cert = s.value("TempCertificate"_L1).toObject();
        const QString host = u"vodemu-1250000000.cos.ap-guangzhou.myqcloud.com"_s;
        CosSigner::Input in;
        in.secretId = cert.value("SecretId"_L1).toString();
        in.secretKey = cert.value("SecretKey"_L1).toString();
        in.method = u"put"_s;
        in.key = s.value("MediaStoragePath"_L1).toString();
        in.headers = { { u"Host"_s, host },
            { u"Content-MD5"_s,
                QString::fromLatin1(
                    QCryptographicHash::hash("other", QCryptographicHash::Md5).toBase64()) } };
        const qint64 now = m_clock->nowSecs();
        in.keyTime = QString::number(now - 1) + u';' + QString::number(now + 60);
        QNetworkRequest req(url);
        req.setRawHeader("Host", host.toLatin1());
        req.setRawHeader("Content-MD5", in.headers.at(1).second.toLatin1());
        req.setRawHeader("Authorization", CosSigner::sign(in).authorization);
        req.setRawHeader("x-cos-security-token", cert.value("Token"_L1).toString().toLatin1());
        r = finish(m_nam->put(req, small));
    }
    QCOMPARE(r.status, status);
    QCOMPARE(xmlValue(r.body, u"Code"_s), code);
    QVERIFY(!xmlValue(r.body, u"RequestId"_s).isEmpty());
}

// --- Authentication ----------------------------------------------------------------------------------

void TestEmulatorUpload::authFailures_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("no Authorization") << u"unsigned"_s << 403 << u"AccessDenied"_s << QString();
    QTest::newRow("wrong signature") << u"secretKey"_s << 403 << u"SignatureDoesNotMatch"_s << QString();
    QTest::newRow("signed another key")
        << u"signedOtherKey"_s << 403 << u"SignatureDoesNotMatch"_s << QString();
    QTest::newRow("wrong token") << u"token"_s << 400 << u"InvalidToken"_s << QString();
    QTest::newRow("missing token") << u"noToken"_s << 400 << u"InvalidToken"_s << QString();
    QTest::newRow("unknown SecretId") << u"ak"_s << 403 << u"InvalidAccessKeyId"_s << QString();
    QTest::newRow("the long-term API key") << u"apiKey"_s << 403 << u"InvalidAccessKeyId"_s << QString();
    QTest::newRow("expired key-time")
        << u"keyTimePast"_s << 403 << u"AccessDenied"_s << u"Request has expired"_s;
    QTest::newRow("key-time in the future")
        << u"keyTimeFuture"_s << 403 << u"RequestTimeTooSkewed"_s << QString();
    QTest::newRow("expired credential") << u"expired"_s << 400 << u"ExpiredToken"_s << QString();
    QTest::newRow("another key") << u"otherKey"_s << 403 << u"AccessDenied"_s << QString();
    QTest::newRow("another session's key") << u"otherSession"_s << 403 << u"AccessDenied"_s << QString();
    QTest::newRow("another bucket") << u"bucket"_s << 403 << u"AccessDenied"_s << QString();
    QTest::newRow("GetObject") << u"get"_s << 403 << u"AccessDenied"_s << QString();
}

void TestEmulatorUpload::authFailures()
{
    QFETCH(QString, scenario);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);
    const QJsonObject s = apply();
    const qint64 now = m_clock->nowSecs();
    CosOptions o;
    QByteArray method = "PUT";
    if (scenario == "unsigned"_L1)
        o.sign = false;
    else if (scenario == "secretKey"_L1)
        o.secretKey = u"not the key"_s;
    else if (scenario == "token"_L1)
        o.token = "wrong";
    else if (scenario == "noToken"_L1)
        o.token = "-";
    else if (scenario == "ak"_L1)
        o.secretId = u"AKIDnobody"_s;
    else if (scenario == "apiKey"_L1) {
        o.secretId = kId;
        o.secretKey = kKey;
    } else if (scenario == "keyTimePast"_L1)
        o.keyTime = QString::number(now - 1000) + u';' + QString::number(now - 100);
    else if (scenario == "keyTimeFuture"_L1)
        o.keyTime = QString::number(now + 100) + u';' + QString::number(now + 1000);
    else if (scenario == "expired"_L1)
        m_clock->advance(3601 * 1000);
    else if (scenario == "otherKey"_L1)
        o.key = u"/somewhere/else.wav"_s;
    else if (scenario == "otherSession"_L1)
        o.key = apply().value("MediaStoragePath"_L1).toString();
    else if (scenario == "bucket"_L1)
        o.host = u"other-1250000000.cos.ap-guangzhou.myqcloud.com"_s;
    else if (scenario == "get"_L1)
        method = "GET";
    HttpResult r;
    if (scenario == "signedOtherKey"_L1) {
        // Signed for one key, sent to another.
        const QJsonObject cert = s.value("TempCertificate"_L1).toObject();
        CosSigner::Input in;
        in.secretId = cert.value("SecretId"_L1).toString();
        in.secretKey = cert.value("SecretKey"_L1).toString();
        in.method = u"put"_s;
        in.key = u"/other.wav"_s;
        in.headers = { { u"Host"_s, u"vodemu-1250000000.cos.ap-guangzhou.myqcloud.com"_s } };
        in.keyTime = QString::number(now - 1) + u';' + QString::number(now + 60);
        QUrl url = m_server->baseUrl();
        url.setPath(s.value("MediaStoragePath"_L1).toString());
        QNetworkRequest req(url);
        req.setRawHeader("Host", "vodemu-1250000000.cos.ap-guangzhou.myqcloud.com");
        req.setRawHeader("Authorization", CosSigner::sign(in).authorization);
        req.setRawHeader("x-cos-security-token", cert.value("Token"_L1).toString().toLatin1());
        r = finish(m_nam->put(req, QByteArray("x")));
    } else {
        r = cos(s, method, {}, method == "PUT" ? makeWav(1) : QByteArray(), o);
    }
    QCOMPARE(r.status, status);
    QVERIFY2(r.body.startsWith("<?xml version='1.0' encoding='utf-8' ?>\n<Error>"), r.body.constData());
    QCOMPARE(xmlValue(r.body, u"Code"_s), code);
    if (!messagePart.isEmpty())
        QCOMPARE(xmlValue(r.body, u"Message"_s), messagePart);
    QVERIFY(!xmlValue(r.body, u"Resource"_s).isEmpty());
    QVERIFY(!xmlValue(r.body, u"TraceId"_s).isEmpty());
    QCOMPARE(QString::fromLatin1(r.header("x-cos-request-id")), xmlValue(r.body, u"RequestId"_s));
    // Nothing was stored.
    m_clock->setNowMs(1'750'000'000'000LL);
    QCOMPARE(api(u"CommitUpload"_s, { { "VodSessionKey"_L1, s.value("VodSessionKey"_L1) } }).errorCode(),
        u"FailedOperation"_s);
}

void TestEmulatorUpload::pathStyleAndPortInHost()
{
    // The Node SDK sends the port in Host (and signs it); a client without a COS host uses path-style.
    const QJsonObject s = apply();
    CosOptions withPort;
    withPort.host = u"vodemu-1250000000.cos.ap-guangzhou.myqcloud.com:"_s + QString::number(m_server->port());
    QCOMPARE(cos(s, "PUT", {}, makeWav(1), withPort).status, 200);
    CosOptions pathStyle;
    pathStyle.host = u"127.0.0.1:"_s + QString::number(m_server->port());
    const QByteArray wav = makeWav(2);
    QCOMPARE(cos(s, "PUT", {}, wav, pathStyle).status, 200);
    QString url;
    QVERIFY(!commit(s, &url).isEmpty());
    QCOMPARE(get(*m_nam, QUrl(url)).body, wav);
}

// --- File references ---------------------------------------------------------------------------------

void TestEmulatorUpload::createWithFileReferences()
{
    const QJsonObject s = apply();
    QCOMPARE(cos(s, "PUT", {}, makeWav(1)).status, 200);
    const QString fileId = commit(s);
    const QJsonObject ref { { "Type"_L1, u"File"_s }, { "FileId"_L1, fileId } };
    HttpResult r = api(u"CreateAigcAudioTask"_s,
        { { "ModelName"_L1, u"MiniMaxMusic"_s }, { "ModelVersion"_L1, u"2.0"_s },
            { "SceneType"_L1, u"music"_s }, { "Prompt"_L1, u"calm"_s },
            { "AudioInfos"_L1, QJsonArray { ref } } });
    QVERIFY2(r.errorCode().isEmpty(), r.body.constData());
    const QString taskId = r.response().value("TaskId"_L1).toString();
    const QJsonObject input = api(u"DescribeTaskDetail"_s, { { "TaskId"_L1, taskId } })
                                  .response()
                                  .value("AigcAudioTask"_L1)
                                  .toObject()
                                  .value("Input"_L1)
                                  .toObject();
    QCOMPARE(input.value("AudioInfos"_L1).toArray(), QJsonArray { ref });

    r = api(u"CreateAigcAudioTask"_s,
        { { "Prompt"_L1, u"boom"_s },
            { "AudioInfos"_L1,
                QJsonArray { QJsonObject {
                    { "Type"_L1, u"File"_s }, { "FileId"_L1, u"5285890000000000000"_s } } } } });
    QCOMPARE(r.errorCode(), u"InvalidParameterValue.FileId"_s);
    QVERIFY2(r.errorMessage().contains("AudioInfos[0].FileId"_L1), qPrintable(r.errorMessage()));
    r = api(u"CreateAigcAudioTask"_s,
        { { "Prompt"_L1, u"boom"_s },
            { "VideoInfos"_L1,
                QJsonArray { ref, QJsonObject { { "Type"_L1, u"File"_s }, { "FileId"_L1, u"42"_s } } } } });
    QCOMPARE(r.errorCode(), u"InvalidParameterValue.FileId"_s);
    QVERIFY2(r.errorMessage().contains("VideoInfos[1].FileId"_L1), qPrintable(r.errorMessage()));
    // Url entries need Url.
    r = api(u"CreateAigcAudioTask"_s,
        { { "Prompt"_L1, u"boom"_s },
            { "AudioInfos"_L1, QJsonArray { QJsonObject { { "Type"_L1, u"Url"_s } } } } });
    QCOMPARE(r.errorCode(), u"InvalidParameterValue"_s);
    QVERIFY2(r.errorMessage().contains("AudioInfos[0].Url"_L1), qPrintable(r.errorMessage()));
    // Another SubAppId does not see the file.
    r = api(u"CreateAigcAudioTask"_s,
        { { "Prompt"_L1, u"boom"_s }, { "SubAppId"_L1, 1500000009 },
            { "AudioInfos"_L1, QJsonArray { ref } } });
    QCOMPARE(r.errorCode(), u"InvalidParameterValue.FileId"_s);

    // A Permanent output's FileId may be referenced once it exists.
    r = api(u"CreateAigcAudioTask"_s,
        { { "Prompt"_L1, u"rain"_s },
            { "OutputConfig"_L1,
                QJsonObject { { "StorageMode"_L1, u"Permanent"_s }, { "Duration"_L1, 1 } } } });
    const QString permanentTask = r.response().value("TaskId"_L1).toString();
    m_clock->advance(3000);
    const QJsonObject detail = api(u"DescribeTaskDetail"_s, { { "TaskId"_L1, permanentTask } }).response();
    const QString outputFileId = detail.value("AigcAudioTask"_L1)
                                     .toObject()
                                     .value("Output"_L1)
                                     .toObject()
                                     .value("AudioInfos"_L1)
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value("FileId"_L1)
                                     .toString();
    QVERIFY(!outputFileId.isEmpty());
    r = api(u"CreateAigcAudioTask"_s,
        { { "Prompt"_L1, u"more rain"_s },
            { "AudioInfos"_L1,
                QJsonArray { QJsonObject { { "Type"_L1, u"File"_s }, { "FileId"_L1, outputFileId } } } } });
    QVERIFY2(r.errorCode().isEmpty(), r.body.constData());
}

// --- Faults ------------------------------------------------------------------------------------------

void TestEmulatorUpload::cosFaults_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("drop PutObject") << u"drop"_s << u"PutObject"_s << 0 << QString();
    QTest::newRow("truncate PutObject") << u"truncate"_s << u"Cos"_s << 0 << QString();
    QTest::newRow("HTTP 503") << u"http503"_s << u"PutObject"_s << 503 << u"ServiceUnavailable"_s;
    QTest::newRow("HTTP 502") << u"http502"_s << u"Cos"_s << 502 << u"BadGateway"_s;
    QTest::newRow("fault rate InternalError") << u"internal"_s << u"PutObject"_s << 500 << u"InternalError"_s;
    QTest::newRow("fault rate SlowDown") << u"slowdown"_s << u"Cos"_s << 503 << u"SlowDown"_s;
}

void TestEmulatorUpload::cosFaults()
{
    QFETCH(QString, kind);
    QFETCH(QString, action);
    QFETCH(int, status);
    QFETCH(QString, code);
    const QJsonObject s = apply();
    FaultConfig f;
    f.actions = { action };
    // QNetworkAccessManager resends a PUT whose connection closed unanswered: a dropped PUT keeps being
    // dropped until the faults are cleared.
    f.limit = kind == "drop"_L1 ? 0 : 1;
    if (kind == "drop"_L1)
        f.dropRate = 1;
    else if (kind == "truncate"_L1)
        f.truncateRate = 1;
    else if (kind == "http503"_L1) {
        f.httpErrorRate = 1;
        f.httpErrorStatuses = { 503 };
    } else if (kind == "http502"_L1) {
        f.httpErrorRate = 1;
        f.httpErrorStatuses = { 502 };
    } else if (kind == "internal"_L1)
        f.faultRate = 1;
    else if (kind == "slowdown"_L1) {
        f.faultRate = 1;
        f.faultCodes = { u"SlowDown"_s };
    }
    m_server->setFaults(f);
    // API actions are not faulted when only object-storage operations are named.
    QVERIFY(api(u"DescribeTasks"_s, {}).errorCode().isEmpty());
    const HttpResult r = cos(s, "PUT", {}, makeWav(1));
    QVERIFY(m_server->faultsInjected() >= 1);
    m_server->setFaults({});
    if (status == 0) {
        QVERIFY2(r.error != QNetworkReply::NoError, r.body.constData());
    } else {
        QCOMPARE(r.status, status);
        QCOMPARE(xmlValue(r.body, u"Code"_s), code);
        QVERIFY(!r.header("x-cos-request-id").isEmpty());
    }
    // Stage Before: nothing was stored. The next attempt (fault limit reached) succeeds.
    QCOMPARE(api(u"CommitUpload"_s, { { "VodSessionKey"_L1, s.value("VodSessionKey"_L1) } }).errorCode(),
        u"FailedOperation"_s);
    QCOMPARE(cos(s, "PUT", {}, makeWav(1)).status, 200);
    QVERIFY(!commit(s).isEmpty());
}

void TestEmulatorUpload::cosFaultAfterStoresThePart()
{
    const QJsonObject s = apply();
    const QString id = initiate(s);
    FaultConfig f;
    f.actions = { u"UploadPart"_s };
    f.stage = FaultConfig::Stage::After;
    f.dropRate = 1; // every resend of the PUT too
    f.latencyMs = 150;
    m_server->setFaults(f);
    const QByteArray part = bytes(5000, 9);
    const HttpResult r = cos(s, "PUT", { { u"partNumber"_s, u"1"_s }, { u"uploadId"_s, id } }, part);
    QVERIFY(r.error != QNetworkReply::NoError);
    QVERIFY2(r.elapsedMs >= 140, qPrintable(QString::number(r.elapsedMs)));
    m_server->setFaults({});
    // The part was stored, then the answer was lost: ListParts shows it.
    const HttpResult list = cos(s, "GET", { { u"uploadId"_s, id } });
    QCOMPARE(list.status, 200);
    QCOMPARE(xmlCount(list.body, u"Part"_s), 1);
    QVERIFY(list.body.contains(md5Hex(part).toLatin1()));
    const HttpResult done = completeUpload(s, id, { { 1, u'"' + md5Hex(part) + u'"' } });
    QCOMPARE(done.status, 200);
}

void TestEmulatorUpload::cosFaultsOnlyWhenNamed()
{
    const QJsonObject s = apply();
    FaultConfig f;
    f.dropRate = 1; // actions empty: every API action, no object-storage operation
    f.actions = {};
    m_server->setFaults(f);
    QCOMPARE(cos(s, "PUT", {}, makeWav(1)).status, 200);
    f.actions = { u"CompleteMultipartUpload"_s };
    m_server->setFaults(f);
    QCOMPARE(cos(s, "PUT", {}, makeWav(1)).status, 200);
    QVERIFY(!initiate(s).isEmpty());
    QCOMPARE(m_server->faultsInjected(), 0);
}

// --- Size, persistence, command line -----------------------------------------------------------------

void TestEmulatorUpload::largeMultipartKeepsBytes()
{
    const QJsonObject s = apply({ { "MediaType"_L1, u"mp4"_s } });
    const QString id = initiate(s);
    constexpr qsizetype kPart = 5 * 1024 * 1024;
    const qsizetype total = 25 * 1024 * 1024 + 12345;
    QCryptographicHash whole(QCryptographicHash::Md5);
    QList<QPair<int, QString>> parts;
    int n = 1;
    for (qsizetype at = 0; at < total; at += kPart, ++n) {
        const QByteArray data = bytes(std::min(kPart, total - at), n);
        whole.addData(data);
        const QString etag = putPart(s, id, n, data);
        QCOMPARE(etag, u'"' + md5Hex(data) + u'"');
        parts.append({ n, etag });
    }
    QCOMPARE(parts.size(), 6);
    QCOMPARE(completeUpload(s, id, parts).status, 200);
    QString url;
    const QString fileId = commit(s, &url);
    const HttpResult file = get(*m_nam, QUrl(url));
    QCOMPARE(file.status, 200);
    QCOMPARE(file.body.size(), total);
    QCOMPARE(md5Hex(file.body), QString::fromLatin1(whole.result().toHex()));
    const QJsonObject info = api(u"DescribeMediaInfos"_s, { { "FileIds"_L1, QJsonArray { fileId } } })
                                 .response()
                                 .value("MediaInfoSet"_L1)
                                 .toArray()
                                 .at(0)
                                 .toObject();
    QCOMPARE(info.value("BasicInfo"_L1).toObject().value("Category"_L1).toString(), u"Video"_s);
    QCOMPARE(info.value("MetaData"_L1).toObject().value("Size"_L1).toInteger(), total);
}

void TestEmulatorUpload::dataDirSurvivesRestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    EmulatorConfig config;
    config.dataDir = dir.path();
    const QByteArray wav = makeWav(1);
    QJsonObject committed, pending;
    QString fileId, uploadId;
    {
        EmulatorServer server(config, m_clock.get());
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        committed = apply({ { "MediaType"_L1, u"wav"_s } }, &server);
        QCOMPARE(cos(committed, "PUT", {}, wav, {}, &server).status, 200);
        fileId = commit(committed, nullptr, &server);
        QVERIFY(!fileId.isEmpty());
        pending = apply({ { "MediaType"_L1, u"wav"_s } }, &server);
        const HttpResult init = cos(pending, "POST", { { u"uploads"_s, QString() } }, {}, {}, &server);
        uploadId = xmlValue(init.body, u"UploadId"_s);
        QCOMPARE(cos(pending, "PUT", { { u"partNumber"_s, u"1"_s }, { u"uploadId"_s, uploadId } }, wav, {},
                     &server)
                     .status,
            200);
    }
    QVERIFY(QFile::exists(dir.filePath(u"media.json"_s)));
    EmulatorServer server(config, m_clock.get());
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const HttpResult r = api(u"DescribeMediaInfos"_s, { { "FileIds"_L1, QJsonArray { fileId } } }, &server);
    const QJsonArray set = r.response().value("MediaInfoSet"_L1).toArray();
    QCOMPARE(set.size(), 1);
    const QString url = set.at(0).toObject().value("BasicInfo"_L1).toObject().value("MediaUrl"_L1).toString();
    QCOMPARE(get(*m_nam, QUrl(url)).body, wav);
    QCOMPARE(commit(committed, nullptr, &server), fileId);
    // The multipart upload in progress survived too.
    const HttpResult done = cos(pending, "POST", { { u"uploadId"_s, uploadId } },
        "<CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>\"" + md5Hex(wav).toLatin1()
            + "\"</ETag></Part></CompleteMultipartUpload>",
        {}, &server);
    QCOMPARE(done.status, 200);
}

void TestEmulatorUpload::commandLine()
{
    EmulatorCommandLine cl;
    QString error;
    QVERIFY2(cl.parse({ u"aigc-vod-emulator"_s, u"--upload-credential-seconds"_s, u"60"_s,
                          u"--fault-actions"_s, u"Cos,UploadPart"_s, u"--drop-rate"_s, u"1"_s },
                 &error),
        qPrintable(error));
    QCOMPARE(cl.config.uploadCredentialSeconds, 60);
    QVERIFY(cl.config.faults.appliesTo(u"PutObject"_s));
    QVERIFY(!cl.config.faults.appliesTo(u"CreateAigcAudioTask"_s));
    EmulatorCommandLine bad;
    QVERIFY(!bad.parse({ u"aigc-vod-emulator"_s, u"--upload-credential-seconds"_s, u"0"_s }, &error));
    QVERIFY(EmulatorCommandLine::helpText().contains("--upload-credential-seconds"_L1));

    // Credentials from a short-lived ApplyUpload expire.
    EmulatorConfig shortLived;
    shortLived.uploadCredentialSeconds = 60;
    EmulatorServer s2(shortLived, m_clock.get());
    QVERIFY(s2.listen(QHostAddress::LocalHost, 0));
    const QJsonObject s = apply({ { "MediaType"_L1, u"wav"_s } }, &s2);
    QCOMPARE(s.value("TempCertificate"_L1).toObject().value("ExpiredTime"_L1).toInteger(),
        m_clock->nowSecs() + 60);
    m_clock->advance(61'000);
    const HttpResult r = cos(s, "PUT", {}, makeWav(1), {}, &s2);
    QCOMPARE(r.status, 400);
    QCOMPARE(xmlValue(r.body, u"Code"_s), u"ExpiredToken"_s);
}

QTEST_GUILESS_MAIN(TestEmulatorUpload)
#include "tst_emulator_upload.moc"
