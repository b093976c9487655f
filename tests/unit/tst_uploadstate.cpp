// The pieces of the uploader that need no server: the upload state in the history database
// (UploadStore), the file-range device parts are streamed from, the file checks and their messages,
// the part-size rule, and object storage's XML errors.
#include "core/model/MediaFileTypes.h"
#include "core/net/FileRangeDevice.h"
#include "core/support/ManualClock.h"
#include "core/tasks/HistoryStore.h"
#include "core/uploads/CosJob.h"
#include "core/uploads/MediaUploader.h"
#include "core/uploads/UploadStore.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestUploadState : public QObject
{
    Q_OBJECT

private slots:
    void storeKeepsEveryFieldAndPart();
    void storeSharesTheHistoryDatabase();
    void credentialsAreWipedWhenTheUploadEnds();
    void findResumableMatchesTheVeryFile();
    void fileRangeDeviceReadsAndSeeksItsRange();
    void fileRangeDeviceRefusesAShortFile();
    void fileChecks_data();
    void fileChecks();
    void partSizeKeepsUnderTenThousandParts();
    void cosXmlErrors_data();
    void cosXmlErrors();
    void cosUrlEncodesKeyAndQuery();

private:
    static UploadRecord sample(const QString& path);
    QTemporaryDir m_dir;
};

UploadRecord TestUploadState::sample(const QString& path)
{
    UploadRecord r;
    r.filePath = path;
    r.fileSize = 30 * 1024 * 1024;
    r.fileModifiedMs = 1700000000123;
    r.mediaType = u"wav"_s;
    r.mediaName = u"Rain 雨"_s;
    r.classId = 7;
    r.subAppId = 1500000001;
    r.endpoint = u"http://127.0.0.1:8708/"_s;
    r.profileName = u"work"_s;
    return r;
}

void TestUploadState::storeKeepsEveryFieldAndPart()
{
    ManualClock clock(1'700'000'000'000);
    const QString db = m_dir.filePath(u"a/history.sqlite"_s);
    qint64 id = 0;
    {
        UploadStore store(&clock);
        QString error;
        QVERIFY2(store.open(db, &error), qPrintable(error));
        UploadRecord r = sample(u"/music/rain.wav"_s);
        id = store.add(r);
        QVERIFY(id > 0);
        r.id = id;
        r.state = UploadRecord::State::Uploading;
        r.vodSessionKey = u"session-key"_s;
        r.bucket = u"vodemu-1250000000"_s;
        r.region = u"ap-guangzhou"_s;
        r.storagePath = u"/1500000001/abc/rain.wav"_s;
        r.credentials = { u"AKIDtemp"_s, u"tempkey"_s, u"temptoken"_s, 1'700'003'600 };
        r.multipartUploadId = u"upload-1"_s;
        r.partSize = 8 * 1024 * 1024;
        QVERIFY(store.update(r));
        QVERIFY(store.addPart(id, { 2, "\"b2\"", 8 * 1024 * 1024 }));
        QVERIFY(store.addPart(id, { 1, "\"a1\"", 8 * 1024 * 1024 }));
        QVERIFY(store.addPart(id, { 2, "\"b2-again\"", 8 * 1024 * 1024 })); // replaces
    }
    UploadStore store(&clock);
    QVERIFY(store.open(db));
    const auto r = store.record(id);
    QVERIFY(r.has_value());
    QCOMPARE(r->filePath, u"/music/rain.wav"_s);
    QCOMPARE(r->fileSize, 30 * 1024 * 1024);
    QCOMPARE(r->fileModifiedMs, 1700000000123);
    QCOMPARE(r->mediaName, u"Rain 雨"_s);
    QCOMPARE(r->classId, 7);
    QCOMPARE(r->subAppId, std::optional<quint64>(1500000001));
    QCOMPARE(r->state, UploadRecord::State::Uploading);
    QCOMPARE(r->vodSessionKey, u"session-key"_s);
    QCOMPARE(r->storagePath, u"/1500000001/abc/rain.wav"_s);
    QCOMPARE(r->credentials.token, u"temptoken"_s);
    QCOMPARE(r->credentials.expiresAtSecs, 1'700'003'600);
    QCOMPARE(r->multipartUploadId, u"upload-1"_s);
    QCOMPARE(r->parts.size(), 2);
    QCOMPARE(r->parts.at(0).number, 1);
    QCOMPARE(r->parts.at(1).etag, QByteArray("\"b2-again\""));
    QCOMPARE(r->confirmedBytes(), 16 * 1024 * 1024);
    QCOMPARE(store.unfinished().size(), 1);
    QVERIFY(store.clearParts(id));
    QVERIFY(store.record(id)->parts.isEmpty());
}

void TestUploadState::storeSharesTheHistoryDatabase()
{
    // The app opens HistoryStore and UploadStore on one file; neither disturbs the other.
    ManualClock clock(1'700'000'000'000);
    const QString db = m_dir.filePath(u"shared/history.sqlite"_s);
    HistoryStore history(&clock);
    QString error;
    QVERIFY2(history.open(db, &error), qPrintable(error));
    UploadStore uploads(&clock);
    QVERIFY2(uploads.open(db, &error), qPrintable(error));
    QVERIFY(uploads.add(sample(u"/x.wav"_s)) > 0);
    QCOMPARE(history.count(), 0);
    history.close();
    HistoryStore again(&clock);
    QVERIFY2(again.open(db, &error), qPrintable(error));
    QCOMPARE(again.journalMode(), u"wal"_s);
    QCOMPARE(uploads.unfinished().size(), 1);
}

void TestUploadState::credentialsAreWipedWhenTheUploadEnds()
{
    ManualClock clock(1'700'000'000'000);
    const QString db = m_dir.filePath(u"wipe/history.sqlite"_s);
    UploadStore store(&clock);
    QVERIFY(store.open(db));
    UploadRecord r = sample(u"/y.wav"_s);
    r.id = store.add(r);
    r.state = UploadRecord::State::Uploading;
    r.vodSessionKey = u"session-secret"_s;
    r.credentials = { u"AKIDtemporary"_s, u"temporary-secret-key"_s, u"temporary-token"_s, 1 };
    QVERIFY(store.update(r));
    r.state = UploadRecord::State::Done;
    r.fileId = u"5285890800000000001"_s;
    QVERIFY(store.update(r));
    const auto back = store.record(r.id);
    QVERIFY(back->credentials.isEmpty());
    QVERIFY(back->credentials.token.isEmpty());
    QVERIFY(back->vodSessionKey.isEmpty());
    QCOMPARE(back->fileId, u"5285890800000000001"_s);
    store.close();
    // Not on the disk either: neither in the database (secure_delete) nor in its write-ahead log.
    const QStringList files { db, db + u"-wal"_s };
    for (const QString& f : files) {
        QFile file(f);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const char* secret : { "temporary-secret-key", "temporary-token", "session-secret" })
            QVERIFY2(!bytes.contains(secret), qPrintable(f + u": "_s + QLatin1String(secret)));
    }
}

void TestUploadState::findResumableMatchesTheVeryFile()
{
    ManualClock clock(1'700'000'000'000);
    UploadStore store(&clock);
    QVERIFY(store.open(m_dir.filePath(u"find/history.sqlite"_s)));
    UploadRecord r = sample(u"/z.wav"_s);
    r.id = store.add(r);
    const auto find = [&](qint64 size, qint64 mtime, const QString& endpoint, std::optional<quint64> sub) {
        return store.findResumable(u"/z.wav"_s, size, mtime, endpoint, sub).has_value();
    };
    QVERIFY(find(r.fileSize, r.fileModifiedMs, r.endpoint, r.subAppId));
    QVERIFY(!find(r.fileSize + 1, r.fileModifiedMs, r.endpoint, r.subAppId)); // the file changed
    QVERIFY(!find(r.fileSize, r.fileModifiedMs + 1, r.endpoint, r.subAppId));
    QVERIFY(!find(r.fileSize, r.fileModifiedMs, u"https://vod.tencentcloudapi.com/"_s, r.subAppId));
    QVERIFY(!find(r.fileSize, r.fileModifiedMs, r.endpoint, std::nullopt));
    // Without a SubAppId (an account's main application) too.
    UploadRecord plain = sample(u"/z.wav"_s);
    plain.subAppId = std::nullopt;
    plain.id = store.add(plain);
    QCOMPARE(
        store.findResumable(u"/z.wav"_s, plain.fileSize, plain.fileModifiedMs, plain.endpoint, std::nullopt)
            .value_or(UploadRecord {})
            .id,
        plain.id);
    r.state = UploadRecord::State::Cancelled;
    QVERIFY(store.update(r));
    QVERIFY(!find(r.fileSize, r.fileModifiedMs, r.endpoint, r.subAppId)); // over: nothing to resume
}

void TestUploadState::fileRangeDeviceReadsAndSeeksItsRange()
{
    const QString path = m_dir.filePath(u"range.bin"_s);
    QByteArray data;
    for (int i = 0; i < 1000; ++i)
        data.append(char(i % 251));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
    f.close();

    FileRangeDevice dev(path, 100, 300);
    QVERIFY(dev.open(QIODevice::ReadOnly));
    QVERIFY(!dev.isSequential());
    QCOMPARE(dev.size(), 300);
    QCOMPARE(dev.read(50), data.mid(100, 50));
    QCOMPARE(dev.readAll(), data.mid(150, 250));
    QVERIFY(dev.atEnd());
    QVERIFY(dev.seek(10)); // Qt rewinds a body to re-send it
    QCOMPARE(dev.readAll(), data.mid(110, 290));
    QVERIFY(!dev.seek(301));
    QVERIFY(!dev.open(QIODevice::WriteOnly) || dev.write("x") < 0);

    FileRangeDevice empty(path, 1000, 0); // a 0-byte file or last part
    QVERIFY(empty.open(QIODevice::ReadOnly));
    QCOMPARE(empty.readAll(), QByteArray());
}

void TestUploadState::fileRangeDeviceRefusesAShortFile()
{
    const QString path = m_dir.filePath(u"short.bin"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(100, 'x'));
    f.close();
    FileRangeDevice dev(path, 50, 100); // the file shrank since the upload began
    QVERIFY(!dev.open(QIODevice::ReadOnly));
    QVERIFY2(dev.errorString().contains(u"shorter than expected"_s), qPrintable(dev.errorString()));
    FileRangeDevice missing(m_dir.filePath(u"nope.bin"_s), 0, 1);
    QVERIFY(!missing.open(QIODevice::ReadOnly));
}

void TestUploadState::fileChecks_data()
{
    QTest::addColumn<QString>("name"); // created in the temp dir unless it starts with '!'
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("message"); // empty: no issue

    const int none = int(MediaFileTypes::Kind::None);
    const int audio = int(MediaFileTypes::Kind::Audio);
    const int video = int(MediaFileTypes::Kind::Video);
    QTest::newRow("wav") << u"a.wav"_s << audio << QString();
    QTest::newRow("upper case MP3") << u"b.MP3"_s << audio << QString();
    QTest::newRow("mov as video") << u"c.mov"_s << video << QString();
    QTest::newRow("any kind") << u"d.m4a"_s << none << QString();
    QTest::newRow("missing") << u"!missing.wav"_s << audio << u"does not exist"_s;
    QTest::newRow("folder") << u"!folder.wav"_s << audio << u"is a folder"_s;
    QTest::newRow("unsupported") << u"e.txt"_s << none << u"\".txt\" files are not supported"_s;
    QTest::newRow("no extension") << u"noext"_s << none << u"has no file extension"_s;
    QTest::newRow("video as audio") << u"f.mp4"_s << audio << u"is a video file"_s;
    QTest::newRow("audio as video") << u"g.flac"_s << video << u"is an audio file"_s;
    QTest::newRow("empty path") << u"!"_s << audio << u"no file was given"_s;
}

void TestUploadState::fileChecks()
{
    QFETCH(QString, name);
    QFETCH(int, expected);
    QFETCH(QString, message);
    QString path;
    if (name == "!"_L1) {
        path = QString();
    } else if (name == "!folder.wav"_L1) {
        path = m_dir.filePath(u"folder.wav"_s);
        QDir().mkpath(path);
    } else if (name.startsWith(u'!')) {
        path = m_dir.filePath(name.mid(1));
    } else {
        path = m_dir.filePath(name);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("RIFF");
    }
    const ValidationIssues issues
        = MediaFileTypes::check(path, MediaFileTypes::Kind(expected), u"AudioInfos[0]"_s);
    if (message.isEmpty()) {
        QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).toString()));
        return;
    }
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, u"AudioInfos[0]"_s);
    QVERIFY2(issues.first().message.contains(message), qPrintable(issues.first().message));
}

void TestUploadState::partSizeKeepsUnderTenThousandParts()
{
    const qint64 mib = 1024 * 1024;
    QCOMPARE(MediaUploader::partSizeFor(200 * mib, 8 * mib), 8 * mib);
    QCOMPARE(MediaUploader::partSizeFor(200 * mib, 100), mib); // never below 1 MiB
    const qint64 huge = 200'000 * mib; // 195 GiB
    const qint64 size = MediaUploader::partSizeFor(huge, 8 * mib);
    QVERIFY((huge + size - 1) / size <= 10000);
    QCOMPARE(size % mib, 0);
}

void TestUploadState::cosXmlErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("category");

    const QByteArray xml
        = "<?xml version='1.0' encoding='utf-8' ?>\n<Error><Code>%1</Code><Message>m</Message>"
          "<Resource>b.cos.ap-guangzhou.myqcloud.com/k</Resource><RequestId>rid</RequestId>"
          "<TraceId>t</TraceId></Error>";
    const auto body = [&](const char* code) { return QByteArray(xml).replace("%1", code); };
    using C = ApiError::Category;
    QTest::newRow("signature") << 403 << body("SignatureDoesNotMatch") << u"SignatureDoesNotMatch"_s
                               << int(C::Auth);
    QTest::newRow("token") << 400 << body("InvalidToken") << u"InvalidToken"_s << int(C::Auth);
    QTest::newRow("skew") << 403 << body("RequestTimeTooSkewed") << u"RequestTimeTooSkewed"_s
                          << int(C::Clock);
    QTest::newRow("no upload") << 404 << body("NoSuchUpload") << u"NoSuchUpload"_s << int(C::NotFound);
    QTest::newRow("small part") << 400 << body("EntityTooSmall") << u"EntityTooSmall"_s
                                << int(C::InvalidInput);
    QTest::newRow("slow down") << 503 << body("SlowDown") << u"SlowDown"_s << int(C::Transient);
    QTest::newRow("internal") << 500 << body("InternalError") << u"InternalError"_s << int(C::Transient);
    QTest::newRow("html 502") << 502 << QByteArray("<html>bad gateway</html>") << u"Transport.HttpStatus"_s
                              << int(C::Transient);
}

void TestUploadState::cosXmlErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(int, category);
    const ApiError e = CosJob::errorFromXml(status, body, "hdr-rid");
    QCOMPARE(e.code(), code);
    QCOMPARE(int(e.category()), category);
    QCOMPARE(e.httpStatus(), status);
    if (body.startsWith("<?xml"))
        QCOMPARE(e.requestId(), u"rid"_s);
}

void TestUploadState::cosUrlEncodesKeyAndQuery()
{
    CosJob::Request r;
    r.origin = QUrl(u"http://127.0.0.1:8708/"_s);
    r.key = u"/1500000001/a b/雨.wav"_s;
    r.query = { { u"partNumber"_s, u"3"_s }, { u"uploadId"_s, u"x/y+z"_s } };
    QCOMPARE(CosJob::urlFor(r).toString(QUrl::FullyEncoded),
        u"http://127.0.0.1:8708/1500000001/a%20b/%E9%9B%A8.wav?partNumber=3&uploadId=x%2Fy%2Bz"_s);
    r.query = { { u"uploads"_s, QString() } };
    QCOMPARE(CosJob::urlFor(r).query(QUrl::FullyEncoded), u"uploads"_s);
    QCOMPARE(CosJob::xmlElement("<R><UploadId>a&amp;b</UploadId></R>", u"UploadId"_s), u"a&b"_s);
}

QTEST_GUILESS_MAIN(TestUploadState)
#include "tst_uploadstate.moc"
