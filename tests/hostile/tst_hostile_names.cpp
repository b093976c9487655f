// Issue 16, point 1: no file outside its folder. A scripted hostile server names files with absolute
// folders, "../", links and other TaskIds; `download`, `create --download`, `batch --download-dir`, the
// app's library and the poller keep every file inside its folder and every answer to its own task.
#include "HostileSupport.h"
#include "ScriptedHttpServer.h"
#include "TestPaths.h"
#include "core/api/VodClient.h"
#include "core/model/AudioTask.h"
#include "core/net/HttpExchange.h"
#include "core/support/ManualClock.h"
#include "core/support/SafeFileName.h"
#include "core/tasks/HistoryStore.h"
#include "core/tasks/OutputLibrary.h"
#include "core/tasks/TaskPoller.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;
using HostileSupport::cli;
using HostileSupport::credentialsEnv;

class TestHostileNames : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanNames_data();
    void cleanNames();
    void insideRefusesWhatLeavesTheFolder();
    void downloadRefusesAnAnswerAboutAnotherTask();
    void downloadCleansTheTaskIdAndTheFileType();
    void createDownloadCleansTheCreatedTaskId();
    void batchDownloadDirCleansEveryName();
    void aLinkLeadingOutsideIsRefused();
    void libraryKeepsHostileNamesInItsFolder();
    void pollerRefusesAnAnswerAboutAnotherTask();
    void uploadRefusesABucketThatIsAnotherHost();

private:
    // DescribeTaskDetail answered FINISH with `taskId` and `fileType`, its FileUrl served with `body`;
    // CreateAigcAudioTask answered with `createdId`.
    void serveTask(const QString& taskId, const QString& fileType, const QByteArray& body,
        const QString& createdId = {});
    // Every file under the temporary home, relative, sorted.
    QStringList filesUnder(const QString& dir) const;
    QString home() const { return m_home->path(); }

    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<QTemporaryDir> m_home;
    QNetworkAccessManager m_nam;
};

void TestHostileNames::init()
{
    m_server = std::make_unique<ScriptedHttpServer>();
    QVERIFY(m_server->listen());
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

void TestHostileNames::serveTask(
    const QString& taskId, const QString& fileType, const QByteArray& body, const QString& createdId)
{
    m_server->setFallback([this, taskId, fileType, body, createdId](const ScriptedHttpServer::Request& req) {
        ScriptedHttpServer::Step s;
        if (req.method == "GET") {
            s.body = body;
            return s;
        }
        if (req.header("x-tc-action") == "CreateAigcAudioTask") {
            s.body = QJsonDocument(
                QJsonObject { { u"Response"_s,
                    QJsonObject { { u"TaskId"_s, createdId }, { u"RequestId"_s, u"c"_s } } } })
                         .toJson(QJsonDocument::Compact);
            return s;
        }
        const QJsonObject output { { u"FileType"_s, fileType },
            { u"FileUrl"_s, QString(m_server->baseUrl() + u"files/out.wav"_s) }, { u"Duration"_s, 6 } };
        const QJsonObject task { { u"TaskId"_s, taskId }, { u"Status"_s, u"FINISH"_s },
            { u"Progress"_s, 100 }, { u"ErrCode"_s, 0 },
            { u"Output"_s, QJsonObject { { u"AudioInfos"_s, QJsonArray { output } } } } };
        s.body = QJsonDocument(
            QJsonObject { { u"Response"_s,
                QJsonObject { { u"TaskType"_s, u"AigcAudioTask"_s }, { u"Status"_s, u"FINISH"_s },
                    { u"AigcAudioTask"_s, task }, { u"RequestId"_s, u"r"_s } } } })
                     .toJson(QJsonDocument::Compact);
        return s;
    });
}

QStringList TestHostileNames::filesUnder(const QString& dir) const
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(QDir(dir).relativeFilePath(it.next()));
    out.sort();
    return out;
}

void TestHostileNames::cleanNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("clean");
    QTest::newRow("a real TaskId") << u"1500012345-AigcAudioTask-0123456789abcdef0123456789abcdeft"_s
                                   << u"1500012345-AigcAudioTask-0123456789abcdef0123456789abcdeft"_s;
    QTest::newRow("parent") << u"../pwned"_s << u"pwned"_s;
    QTest::newRow("absolute") << u"/home/user/.ssh/"_s << u"homeuserssh"_s;
    QTest::newRow("dots only") << u".."_s << u"fallback"_s;
    QTest::newRow("backslashes") << u"..\\..\\x"_s << u"x"_s;
    QTest::newRow("leading dash") << u"--rm -rf"_s << u"rm-rf"_s;
    QTest::newRow("controls") << u"a\x1b]0;title\ab\r\nc"_s << u"a0titleb-c"_s;
    QTest::newRow("NUL") << QString(u"a" + QString(QChar(0)) + u"b") << u"ab"_s;
    QTest::newRow("bidi override") << u"abc\u202Egpj.exe"_s << u"abcgpjexe"_s;
    QTest::newRow("fullwidth solidus") << u"a\uFF0Fb"_s << u"ab"_s;
    QTest::newRow("empty") << QString() << u"fallback"_s;
}

void TestHostileNames::cleanNames()
{
    QFETCH(QString, text);
    QFETCH(QString, clean);
    QCOMPARE(SafeFileName::clean(text, 100, u"fallback"_s), clean);
    // Never longer than a file system allows, whatever the script.
    QVERIFY(SafeFileName::clean(QString(300, QChar(0x96E8)), 1000, {}).toUtf8().size()
        <= SafeFileName::kMaxBytes);
    QCOMPARE(SafeFileName::extension(u"/authorized_keys"_s), u"authoriz"_s);
    QCOMPARE(SafeFileName::extension(u"../"_s, u"https://h/a/b.MP3?x=/y"_s), u"mp3"_s);
    QCOMPARE(SafeFileName::extension({}, {}), u"bin"_s);
}

void TestHostileNames::insideRefusesWhatLeavesTheFolder()
{
    const QString dir = m_home->filePath(u"dir"_s);
    QVERIFY(QDir().mkpath(dir));
    QString error;
    for (const QString& name : { u"../x"_s, u"/etc/passwd"_s, u".."_s, u"."_s, u""_s, u"a\\b"_s }) {
        error.clear();
        QVERIFY2(SafeFileName::inside(dir, name, &error).isEmpty(), qPrintable(name));
        QVERIFY(error.contains(u"not a plain file name"_s));
    }
    QCOMPARE(SafeFileName::inside(dir, u"a.wav"_s, &error), QDir(dir).filePath(u"a.wav"_s));
    // A name starting with ':' is a file in the folder, not a Qt resource path (fuzz_names).
    QCOMPARE(SafeFileName::inside(dir, u":.x"_s, &error), dir + u"/:.x"_s);
    // A link at the name that leads outside the folder, or nowhere.
    QVERIFY(QFile::link(m_home->filePath(u"outside.txt"_s), QDir(dir).filePath(u"link.wav"_s)));
    QVERIFY(SafeFileName::inside(dir, u"link.wav"_s, &error).isEmpty());
    QVERIFY2(error.contains(u"leads outside"_s), qPrintable(error));
    // A link that stays inside is fine.
    QVERIFY(QFile::link(QDir(dir).filePath(u"a.wav"_s), QDir(dir).filePath(u"same.wav"_s)));
    QFile(QDir(dir).filePath(u"a.wav"_s)).open(QIODevice::WriteOnly);
    QVERIFY(!SafeFileName::inside(dir, u"same.wav"_s, &error).isEmpty());
}

void TestHostileNames::downloadRefusesAnAnswerAboutAnotherTask()
{
    // The server answers a question about task A with a "TaskId" that is the victim's folder and a
    // FileType that is the victim's file: nothing is written, anywhere.
    const QString victim = m_home->filePath(u".ssh"_s);
    QVERIFY(QDir().mkpath(victim));
    QFile keys(victim + u"/authorized_keys"_s);
    QVERIFY(keys.open(QIODevice::WriteOnly));
    keys.write("ssh-ed25519 AAAA mine\n");
    keys.close();
    serveTask(victim, u"/authorized_keys"_s, "ssh-ed25519 AAAA attacker\n");
    const QString dir = m_home->filePath(u"out/"_s);
    const auto r
        = cli({ u"download"_s, u"1-AigcAudioTask-aaat"_s, dir, u"--endpoint"_s, m_server->baseUrl() }, home(),
            &m_nam, credentialsEnv());
    QCOMPARE(r.code, 4);
    QVERIFY2(r.err.contains(u"when asked about 1-AigcAudioTask-aaat"_s), qPrintable(r.err));
    QCOMPARE(TestPaths::readFile(victim + u"/authorized_keys"_s), QByteArray("ssh-ed25519 AAAA mine\n"));
    QCOMPARE(filesUnder(victim), QStringList { u"authorized_keys"_s });
    QVERIFY(filesUnder(dir).isEmpty());
}

void TestHostileNames::downloadCleansTheTaskIdAndTheFileType()
{
    // A script passes on a TaskId it got elsewhere; the server echoes it. The names are cleaned as the
    // library cleans them and stay in DIR.
    const QString victim = m_home->filePath(u".ssh"_s);
    serveTask(victim, u"/authorized_keys"_s, "RIFF data");
    const QString dir = m_home->filePath(u"out/"_s);
    auto r = cli({ u"download"_s, victim, dir, u"--endpoint"_s, m_server->baseUrl() }, home(), &m_nam,
        credentialsEnv());
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString expected = SafeFileName::clean(victim, 100, {}) + u".authoriz"_s;
    QCOMPARE(filesUnder(dir), QStringList { expected });
    QCOMPARE(r.out.trimmed(), QDir(dir).filePath(expected));
    QVERIFY(!QFileInfo::exists(victim));

    serveTask(u"../pwned"_s, u"wav"_s, "RIFF data");
    r = cli({ u"download"_s, u"../pwned"_s, dir, u"--endpoint"_s, m_server->baseUrl() }, home(), &m_nam,
        credentialsEnv());
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(QFile::exists(QDir(dir).filePath(u"pwned.wav"_s)));
    QVERIFY(!QFile::exists(m_home->filePath(u"pwned.wav"_s)));
}

void TestHostileNames::createDownloadCleansTheCreatedTaskId()
{
    serveTask(u"../../pwned"_s, u"../wav"_s, "RIFF data", u"../../pwned"_s);
    const QString dir = m_home->filePath(u"a/b/"_s);
    const auto r = cli({ u"create"_s, u"--endpoint"_s, m_server->baseUrl(), u"--prompt"_s, u"rain"_s,
                           u"--download"_s, dir, u"--poll-interval"_s, u"1"_s },
        home(), &m_nam, credentialsEnv());
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // The CLI's create keeps a copy in the library too (Music/AIGC Audio Studio/), and its history
    // and settings under .local/.config: nothing else, and nothing above HOME.
    const QStringList files = filesUnder(home());
    QVERIFY2(files.contains(u"a/b/pwned.wav"_s), qPrintable(files.join(u", "_s)));
    for (const QString& f : files) {
        QVERIFY2(f == u"a/b/pwned.wav"_s || f.startsWith(u"Music/AIGC Audio Studio/"_s)
                || f.startsWith(u"config/"_s) || f.startsWith(u".local/"_s) || f.startsWith(u".config/"_s),
            qPrintable(f));
    }
    QVERIFY(!QFileInfo::exists(QDir(home()).filePath(u"../pwned"_s)));
    QVERIFY(!QFileInfo::exists(QDir(home()).filePath(u"../../pwned"_s)));
}

void TestHostileNames::batchDownloadDirCleansEveryName()
{
    const QString victim = m_home->filePath(u"victim"_s);
    serveTask(victim + u"/x"_s, u"/.bashrc"_s, "RIFF data", victim + u"/x"_s);
    QFile prompts(m_home->filePath(u"prompts.txt"_s));
    QVERIFY(prompts.open(QIODevice::WriteOnly));
    prompts.write("rain on a roof\n");
    prompts.close();
    const QString dir = m_home->filePath(u"sounds"_s);
    const auto r = cli({ u"batch"_s, prompts.fileName(), u"--endpoint"_s, m_server->baseUrl(),
                           u"--download-dir"_s, dir, u"--poll-interval"_s, u"1"_s },
        home(), &m_nam, credentialsEnv());
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    // One file, in the folder, named by the template ({prompt}_{variation}_{taskid}) with every value
    // cleaned: the TaskId's path became part of a plain name.
    const QStringList files = filesUnder(dir);
    QCOMPARE(files.size(), 1);
    QVERIFY2(
        !files.first().contains(u'/') && files.first().endsWith(u".bashrc"_s), qPrintable(files.first()));
    QVERIFY2(files.first().contains(u"victim"_s), qPrintable(files.first()));
    QVERIFY2(files.first().startsWith(u"rain"_s), qPrintable(files.first())); // the prompt first
    QVERIFY2(r.out.contains(u"rain on a roof"_s), qPrintable(r.out)); // printed beside the file
    QVERIFY(!QFileInfo::exists(victim));
}

void TestHostileNames::aLinkLeadingOutsideIsRefused()
{
    // DIR/<TaskId>.wav is a link to a file elsewhere: the download does not write through it.
    const QString dir = m_home->filePath(u"out"_s);
    QVERIFY(QDir().mkpath(dir));
    QFile precious(m_home->filePath(u"precious.txt"_s));
    QVERIFY(precious.open(QIODevice::WriteOnly));
    precious.write("keep me");
    precious.close();
    QVERIFY(QFile::link(precious.fileName(), QDir(dir).filePath(u"1-AigcAudioTask-bbbt.wav"_s)));
    serveTask(u"1-AigcAudioTask-bbbt"_s, u"wav"_s, "RIFF data");
    const auto r
        = cli({ u"download"_s, u"1-AigcAudioTask-bbbt"_s, dir, u"--endpoint"_s, m_server->baseUrl() }, home(),
            &m_nam, credentialsEnv());
    QCOMPARE(r.code, 5); // its output could not be saved
    QVERIFY2(r.err.contains(u"leads outside"_s), qPrintable(r.err));
    QCOMPARE(TestPaths::readFile(precious.fileName()), QByteArray("keep me"));
}

void TestHostileNames::libraryKeepsHostileNamesInItsFolder()
{
    ManualClock clock;
    HistoryStore store(&clock);
    QVERIFY(store.open(m_home->filePath(u"history.sqlite"_s)));
    TaskRecord r;
    r.profileName = u"default"_s;
    r.prompt = u"../../.ssh/authorized_keys"_s;
    r.requestJson = "{}";
    const qint64 id = store.addSubmission(r);
    const QString taskId = m_home->filePath(u".ssh/authorized_keys"_s);
    QVERIFY(store.setCreated(id, taskId, u"c"_s, HttpExchange {}));
    serveTask(taskId, u"/../../authorized_keys"_s, "RIFF data");
    const QJsonObject output { { u"FileType"_s, u"/../../authorized_keys"_s },
        { u"FileUrl"_s, QString(m_server->baseUrl() + u"files/../../x.wav"_s) } };
    const QJsonObject response { { u"Status"_s, u"FINISH"_s },
        { u"AigcAudioTask"_s,
            QJsonObject { { u"TaskId"_s, taskId }, { u"Status"_s, u"FINISH"_s }, { u"Progress"_s, 100 },
                { u"Output"_s, QJsonObject { { u"AudioInfos"_s, QJsonArray { output } } } } } } };
    QVERIFY(store.updateFromTask(AudioTask::fromDescribeTaskDetail(response)));

    const QString folder = m_home->filePath(u"Library"_s);
    OutputLibrary library(&store, &m_nam, &clock, folder);
    QSignalSpy finished(&library, &OutputLibrary::downloadFinished);
    library.download(*store.record(id));
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY2(finished.first().at(1).value<ApiError>().isOk(),
        qPrintable(finished.first().at(1).value<ApiError>().toString()));
    const QStringList files = filesUnder(folder);
    QCOMPARE(files.size(), 2); // the audio and its sidecar
    QVERIFY2(files.at(0).endsWith(u".authoriz"_s) && files.at(1).endsWith(u".json"_s),
        qPrintable(files.join(u", "_s)));
    QVERIFY2(files.at(0).contains(u"_sshauthorized-keys_"_s), qPrintable(files.at(0)));
    for (const QString& f : files)
        QVERIFY2(!f.contains(u'/') && !f.startsWith(u'.'), qPrintable(f));
    QVERIFY(!QFileInfo::exists(m_home->filePath(u".ssh"_s)));
}

void TestHostileNames::pollerRefusesAnAnswerAboutAnotherTask()
{
    // Asked about A, the server answers about B (a FINISH with its URL): the poller stops with a named
    // error and never reports B as A's update.
    serveTask(u"1-AigcAudioTask-bbbt"_s, u"wav"_s, "RIFF");
    ManualClock clock;
    VodClient::Config config;
    config.baseUrl = QUrl(m_server->baseUrl());
    config.credentials = { u"AKIDHOSTILE"_s, u"key"_s, {} };
    VodClient client(&m_nam, &clock, config);
    TaskPoller poller(&client);
    QSignalSpy updated(&poller, &TaskPoller::taskUpdated);
    QSignalSpy failed(&poller, &TaskPoller::pollFailed);
    poller.watch(u"1-AigcAudioTask-aaat"_s);
    clock.advance(1000);
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toString(), u"1-AigcAudioTask-aaat"_s);
    const ApiError e = failed.first().at(1).value<ApiError>();
    QVERIFY2(e.message().contains(u"1-AigcAudioTask-bbbt"_s), qPrintable(e.toString()));
    QVERIFY(updated.isEmpty());
    QVERIFY(!poller.isWatching(u"1-AigcAudioTask-aaat"_s));
}

void TestHostileNames::uploadRefusesABucketThatIsAnotherHost()
{
    // ApplyUpload's StorageBucket and StorageRegion become the host the file goes to.
    m_server->setFallback([](const ScriptedHttpServer::Request&) {
        ScriptedHttpServer::Step s;
        s.body = R"({"Response":{"StorageBucket":"evil.example/x?","StorageRegion":"ap-guangzhou",
            "VodSessionKey":"k","MediaStoragePath":"/a/b.wav","TempCertificate":{"SecretId":"AKIDtmp",
            "SecretKey":"tmpkey","Token":"tok","ExpiredTime":4000000000},"RequestId":"u"}})";
        return s;
    });
    QFile wav(m_home->filePath(u"ref.wav"_s));
    QVERIFY(wav.open(QIODevice::WriteOnly));
    wav.write(QByteArray("RIFF") + QByteArray(2000, 'r'));
    wav.close();
    const auto r = cli({ u"upload"_s, wav.fileName(), u"--endpoint"_s, m_server->baseUrl() }, home(), &m_nam,
        credentialsEnv());
    QCOMPARE(r.code, 4);
    QVERIFY2(r.err.contains(u"unusable StorageBucket"_s), qPrintable(r.err));
    for (const auto& req : m_server->requests())
        QVERIFY2(req.method == "POST" && !req.header("x-tc-action").isEmpty(),
            QByteArray(req.method + ' ' + req.path).constData());
}

QTEST_GUILESS_MAIN(TestHostileNames)
#include "tst_hostile_names.moc"
