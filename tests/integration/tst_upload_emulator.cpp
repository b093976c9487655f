// The uploader against the emulator (ApplyUpload, its object-storage endpoint, CommitUpload): files of
// 0 bytes, 1 MB, 25 MB and 200 MB with injected part failures, every byte checked by reading the
// media back; the FileId used in a task; cancel; expired credentials; a CLI upload killed with -9 and
// resumed; and the client's memory while it uploads 200 MB.
#include "TestPaths.h"
#include "TestWait.h"
#include "core/api/VodClient.h"
#include "core/api/VodJob.h"
#include "core/model/AudioTask.h"
#include "core/model/AudioTaskRequest.h"
#include "core/support/SystemClock.h"
#include "core/uploads/CosJob.h"
#include "core/uploads/MediaUploader.h"
#include "core/uploads/UploadStore.h"
#include "emulator/http/EmulatorInfo.h"
#include "emulator/server/EmulatorServer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <functional>
#include <memory>
#include <sys/types.h>

using namespace Qt::StringLiterals;

namespace {
bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    return TestWait::waitFor(done, timeoutMs, 1);
}

UploadRequest uploadOf(const QString& path, const QString& mediaName = {})
{
    UploadRequest r;
    r.filePath = path;
    r.mediaName = mediaName;
    return r;
}
} // namespace

class TestUploadEmulator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    // First, so that "idle" is a fresh process's and not whatever earlier cases left on the heap.
    void memoryStaysFlatUploading200MB();

    void uploadsEverySize_data();
    void uploadsEverySize();
    void twoHundredMegabytesThroughPartFailures();
    void uploadedFileIdIsUsableInATask();
    void cancelStopsAndAbortsTheMultipartUpload();
    void expiredCredentialsStartOver();
    void multipartUploadGoneOnTheServerStartsANewOne();
    void refusesBadFilesBeforeSendingAnything();
    void cliUploadKilledAndResumed();
    void cliCreateUploadsItsReferenceFirst();

private:
    EmulatorServer& startEmulator(const FaultConfig& faults = {});
    VodClient& makeClient(const QUrl& baseUrl);
    QString makeFile(const QString& name, qint64 size);
    static QByteArray md5OfFile(const QString& path);
    QByteArray md5OfUrl(const QUrl& url, qint64* size);
    QJsonObject call(const QString& action, const QJsonObject& params, ApiError* error = nullptr);
    // Runs an uploader to its end (or timeoutMs).
    bool runUpload(MediaUploader& up, const UploadRequest& r, int timeoutMs = 120000);
    QString startEmulatorProcess(QProcess& process, const QStringList& extra = {});
    QProcessEnvironment cliEnvironment() const;

    QNetworkAccessManager m_nam;
    std::unique_ptr<EmulatorServer> m_emulator;
    std::unique_ptr<VodClient> m_client;
    QTemporaryDir m_dir;
};

void TestUploadEmulator::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestUploadEmulator::cleanup()
{
    m_client.reset();
    m_emulator.reset();
}

EmulatorServer& TestUploadEmulator::startEmulator(const FaultConfig& faults)
{
    EmulatorConfig c;
    c.taskSeconds = 1.0;
    c.faults = faults;
    m_emulator = std::make_unique<EmulatorServer>(c);
    if (!m_emulator->listen(QHostAddress::LocalHost, 0))
        qFatal("emulator: %s", qPrintable(m_emulator->errorString()));
    makeClient(m_emulator->baseUrl());
    return *m_emulator;
}

VodClient& TestUploadEmulator::makeClient(const QUrl& baseUrl)
{
    VodClient::Config c;
    c.baseUrl = baseUrl;
    c.credentials
        = { QString::fromLatin1(kEmulatorDemoSecretId), QString::fromLatin1(kEmulatorDemoSecretKey), {} };
    c.retry.baseDelayMs = 50;
    c.retry.maxDelayMs = 400;
    m_client = std::make_unique<VodClient>(&m_nam, SystemClock::instance(), c);
    return *m_client;
}

QString TestUploadEmulator::makeFile(const QString& name, qint64 size)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (f.exists() && f.size() == size)
        return path;
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    QRandomGenerator rng { quint32(size) };
    qint64 left = size;
    while (left > 0) {
        rng.fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
        const qint64 n = qMin<qint64>(left, block.size());
        f.write(block.constData(), n);
        left -= n;
    }
    return path;
}

QByteArray TestUploadEmulator::md5OfFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Md5);
    h.addData(&f);
    return h.result().toHex();
}

QByteArray TestUploadEmulator::md5OfUrl(const QUrl& url, qint64* size)
{
    QCryptographicHash h(QCryptographicHash::Md5);
    qint64 n = 0;
    QNetworkReply* reply = m_nam.get(QNetworkRequest(url));
    connect(reply, &QNetworkReply::readyRead, this, [&] {
        const QByteArray chunk = reply->readAll();
        n += chunk.size();
        h.addData(chunk);
    });
    if (!waitFor([reply] { return reply->isFinished(); }, 60000))
        return {};
    const QByteArray rest = reply->readAll();
    n += rest.size();
    h.addData(rest);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    if (size)
        *size = n;
    return status == 200 ? h.result().toHex() : QByteArray("HTTP ") + QByteArray::number(status);
}

QJsonObject TestUploadEmulator::call(const QString& action, const QJsonObject& params, ApiError* error)
{
    VodJob* job = m_client->call(action, params);
    job->setAutoDelete(false);
    job->start();
    if (!waitFor([job] { return job->isFinished(); }, 30000))
        qWarning("%s did not finish", qPrintable(action));
    const QJsonObject r = job->response();
    if (error)
        *error = job->error();
    else if (job->error().isError())
        qWarning("%s: %s", qPrintable(action), qPrintable(job->error().toString()));
    delete job;
    return r;
}

bool TestUploadEmulator::runUpload(MediaUploader& up, const UploadRequest& r, int timeoutMs)
{
    up.start(r);
    return waitFor([&up] { return up.isFinished(); }, timeoutMs);
}

void TestUploadEmulator::uploadsEverySize_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<double>("partFaultRate");
    QTest::addColumn<bool>("multipart");

    QTest::newRow("0 bytes") << u"empty.wav"_s << qint64(0) << 0.0 << false;
    QTest::newRow("1 MB") << u"one.m4a"_s << qint64(1'000'000) << 0.0 << false;
    QTest::newRow("1 MB through PUT failures") << u"one-faults.m4a"_s << qint64(1'000'000) << 0.5 << false;
    QTest::newRow("25 MB multipart") << u"twentyfive.mp4"_s << qint64(25'000'000) << 0.0 << true;
    QTest::newRow("25 MB through part failures")
        << u"twentyfive-faults.mp4"_s << qint64(25'000'000) << 0.4 << true;
}

void TestUploadEmulator::uploadsEverySize()
{
    QFETCH(QString, name);
    QFETCH(qint64, size);
    QFETCH(double, partFaultRate);
    QFETCH(bool, multipart);

    FaultConfig faults;
    if (partFaultRate > 0) {
        // Every kind a part can meet: a dropped connection, an HTTP 5xx, an XML InternalError, a cut answer.
        faults.actions = { u"PutObject"_s, u"UploadPart"_s };
        faults.dropRate = partFaultRate / 4;
        faults.httpErrorRate = partFaultRate / 4;
        faults.faultRate = partFaultRate / 4;
        faults.truncateRate = partFaultRate / 4;
        faults.seed = 5;
        faults.limit = 6;
    }
    startEmulator(faults);
    const QString path = makeFile(name, size);
    UploadStore store;
    QVERIFY(store.open(m_dir.filePath(u"state-%1.sqlite"_s.arg(QString::number(qHash(name))))));
    MediaUploader up(m_client.get(), &store);
    MediaUploader::Config config;
    config.retryBaseDelayMs = 20;
    up.setConfig(config);
    QSignalSpy progress(&up, &MediaUploader::progressChanged);
    QVERIFY(runUpload(up, uploadOf(path, u"reference"_s)));
    QVERIFY2(up.error().isOk(), qPrintable(up.error().toString()));
    QVERIFY(!up.fileId().isEmpty());
    QCOMPARE(up.record().isMultipart(), multipart);
    if (multipart)
        QCOMPARE(up.progress().partsTotal, 3); // 25 MB in 8 MiB parts
    if (partFaultRate > 0)
        QVERIFY2(m_emulator->faultsInjected() > 0, "no fault was injected");
    QVERIFY(progress.count() > 0);
    QCOMPARE(up.progress().bytesSent, size);

    // The state ended as done, credentials wiped.
    const auto rec = store.record(up.record().id);
    QCOMPARE(rec->state, UploadRecord::State::Done);
    QCOMPARE(rec->fileId, up.fileId());
    QVERIFY(rec->credentials.isEmpty());

    // The service has exactly those bytes.
    const QJsonObject infos = call(u"DescribeMediaInfos"_s, { { u"FileIds"_s, QJsonArray { up.fileId() } } });
    const QJsonArray set = infos.value("MediaInfoSet"_L1).toArray();
    QCOMPARE(set.size(), 1);
    const QJsonObject basic = set.first().toObject().value("BasicInfo"_L1).toObject();
    QCOMPARE(basic.value("Name"_L1).toString(), u"reference"_s);
    const QUrl mediaUrl(basic.value("MediaUrl"_L1).toString());
    QVERIFY(mediaUrl.isValid());
    qint64 served = -1;
    QCOMPARE(md5OfUrl(mediaUrl, &served), md5OfFile(path));
    QCOMPARE(served, size);
}

void TestUploadEmulator::twoHundredMegabytesThroughPartFailures()
{
    FaultConfig faults;
    faults.actions = { u"UploadPart"_s };
    faults.dropRate = 0.1;
    faults.httpErrorRate = 0.1;
    faults.stage = FaultConfig::Stage::Before;
    faults.seed = 11;
    faults.limit = 8;
    startEmulator(faults);
    const QString path = makeFile(u"big.mp4"_s, 200LL * 1024 * 1024);
    UploadStore store;
    QVERIFY(store.open(m_dir.filePath(u"state-200.sqlite"_s)));
    MediaUploader up(m_client.get(), &store);
    MediaUploader::Config config;
    config.retryBaseDelayMs = 20;
    up.setConfig(config);
    int maxInFlight = 0;
    QVERIFY(runUpload(up, uploadOf(path), 300000));
    QVERIFY2(up.error().isOk(), qPrintable(up.error().toString()));
    Q_UNUSED(maxInFlight);
    QCOMPARE(up.progress().partsTotal, 25);
    QVERIFY2(m_emulator->faultsInjected() >= 4, qPrintable(QString::number(m_emulator->faultsInjected())));
    // Init, 25 parts, complete, and the retries the client saw (Qt itself re-sends a PUT whose
    // connection dropped before any answer, so not every fault costs a visible retry).
    QVERIFY2(up.objectRequests() > 27, qPrintable(QString::number(up.objectRequests())));
    QVERIFY(up.objectRequests() <= 27 + m_emulator->faultsInjected());
    const QJsonObject infos = call(u"DescribeMediaInfos"_s, { { u"FileIds"_s, QJsonArray { up.fileId() } } });
    const QJsonObject info = infos.value("MediaInfoSet"_L1).toArray().first().toObject();
    QCOMPARE(info.value("MetaData"_L1).toObject().value("Size"_L1).toInteger(), 200LL * 1024 * 1024);
    qint64 served = -1;
    QCOMPARE(md5OfUrl(QUrl(info.value("BasicInfo"_L1).toObject().value("MediaUrl"_L1).toString()), &served),
        md5OfFile(path));
}

void TestUploadEmulator::uploadedFileIdIsUsableInATask()
{
    startEmulator();
    const QString path = makeFile(u"ref.wav"_s, 300'000);
    MediaUploader up(m_client.get());
    QVERIFY(runUpload(up, uploadOf(path)));
    QVERIFY2(up.error().isOk(), qPrintable(up.error().toString()));

    AudioTaskRequest r;
    r.modelName = u"MiniMaxMusic"_s;
    r.sceneType = u"music"_s;
    r.prompt = u"a calm theme in the style of the reference"_s;
    r.audioInfos = { MediaReference::byFileId(up.fileId()) };
    VodJob* job = m_client->createAigcAudioTask(r);
    job->setAutoDelete(false);
    job->start();
    QVERIFY(waitFor([job] { return job->isFinished(); }, 30000));
    QVERIFY2(job->error().isOk(), qPrintable(job->error().toString()));
    const QString taskId = job->createdTaskId();
    delete job;
    const QJsonObject detail = call(u"DescribeTaskDetail"_s, { { u"TaskId"_s, taskId } });
    const QJsonArray refs = detail.value("AigcAudioTask"_L1)
                                .toObject()
                                .value("Input"_L1)
                                .toObject()
                                .value("AudioInfos"_L1)
                                .toArray();
    QCOMPARE(refs.size(), 1);
    QCOMPARE(refs.first().toObject().value("FileId"_L1).toString(), up.fileId());

    // A FileId the service never issued is refused, naming the field.
    r.audioInfos = { MediaReference::byFileId(u"5285890799999999999"_s) };
    VodJob* bad = m_client->createAigcAudioTask(r);
    bad->setAutoDelete(false);
    bad->start();
    QVERIFY(waitFor([bad] { return bad->isFinished(); }, 30000));
    QCOMPARE(bad->error().code(), u"InvalidParameterValue.FileId"_s);
    QVERIFY2(bad->error().message().contains(u"AudioInfos[0].FileId"_s), qPrintable(bad->error().message()));
    delete bad;
}

void TestUploadEmulator::cancelStopsAndAbortsTheMultipartUpload()
{
    FaultConfig slow;
    slow.actions = { u"UploadPart"_s };
    slow.latencyMs = 400;
    startEmulator(slow);
    const QString path = makeFile(u"cancel.mp4"_s, 40LL * 1024 * 1024);
    UploadStore store;
    QVERIFY(store.open(m_dir.filePath(u"state-cancel.sqlite"_s)));
    MediaUploader up(m_client.get(), &store);
    QSignalSpy finished(&up, &MediaUploader::finished);
    up.start(uploadOf(path));
    QVERIFY(waitFor([&] { return up.record().isMultipart(); }, 10000));
    up.cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(up.error().kind(), ApiError::Kind::Cancelled);
    QCOMPARE(store.record(up.record().id)->state, UploadRecord::State::Cancelled);
    QVERIFY(store.unfinished().isEmpty());
    QTest::qWait(600); // the abort reaches the server; nothing crashes on late answers
}

void TestUploadEmulator::expiredCredentialsStartOver()
{
    startEmulator();
    const QString path = makeFile(u"expired.mp4"_s, 30LL * 1024 * 1024);
    const QString db = m_dir.filePath(u"state-expired.sqlite"_s);
    UploadStore store;
    QVERIFY(store.open(db));
    qint64 id = 0;
    {
        // An upload interrupted after its first part...
        MediaUploader first(m_client.get(), &store);
        first.start(uploadOf(path));
        QVERIFY(waitFor([&] { return !first.record().parts.isEmpty(); }, 30000));
        first.suspend();
        id = first.record().id;
    }
    // ... whose temporary credentials expired meanwhile.
    UploadRecord r = *store.record(id);
    QVERIFY(!r.parts.isEmpty());
    r.credentials.expiresAtSecs = SystemClock::instance()->nowSecs() - 10;
    QVERIFY(store.update(r));
    MediaUploader second(m_client.get(), &store);
    second.resume(id);
    QVERIFY(waitFor([&] { return second.isFinished(); }, 60000));
    QVERIFY2(second.error().isOk(), qPrintable(second.error().toString()));
    QVERIFY(second.record().vodSessionKey != r.vodSessionKey || second.record().vodSessionKey.isEmpty());
    qint64 served = -1;
    QCOMPARE(md5OfUrl(QUrl(second.mediaUrl()), &served), md5OfFile(path));
}

void TestUploadEmulator::multipartUploadGoneOnTheServerStartsANewOne()
{
    // Slow parts, some failing (so that retries are pending) when the server forgets the upload.
    FaultConfig faults;
    faults.actions = { u"UploadPart"_s };
    faults.latencyMs = 100;
    faults.httpErrorRate = 0.3;
    faults.seed = 3;
    startEmulator(faults);
    const QString path = makeFile(u"gone.mp4"_s, 40LL * 1024 * 1024);
    MediaUploader up(m_client.get());
    MediaUploader::Config config;
    config.partSize = 2 * 1024 * 1024;
    config.retryBaseDelayMs = 1500; // a failed part waits long enough for the abort to land meanwhile
    config.maxAttempts = 8;
    up.setConfig(config);
    qint64 retryPendingUntil = 0;
    connect(&up, &MediaUploader::retrying, this, [&](const QString&, const ApiError&, qint64 delayMs) {
        retryPendingUntil = SystemClock::instance()->nowMs() + delayMs;
    });
    up.start(uploadOf(path));
    QVERIFY(waitFor(
        [&] {
            return up.record().parts.size() >= 3
                && retryPendingUntil > SystemClock::instance()->nowMs() + 700;
        },
        60000));
    const QString oldUploadId = up.record().multipartUploadId;

    // Abort it on the server, as an expiry or another client would.
    CosJob::Request del;
    del.method = "DELETE";
    del.origin = m_emulator->baseUrl();
    del.host = up.record().bucket + u".cos."_s + up.record().region + u".myqcloud.com"_s;
    del.key = up.record().storagePath;
    del.query = { { u"uploadId"_s, oldUploadId } };
    CosJob abort(&m_nam, SystemClock::instance(), up.record().credentials, del);
    abort.start();
    QVERIFY(waitFor([&] { return abort.isFinished(); }, 10000));
    QVERIFY2(abort.error().isOk(), qPrintable(abort.error().toString()));

    QVERIFY(waitFor([&] { return up.isFinished(); }, 120000));
    QVERIFY2(up.error().isOk(), qPrintable(up.error().toString()));
    QVERIFY(up.record().multipartUploadId != oldUploadId);
    qint64 served = -1;
    QCOMPARE(md5OfUrl(QUrl(up.mediaUrl()), &served), md5OfFile(path));
    QCOMPARE(served, 40LL * 1024 * 1024);
}

void TestUploadEmulator::refusesBadFilesBeforeSendingAnything()
{
    startEmulator();
    const qint64 before = m_emulator->requestsHandled();
    const QString txt = m_dir.filePath(u"notes.txt"_s);
    QFile f(txt);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("hello");
    f.close();
    for (const QString& path : { txt, m_dir.filePath(u"missing.wav"_s) }) {
        MediaUploader up(m_client.get());
        QSignalSpy finished(&up, &MediaUploader::finished);
        up.start(uploadOf(path));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(up.error().kind(), ApiError::Kind::InvalidRequest);
        QVERIFY2(up.error().message().startsWith(u"file: "_s), qPrintable(up.error().message()));
    }
    QTest::qWait(50);
    QCOMPARE(m_emulator->requestsHandled(), before);
}

QString TestUploadEmulator::startEmulatorProcess(QProcess& process, const QStringList& extra)
{
    process.start(TestPaths::binary(u"aigc-vod-emulator"_s),
        QStringList { u"--listen"_s, u"127.0.0.1:0"_s, u"--task-seconds"_s, u"1"_s } + extra);
    if (!process.waitForReadyRead(10000))
        return {};
    const QString first = QString::fromUtf8(process.readLine()).trimmed();
    return first.startsWith(u"listening on "_s) ? first.mid(u"listening on "_s.size()) : QString();
}

QProcessEnvironment TestUploadEmulator::cliEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TENCENTCLOUD_SECRET_ID"_s, QString::fromLatin1(kEmulatorDemoSecretId));
    env.insert(u"TENCENTCLOUD_SECRET_KEY"_s, QString::fromLatin1(kEmulatorDemoSecretKey));
    env.insert(u"HOME"_s, m_dir.path());
    env.insert(u"AIGC_AUDIO_CONFIG_DIR"_s, m_dir.filePath(u"config"_s));
    env.insert(u"AIGC_AUDIO_DATA_DIR"_s, m_dir.filePath(u"data"_s));
    return env;
}

void TestUploadEmulator::cliUploadKilledAndResumed()
{
    // Slow parts so that the kill lands in the middle of the upload.
    QProcess emulator;
    const QString url = startEmulatorProcess(
        emulator, { u"--fault-actions"_s, u"UploadPart"_s, u"--latency-ms"_s, u"150"_s });
    QVERIFY2(!url.isEmpty(), emulator.readAllStandardError().constData());
    makeClient(QUrl(url));
    const QString path = makeFile(u"resume.mp4"_s, 30LL * 1024 * 1024);
    const QString db = m_dir.filePath(u"state-cli.sqlite"_s);
    const QStringList args { u"upload"_s, path, u"--endpoint"_s, url, u"--state-db"_s, db, u"--part-size"_s,
        u"1"_s, u"--json"_s };

    QProcess cli;
    cli.setProcessEnvironment(cliEnvironment());
    cli.start(TestPaths::binary(u"aigc-audio"_s), args);
    QVERIFY(cli.waitForStarted());
    UploadStore store;
    QVERIFY(store.open(db));
    // Kill -9 once at least 6 of its 30 parts are recorded.
    QVERIFY(waitFor(
        [&] {
            const auto list = store.unfinished();
            return !list.isEmpty() && list.first().parts.size() >= 6;
        },
        60000));
    ::kill(pid_t(cli.processId()), SIGKILL);
    QVERIFY(cli.waitForFinished(10000));
    QCOMPARE(cli.exitStatus(), QProcess::CrashExit);
    const UploadRecord interrupted = store.unfinished().value(0);
    QVERIFY(interrupted.parts.size() >= 6);
    QVERIFY(interrupted.parts.size() < 30);

    // The same command again resumes: it sends only the parts the server does not have.
    QProcess again;
    again.setProcessEnvironment(cliEnvironment());
    again.start(TestPaths::binary(u"aigc-audio"_s), args);
    QVERIFY(again.waitForFinished(120000));
    const QByteArray err = again.readAllStandardError();
    QVERIFY2(again.exitCode() == 0, err.constData());
    const QJsonObject out = QJsonDocument::fromJson(again.readAllStandardOutput()).object();
    QVERIFY2(out.value("Resumed"_L1).toBool(), err.constData());
    QVERIFY2(err.contains("resumed an interrupted upload"), err.constData());
    const QString fileId = out.value("FileId"_L1).toString();
    QVERIFY(!fileId.isEmpty());
    const auto done = store.record(interrupted.id);
    QCOMPARE(done->state, UploadRecord::State::Done);
    QCOMPARE(done->fileId, fileId);
    QCOMPARE(md5OfUrl(QUrl(out.value("MediaUrl"_L1).toString()), nullptr), md5OfFile(path));
    emulator.kill();
    emulator.waitForFinished();
}

void TestUploadEmulator::cliCreateUploadsItsReferenceFirst()
{
    QProcess emulator;
    const QString url = startEmulatorProcess(emulator);
    QVERIFY(!url.isEmpty());
    makeClient(QUrl(url));
    const QString path = makeFile(u"clip.mp4"_s, 2'000'000);
    QProcess cli;
    cli.setProcessEnvironment(cliEnvironment());
    cli.start(TestPaths::binary(u"aigc-audio"_s),
        { u"create"_s, u"--endpoint"_s, url, u"--model"_s, u"Kling"_s, u"--scene"_s, u"sfx"_s,
            u"--video-file"_s, path, u"--prompt"_s, u"footsteps matching the clip"_s, u"--json"_s });
    QVERIFY(cli.waitForFinished(60000));
    const QByteArray err = cli.readAllStandardError();
    QVERIFY2(cli.exitCode() == 0, err.constData());
    const QString taskId
        = QJsonDocument::fromJson(cli.readAllStandardOutput()).object().value("TaskId"_L1).toString();
    QVERIFY(!taskId.isEmpty());
    const QJsonObject detail = call(u"DescribeTaskDetail"_s, { { u"TaskId"_s, taskId } });
    const QJsonObject ref = detail.value("AigcAudioTask"_L1)
                                .toObject()
                                .value("Input"_L1)
                                .toObject()
                                .value("VideoInfos"_L1)
                                .toArray()
                                .first()
                                .toObject();
    QCOMPARE(ref.value("Type"_L1).toString(), u"File"_s);
    QVERIFY(!ref.value("FileId"_L1).toString().isEmpty());

    // A reference of the wrong kind is refused before anything is sent.
    QProcess badCli;
    badCli.setProcessEnvironment(cliEnvironment());
    badCli.start(TestPaths::binary(u"aigc-audio"_s),
        { u"create"_s, u"--endpoint"_s, url, u"--model"_s, u"Kling"_s, u"--audio-file"_s, path, u"--prompt"_s,
            u"x"_s });
    QVERIFY(badCli.waitForFinished(30000));
    QCOMPARE(badCli.exitCode(), 2);
    const QByteArray badErr = badCli.readAllStandardError();
    QVERIFY2(badErr.contains("AudioInfos[0] (--audio-file)") && badErr.contains("is a video file"),
        badErr.constData());
    emulator.kill();
    emulator.waitForFinished();
}

namespace {
// VmRSS (resident now) or VmHWM (the peak so far) of this process, in KiB.
qint64 statusKiB(const QByteArray& field)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}
} // namespace

void TestUploadEmulator::memoryStaysFlatUploading200MB()
{
    // The emulator in its own process, so that only the client's memory is measured.
    QProcess emulator;
    const QString url = startEmulatorProcess(emulator);
    QVERIFY(!url.isEmpty());
    makeClient(QUrl(url));
    const QString path = makeFile(u"big.mp4"_s, 200LL * 1024 * 1024);
    // Idle: everything set up, the file written (and evicted from our pages as far as RSS goes).
    MediaUploader up(m_client.get());
    QTest::qWait(100);
    const qint64 idle = statusKiB("VmRSS");
    qint64 peak = idle;
    QTimer sampler;
    connect(&sampler, &QTimer::timeout, this, [&] { peak = qMax(peak, statusKiB("VmRSS")); });
    sampler.start(10);
    QVERIFY(runUpload(up, uploadOf(path), 300000));
    sampler.stop();
    peak = qMax(peak, statusKiB("VmHWM")); // the kernel's own peak, in case a sample missed it
    QVERIFY2(up.error().isOk(), qPrintable(up.error().toString()));
    const qint64 aboveMiB = (peak - idle) / 1024;
    qInfo("RSS idle %lld KiB, peak %lld KiB: %lld MiB above idle while uploading 200 MiB", idle, peak,
        aboveMiB);
#ifdef AIGC_SANITIZED_BUILD
    emulator.kill();
    emulator.waitForFinished();
    QSKIP("the 64 MiB budget does not hold under ASan, whose quarantine keeps freed buffers resident");
#endif
    QVERIFY2(aboveMiB < 64, qPrintable(u"%1 MiB above idle"_s.arg(aboveMiB)));
    emulator.kill();
    emulator.waitForFinished();
}

QTEST_GUILESS_MAIN(TestUploadEmulator)
#include "tst_upload_emulator.moc"
