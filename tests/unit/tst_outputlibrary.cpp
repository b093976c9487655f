// OutputLibrary against a loopback file server with HTTP Range support: file names (Chinese,
// unsafe characters), the sidecar, resuming a .part, expired URLs, the concurrency limit, and the
// HistoryStore row following each download.
#include "ScriptedHttpServer.h"
#include "core/api/ApiError.h"
#include "core/model/AudioTask.h"
#include "core/net/HttpExchange.h"
#include "core/support/ManualClock.h"
#include "core/tasks/HistoryStore.h"
#include "core/tasks/OutputLibrary.h"
#include "core/tasks/TaskRecord.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

class TestOutputLibrary : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void slugify_data();
    void slugify();
    void taskIdSuffix();
    void fileNameFromDatePromptAndTaskId();
    void downloadsAndWritesTheSidecar();
    void resumesAPartWithRange();
    void serverIgnoringRangeStartsOver();
    void notFoundFailsClearly();
    void downloadLargerThanTheOutputCanBeIsStopped();
    void expiredUrlIsNotRequested();
    void recordWithoutUrlFails();
    void concurrencyLimitQueuesTheRest();
    void batchNeverExceedsTheLimit();
    void quittingLeavesPartialForResume();
    void alreadyDownloadedIsNotFetchedAgain();

private:
    // A finished task in the store whose output is served at /files/<name>.
    TaskRecord finishedRecord(const QString& prompt, const QString& taskId, const QString& fileName,
        const QString& fileType = u"mp3"_s);
    void serve(const QString& name, const QByteArray& content)
    {
        m_files.insert("/files/" + name.toUtf8(), content);
    }
    QString dbPath() const { return m_dir->filePath(u"history.sqlite"_s); }
    QString libraryDir() const { return m_dir->filePath(u"Library"_s); }
    std::unique_ptr<OutputLibrary> makeLibrary();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QHash<QByteArray, QByteArray> m_files;
    QList<QByteArray> m_ranges; // the Range header of every file request ("" when none)
    qint64 m_bytesServed = 0;
    bool m_ignoreRange = false;
};

namespace {

QByteArray content(int size, int seed)
{
    QByteArray out(size, Qt::Uninitialized);
    quint32 x = 2463534242u + static_cast<quint32>(seed);
    for (int i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        out[i] = static_cast<char>(x & 0xff);
    }
    return out;
}

QString hexTaskId(uint n)
{
    return u"251441341-AigcAudioTask-%1t"_s.arg(n, 32, 16, QChar(u'0'));
}

} // namespace

void TestOutputLibrary::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<ManualClock>(1'700'000'000'000LL); // 2023-11-14T22:13:20Z
    m_store = std::make_unique<HistoryStore>(m_clock.get());
    QString error;
    QVERIFY2(m_store->open(dbPath(), &error), qPrintable(error));
    m_files.clear();
    m_ranges.clear();
    m_bytesServed = 0;
    m_ignoreRange = false;
    m_server = std::make_unique<ScriptedHttpServer>();
    QVERIFY(m_server->listen());
    m_server->setFallback([this](const ScriptedHttpServer::Request& req) {
        ScriptedHttpServer::Step step;
        step.headers = { { "Content-Type", "audio/mpeg" } };
        const QByteArray range = req.header("range");
        m_ranges.append(range);
        if (!m_files.contains(req.path)) {
            step.status = 404;
            step.headers = { { "Content-Type", "application/xml" } };
            step.body = "<Error><Code>NoSuchKey</Code></Error>";
            return step;
        }
        const QByteArray file = m_files.value(req.path);
        static const QRegularExpression re(u"^bytes=(\\d+)-$"_s);
        const auto m = re.match(QString::fromLatin1(range));
        if (m.hasMatch() && !m_ignoreRange) {
            const qint64 from = m.captured(1).toLongLong();
            if (from >= file.size()) {
                step.status = 416;
                step.headers.append({ "Content-Range", "bytes */" + QByteArray::number(file.size()) });
                return step;
            }
            step.status = 206;
            step.headers.append({ "Content-Range",
                "bytes " + QByteArray::number(from) + '-' + QByteArray::number(file.size() - 1) + '/'
                    + QByteArray::number(file.size()) });
            step.body = file.mid(from);
        } else {
            step.body = file;
        }
        m_bytesServed += step.body.size();
        return step;
    });
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestOutputLibrary::cleanup()
{
    m_network.reset();
    m_server.reset();
    m_store.reset();
    m_clock.reset();
    m_dir.reset();
}

std::unique_ptr<OutputLibrary> TestOutputLibrary::makeLibrary()
{
    auto lib = std::make_unique<OutputLibrary>(m_store.get(), m_network.get(), m_clock.get(), libraryDir());
    lib->setMaxAttempts(1);
    return lib;
}

TaskRecord TestOutputLibrary::finishedRecord(
    const QString& prompt, const QString& taskId, const QString& fileName, const QString& fileType)
{
    TaskRecord r;
    r.profileName = u"default"_s;
    r.prompt = prompt;
    r.modelName = u"Kling"_s;
    r.requestJson = QJsonDocument(
        QJsonObject { { u"ModelName"_s, u"Kling"_s }, { u"Prompt"_s, prompt }, { u"SceneType"_s, u"sfx"_s } })
                        .toJson(QJsonDocument::Compact);
    const qint64 id = m_store->addSubmission(r);
    if (id <= 0 || !m_store->setCreated(id, taskId, u"req-create"_s, HttpExchange {}))
        return {};
    const QJsonObject output { { u"StorageMode"_s, u"Temporary"_s }, { u"FileType"_s, fileType },
        { u"FileUrl"_s, QString(m_server->baseUrl() + u"files/"_s + fileName) }, { u"Duration"_s, 6.0 } };
    const QJsonObject response { { u"TaskType"_s, u"AigcAudioTask"_s }, { u"Status"_s, u"FINISH"_s },
        { u"CreateTime"_s, u"2023-11-14T22:13:30Z"_s }, { u"BeginProcessTime"_s, u"2023-11-14T22:13:31Z"_s },
        { u"FinishTime"_s, u"2023-11-14T22:14:00Z"_s },
        { u"AigcAudioTask"_s,
            QJsonObject { { u"TaskId"_s, taskId }, { u"Status"_s, u"FINISH"_s }, { u"Progress"_s, 100 },
                { u"ErrCode"_s, 0 }, { u"ErrCodeExt"_s, u""_s },
                { u"Output"_s, QJsonObject { { u"AudioInfos"_s, QJsonArray { output } } } } } },
        { u"RequestId"_s, u"req-describe"_s } };
    if (!m_store->updateFromTask(AudioTask::fromDescribeTaskDetail(response)))
        return {};
    return m_store->record(id).value_or(TaskRecord {});
}

void TestOutputLibrary::slugify_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QString>("slug");
    QTest::newRow("spaces") << u"rain on a window"_s << u"rain-on-a-window"_s;
    QTest::newRow("truncated to 40") << u"Fireworks during Spring Festival celebrations"_s
                                     << u"Fireworks-during-Spring-Festival-celebra"_s;
    QTest::newRow("chinese") << u"春节的烟花，夜空中绽放"_s << u"春节的烟花夜空中绽放"_s;
    QTest::newRow("chinese truncated") << QString(50, QChar(0x96E8)) << QString(40, QChar(0x96E8));
    QTest::newRow("mixed") << u"雨 rain 2 雷"_s << u"雨-rain-2-雷"_s;
    QTest::newRow("unsafe") << u"a/b\\c:d*e?f\"g<h>i|j"_s << u"abcdefghij"_s;
    QTest::newRow("path traversal") << u"../../etc/passwd"_s << u"etcpasswd"_s;
    QTest::newRow("control chars") << u"tab\there\nnew\x01line"_s << u"tab-here-newline"_s;
    QTest::newRow("runs of separators")
        << u"  many   spaces -- and__underscores  "_s << u"many-spaces-and-underscores"_s;
    QTest::newRow("punctuation") << u"Boom! Crash, (bang)."_s << u"Boom-Crash-bang"_s;
    QTest::newRow("emoji dropped") << u"rain 🌧 drops"_s << u"rain-drops"_s;
    QTest::newRow("combining marks kept") << u"बारिश की आवाज़"_s << u"बारिश-की-आवाज़"_s;
    QTest::newRow("accents") << u"café crème"_s << u"café-crème"_s;
    QTest::newRow("astral letter counts once")
        << (u"𠀀"_s + QString(39, u'a') + u"bc"_s) << (u"𠀀"_s + QString(39, u'a'));
    QTest::newRow("no trailing dash after cut") << (QString(39, u'a') + u" b"_s) << QString(39, u'a');
    QTest::newRow("nothing left") << u"!!! ???"_s << u"audio"_s;
    QTest::newRow("empty") << QString() << u"audio"_s;
}

void TestOutputLibrary::slugify()
{
    QFETCH(QString, prompt);
    QFETCH(QString, slug);
    const QString got = OutputLibrary::slugify(prompt);
    QCOMPARE(got, slug);
    QVERIFY(got.toUcs4().size() <= OutputLibrary::kMaxSlugLength);
}

void TestOutputLibrary::taskIdSuffix()
{
    QCOMPARE(OutputLibrary::taskIdSuffix(u"251441341-AigcAudioTask-f3259ddeb615203726d73c03da05d9fft"_s),
        u"da05d9ff"_s);
    QCOMPARE(
        OutputLibrary::taskIdSuffix(u"1-AigcAudioTask-0123456789ABCDEF0123456789abcdeft"_s), u"89abcdef"_s);
    QCOMPARE(OutputLibrary::taskIdSuffix(u"abc"_s), u"abc"_s);
    QCOMPARE(OutputLibrary::taskIdSuffix(u"../x/y"_s), u"xy"_s);
}

void TestOutputLibrary::fileNameFromDatePromptAndTaskId()
{
    const TaskRecord r = finishedRecord(u"春节的烟花: \"Spring\" / Festival?"_s,
        u"251441341-AigcAudioTask-f3259ddeb615203726d73c03da05d9fft"_s, u"a.mp3"_s);
    QVERIFY(r.id > 0);
    const QString date
        = QDateTime(QDate(2023, 11, 14), QTime(22, 14), Qt::UTC).toLocalTime().date().toString(Qt::ISODate);
    const QString base = date + u"_春节的烟花-Spring-Festival_da05d9ff"_s;
    QCOMPARE(OutputLibrary::baseName(r), base);
    auto lib = makeLibrary();
    QCOMPARE(lib->audioPath(r), QDir(libraryDir()).filePath(base + u".mp3"_s));
    QCOMPARE(OutputLibrary::sidecarPath(lib->audioPath(r)), QDir(libraryDir()).filePath(base + u".json"_s));

    TaskRecord wav = r;
    wav.fileType = u"WAV"_s;
    QVERIFY(lib->audioPath(wav).endsWith(u".wav"_s));
    wav.fileType.clear();
    wav.fileUrl = u"https://example.com/x/out.flac?sign=1"_s;
    QCOMPARE(OutputLibrary::fileExtension(wav), u"flac"_s);
    wav.fileType = u"../exe"_s;
    QCOMPARE(OutputLibrary::fileExtension(wav), u"exe"_s);
}

void TestOutputLibrary::downloadsAndWritesTheSidecar()
{
    const QByteArray audio = content(150'000, 1);
    serve(u"first.mp3"_s, audio);
    const TaskRecord r = finishedRecord(u"雨夜 rain at night"_s, hexTaskId(0xabcdef12u), u"first.mp3"_s);
    QVERIFY(r.id > 0);
    QCOMPARE(r.downloadState, TaskRecord::DownloadState::Pending);

    auto lib = makeLibrary();
    QList<TaskRecord::DownloadState> seen;
    connect(m_store.get(), &HistoryStore::recordChanged, this,
        [this, &seen](qint64 id) { seen.append(m_store->record(id)->downloadState); });
    QSignalSpy progress(lib.get(), &OutputLibrary::downloadProgress);
    QSignalSpy finished(lib.get(), &OutputLibrary::downloadFinished);
    m_clock->advance(90'000);
    lib->download(r);
    QVERIFY(lib->isRunning(r.id));
    QTRY_COMPARE(finished.size(), 1);
    const ApiError error = finished.first().at(1).value<ApiError>();
    QVERIFY2(error.isOk(), qPrintable(error.toString()));
    QCOMPARE(lib->runningCount(), 0);

    const TaskRecord done = *m_store->record(r.id);
    QCOMPARE(done.downloadState, TaskRecord::DownloadState::Done);
    QVERIFY(done.downloadError.isEmpty());
    QCOMPARE(done.localPath, lib->audioPath(r));
    QVERIFY(QFileInfo(done.localPath).fileName().contains(u"_雨夜-rain-at-night_abcdef12.mp3"_s));
    QFile f(done.localPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), audio);
    QVERIFY(!QFile::exists(done.localPath + u".part"_s));
    QCOMPARE(seen.first(), TaskRecord::DownloadState::Pending);
    QVERIFY(seen.contains(TaskRecord::DownloadState::Partial));
    QCOMPARE(seen.last(), TaskRecord::DownloadState::Done);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(1).toLongLong(), audio.size());
    QCOMPARE(progress.last().at(2).toLongLong(), audio.size());

    QFile sidecar(OutputLibrary::sidecarPath(done.localPath));
    QVERIFY(sidecar.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(sidecar.readAll()).object();
    QCOMPARE(json.value(u"TaskId"_s).toString(), r.taskId);
    QCOMPARE(json.value(u"Request"_s).toObject(), QJsonDocument::fromJson(r.requestJson).object());
    QCOMPARE(json.value(u"Request"_s).toObject().value(u"Prompt"_s).toString(), u"雨夜 rain at night"_s);
    QCOMPARE(json.value(u"Response"_s).toObject(), QJsonDocument::fromJson(done.responseJson).object());
    QCOMPARE(json.value(u"Response"_s).toObject().value(u"RequestId"_s).toString(), u"req-describe"_s);
    QCOMPARE(json.value(u"SavedAt"_s).toString(), u"2023-11-14T22:14:50Z"_s);
    QCOMPARE(json.value(u"AudioFile"_s).toString(), QFileInfo(done.localPath).fileName());
    // Nothing else in the folder: no temporary files left behind.
    QCOMPARE(QDir(libraryDir()).entryList(QDir::Files).size(), 2);
}

void TestOutputLibrary::resumesAPartWithRange()
{
    const QByteArray audio = content(200'000, 2);
    serve(u"resume.mp3"_s, audio);
    const TaskRecord r = finishedRecord(u"thunder"_s, hexTaskId(7), u"resume.mp3"_s);
    QVERIFY(r.id > 0);
    // A previous run got 70,000 bytes before it was killed.
    auto lib = makeLibrary();
    const QString path = lib->audioPath(r);
    QVERIFY(QDir().mkpath(libraryDir()));
    QFile part(path + u".part"_s);
    QVERIFY(part.open(QIODevice::WriteOnly));
    part.write(audio.left(70'000));
    part.close();
    QVERIFY(m_store->setDownload(r.id, TaskRecord::DownloadState::Partial, path));

    QSignalSpy finished(lib.get(), &OutputLibrary::downloadFinished);
    lib->resumePending();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(finished.first().at(1).value<ApiError>().isOk());
    QCOMPARE(m_ranges, QList<QByteArray> { "bytes=70000-" });
    QCOMPARE(m_bytesServed, 130'000); // only the rest crossed the wire
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), audio);
    QVERIFY(!QFile::exists(path + u".part"_s));
    QCOMPARE(m_store->record(r.id)->downloadState, TaskRecord::DownloadState::Done);
    QVERIFY(QFile::exists(OutputLibrary::sidecarPath(path)));
}

void TestOutputLibrary::serverIgnoringRangeStartsOver()
{
    const QByteArray audio = content(50'000, 3);
    serve(u"norange.mp3"_s, audio);
    const TaskRecord r = finishedRecord(u"wind"_s, hexTaskId(8), u"norange.mp3"_s);
    auto lib = makeLibrary();
    const QString path = lib->audioPath(r);
    QVERIFY(QDir().mkpath(libraryDir()));
    QFile part(path + u".part"_s);
    QVERIFY(part.open(QIODevice::WriteOnly));
    part.write(QByteArray(20'000, 'x')); // not even the right bytes
    part.close();
    QVERIFY(m_store->setDownload(r.id, TaskRecord::DownloadState::Partial, path));
    m_ignoreRange = true;
    QSignalSpy finished(lib.get(), &OutputLibrary::downloadFinished);
    lib->resumePending();
    QTRY_COMPARE(finished.size(), 1);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), audio);
}

void TestOutputLibrary::notFoundFailsClearly()
{
    const TaskRecord r = finishedRecord(u"gone"_s, hexTaskId(9), u"missing.mp3"_s);
    auto lib = makeLibrary();
    QSignalSpy finished(lib.get(), &OutputLibrary::downloadFinished);
    lib->download(r);
    QTRY_COMPARE(finished.size(), 1);
    const ApiError error = finished.first().at(1).value<ApiError>();
    QVERIFY(error.isError());
    QCOMPARE(error.httpStatus(), 404);
    const TaskRecord failed = *m_store->record(r.id);
    QCOMPARE(failed.downloadState, TaskRecord::DownloadState::Failed);
    qInfo("404: %s", qUtf8Printable(failed.downloadError));
    QVERIFY2(failed.downloadError.contains(u"temporary URL has expired"_s), qPrintable(failed.downloadError));
    QVERIFY(failed.downloadError.contains(u"404"_s));
    QVERIFY(failed.localPath.isEmpty());
    QVERIFY(!QFile::exists(lib->audioPath(r)));
    QVERIFY(!QFile::exists(lib->audioPath(r) + u".part"_s));
    QVERIFY(!QFile::exists(OutputLibrary::sidecarPath(lib->audioPath(r))));
}

void TestOutputLibrary::downloadLargerThanTheOutputCanBeIsStopped()
{
    // A 6-second MP3 is a few hundred kilobytes: a server that sends 4 MB is not sending it. The
    // download stops at the bound, keeps nothing and is not tried again.
    serve(u"huge.mp3"_s, content(4 * 1024 * 1024, 11));
    const TaskRecord r = finishedRecord(u"huge"_s, hexTaskId(11), u"huge.mp3"_s);
    auto lib = makeLibrary();
    lib->setMaxAttempts(3);
    QSignalSpy finished(lib.get(), &OutputLibrary::downloadFinished);
    lib->download(r);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    const ApiError error = finished.first().at(1).value<ApiError>();
    QCOMPARE(error.kind(), ApiError::Kind::TooLarge);
    QVERIFY2(error.message().contains(u"larger than"_s), qPrintable(error.toString()));
    QCOMPARE(m_ranges.size(), 1);
    QVERIFY(!QFile::exists(lib->audioPath(r)));
    QVERIFY(!QFile::exists(lib->audioPath(r) + u".part"_s));
    QCOMPARE(m_store->record(r.id)->downloadState, TaskRecord::DownloadState::Failed);
}

void TestOutputLibrary::expiredUrlIsNotRequested()
{
    serve(u"old.mp3"_s, content(1000, 4));
    const TaskRecord r = finishedRecord(u"old"_s, hexTaskId(10), u"old.mp3"_s);
    QCOMPARE(r.urlExpiresAt, r.finishTime.addDays(7));
    m_clock->setNowMs(r.finishTime.addDays(8).toMSecsSinceEpoch());
    auto lib = makeLibrary();
    QSignalSpy finished(lib.get(), &OutputLibrary::downloadFinished);
    lib->download(r);
    QCOMPARE(finished.size(), 1); // at once
    QVERIFY(finished.first().at(1).value<ApiError>().isError());
    const TaskRecord failed = *m_store->record(r.id);
    QCOMPARE(failed.downloadState, TaskRecord::DownloadState::Failed);
    QVERIFY2(failed.downloadError.contains(u"temporary URL has expired"_s), qPrintable(failed.downloadError));
    QVERIFY(failed.downloadError.contains(u"2023-11-21T22:14:00Z"_s));
    QTest::qWait(50);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestOutputLibrary::recordWithoutUrlFails()
{
    TaskRecord r;
    r.prompt = u"no url"_s;
    r.taskId = hexTaskId(11);
    r.state = TaskRecord::State::Finished;
    r.fileId = u"387702299774253301"_s;
    r.id = m_store->insertRecord(r);
    QVERIFY(r.id > 0);
    auto lib = makeLibrary();
    QSignalSpy finished(lib.get(), &OutputLibrary::downloadFinished);
    lib->download(r);
    QCOMPARE(finished.size(), 1);
    const TaskRecord failed = *m_store->record(r.id);
    QCOMPARE(failed.downloadState, TaskRecord::DownloadState::Failed);
    QVERIFY(failed.downloadError.contains(u"387702299774253301"_s));
}

void TestOutputLibrary::concurrencyLimitQueuesTheRest()
{
    // The server never answers: every started download stays running.
    m_server->setFallback([](const ScriptedHttpServer::Request&) {
        ScriptedHttpServer::Step step;
        step.kind = ScriptedHttpServer::Step::Kind::Hang;
        return step;
    });
    QList<TaskRecord> records;
    for (int i = 0; i < 5; ++i)
        records.append(
            finishedRecord(u"hang %1"_s.arg(i), hexTaskId(100u + uint(i)), u"hang%1.mp3"_s.arg(i)));
    auto lib = makeLibrary();
    QCOMPARE(lib->maxConcurrent(), 3);
    QSignalSpy finished(lib.get(), &OutputLibrary::downloadFinished);
    for (const TaskRecord& r : records)
        lib->download(r);
    lib->download(records.first()); // already running: ignored
    QCOMPARE(lib->runningCount(), 3);
    QCOMPARE(lib->queuedCount(), 2);
    QTRY_COMPARE(m_server->requestCount(), 3);
    QTest::qWait(200);
    QCOMPARE(m_server->requestCount(), 3);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(m_store->record(records.at(i).id)->downloadState,
            i < 3 ? TaskRecord::DownloadState::Partial : TaskRecord::DownloadState::Pending);
    }

    // Cancelling a running one lets the first queued one start.
    lib->cancel(records.at(1).id);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).value<ApiError>().kind(), ApiError::Kind::Cancelled);
    QCOMPARE(m_store->record(records.at(1).id)->downloadState, TaskRecord::DownloadState::Failed);
    QVERIFY(m_store->record(records.at(1).id)->downloadError.contains(u"cancelled"_s));
    QVERIFY(lib->isRunning(records.at(3).id));
    QVERIFY(lib->isQueued(records.at(4).id));
    QTRY_COMPARE(m_server->requestCount(), 4);
    // Cancelling a queued one never starts it.
    lib->cancel(records.at(4).id);
    QCOMPARE(lib->queuedCount(), 0);
    QCOMPARE(m_store->record(records.at(4).id)->downloadState, TaskRecord::DownloadState::Failed);
    QTest::qWait(100);
    QCOMPARE(m_server->requestCount(), 4);
    // Raising the limit later is allowed; lowering it never stops running downloads.
    lib->setMaxConcurrent(1);
    QCOMPARE(lib->runningCount(), 3);
}

void TestOutputLibrary::batchNeverExceedsTheLimit()
{
    QList<TaskRecord> records;
    QList<QByteArray> contents;
    for (int i = 0; i < 8; ++i) {
        contents.append(content(30'000 + 1000 * i, 20 + i));
        serve(u"batch%1.mp3"_s.arg(i), contents.last());
        records.append(
            finishedRecord(u"batch %1"_s.arg(i), hexTaskId(200u + uint(i)), u"batch%1.mp3"_s.arg(i)));
    }
    auto lib = makeLibrary();
    lib->setMaxConcurrent(2);
    int maxRunning = 0;
    int maxQueued = 0;
    connect(lib.get(), &OutputLibrary::downloadStarted, this, [&](qint64) {
        maxRunning = std::max(maxRunning, lib->runningCount());
        maxQueued = std::max(maxQueued, lib->queuedCount());
    });
    QSignalSpy finished(lib.get(), &OutputLibrary::downloadFinished);
    lib->resumePending(); // all eight are Pending after FINISH
    QTRY_COMPARE(finished.size(), 8);
    QCOMPARE(maxRunning, 2);
    QVERIFY(maxQueued >= 5);
    for (int i = 0; i < 8; ++i) {
        const TaskRecord done = *m_store->record(records.at(i).id);
        QCOMPARE(done.downloadState, TaskRecord::DownloadState::Done);
        QFile f(done.localPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), contents.at(i));
    }
    QVERIFY(m_store->pendingDownloads().isEmpty());
}

void TestOutputLibrary::quittingLeavesPartialForResume()
{
    const QByteArray audio = content(40'000, 5);
    serve(u"later.mp3"_s, audio);
    m_server->enqueueHang();
    const TaskRecord r = finishedRecord(u"later"_s, hexTaskId(12), u"later.mp3"_s);
    {
        auto lib = makeLibrary();
        lib->download(r);
        QTRY_COMPARE(m_server->requestCount(), 1);
    } // the app quits mid-download
    const TaskRecord interrupted = *m_store->record(r.id);
    QCOMPARE(interrupted.downloadState, TaskRecord::DownloadState::Partial);
    QVERIFY(!QFile::exists(interrupted.localPath)); // never a partial file under the final name

    auto lib = makeLibrary();
    QSignalSpy finished(lib.get(), &OutputLibrary::downloadFinished);
    lib->resumePending(); // next start
    QTRY_COMPARE(finished.size(), 1);
    const TaskRecord done = *m_store->record(r.id);
    QCOMPARE(done.downloadState, TaskRecord::DownloadState::Done);
    QCOMPARE(done.localPath, interrupted.localPath);
    QFile f(done.localPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), audio);
}

void TestOutputLibrary::alreadyDownloadedIsNotFetchedAgain()
{
    serve(u"once.mp3"_s, content(5000, 6));
    const TaskRecord r = finishedRecord(u"once"_s, hexTaskId(13), u"once.mp3"_s);
    auto lib = makeLibrary();
    QSignalSpy finished(lib.get(), &OutputLibrary::downloadFinished);
    lib->download(r);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(m_server->requestCount(), 1);
    lib->download(*m_store->record(r.id));
    QCOMPARE(finished.size(), 2);
    QVERIFY(finished.last().at(1).value<ApiError>().isOk());
    QCOMPARE(m_server->requestCount(), 1);
}

QTEST_GUILESS_MAIN(TestOutputLibrary)
#include "tst_outputlibrary.moc"
