// Issue 16, point 5: files readable by the owner only. Under the usual umask (022) the CLI's folders
// are 0700 and its files 0600 (the history database with its -wal and -shm included), older ones are
// fixed when it starts, an upload that ends leaves its temporary SecretKey and token in neither the
// database nor its write-ahead log, `sign` and `cos-sign` refuse a key on the command line, and an
// endpoint URL with user:password@ is refused.
#include "HostileSupport.h"
#include "ScriptedHttpServer.h"
#include "TestPaths.h"
#include "core/profiles/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using HostileSupport::cli;
using HostileSupport::fileMode;

namespace {
const QByteArray kTempKey = "HostileTemporarySecretKey0123456789";
const QByteArray kTempToken = "HostileTemporaryToken0123456789abcdefABCDEF";
} // namespace

class TestHostileFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void newFoldersAndFilesAreOwnerOnly();
    void olderModesAreFixedAtStart();
    void anEndedUploadLeavesNoTemporaryKey_data();
    void anEndedUploadLeavesNoTemporaryKey();
    void signingKeyIsNeverAnArgument();
    void endpointWithAPasswordIsRefused();

private:
    // ApplyUpload, the object PUT and CommitUpload; `commitFails`: CommitUpload answers an error.
    void serveUploads(bool commitFails);
    HostileSupport::CliRun upload();
    QString dataDir() const { return m_home->filePath(u"data"_s); }
    QString configDir() const { return m_home->filePath(u"config"_s); }
    QProcessEnvironment env() const;

    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<QTemporaryDir> m_home;
    QNetworkAccessManager m_nam;
    mode_t m_umask = 0;
};

void TestHostileFiles::initTestCase()
{
    m_umask = ::umask(022); // the usual one: the modes must not depend on it
}

void TestHostileFiles::cleanupTestCase()
{
    ::umask(m_umask);
}

void TestHostileFiles::init()
{
    m_server = std::make_unique<ScriptedHttpServer>();
    QVERIFY(m_server->listen());
    m_home = std::make_unique<QTemporaryDir>();
}

QProcessEnvironment TestHostileFiles::env() const
{
    QProcessEnvironment e = HostileSupport::credentialsEnv();
    e.insert(u"AIGC_AUDIO_DATA_DIR"_s, dataDir());
    return e;
}

void TestHostileFiles::serveUploads(bool commitFails)
{
    m_server->setFallback([commitFails](const ScriptedHttpServer::Request& req) {
        ScriptedHttpServer::Step s;
        if (req.method == "PUT") {
            s.headers.append(qMakePair(QByteArray("ETag"), QByteArray("\"0123456789abcdef\"")));
            return s;
        }
        if (req.header("x-tc-action") == "ApplyUpload") {
            s.body = R"({"Response":{"StorageBucket":"vodhostile-1250000000","StorageRegion":"ap-guangzhou",
                "VodSessionKey":"hostile-session","MediaStoragePath":"/a/ref.wav","TempCertificate":{
                "SecretId":"AKIDhostiletemporary","SecretKey":")"
                + kTempKey + R"(","Token":")" + kTempToken
                + R"(","ExpiredTime":4000000000},"RequestId":"a"}})";
            return s;
        }
        s.body = commitFails
            ? QByteArray(R"({"Response":{"Error":{"Code":"InvalidParameterValue.VodSessionKey",
                "Message":"no such session"},"RequestId":"c"}})")
            : QByteArray(R"({"Response":{"FileId":"5285890800000000001","MediaUrl":"https://h/ref.wav",
                "RequestId":"c"}})");
        return s;
    });
}

HostileSupport::CliRun TestHostileFiles::upload()
{
    QFile wav(m_home->filePath(u"ref.wav"_s));
    if (!wav.exists() && wav.open(QIODevice::WriteOnly)) {
        wav.write(QByteArray("RIFF") + QByteArray(5000, 'r'));
        wav.close();
    }
    return cli(
        { u"upload"_s, wav.fileName(), u"--endpoint"_s, m_server->baseUrl() }, m_home->path(), &m_nam, env());
}

void TestHostileFiles::newFoldersAndFilesAreOwnerOnly()
{
    serveUploads(false);
    const auto r = upload();
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(fileMode(dataDir()), 0700);
    const QString db = dataDir() + u"/history.sqlite"_s;
    QCOMPARE(fileMode(db), 0600);
    for (const QString& suffix : { u"-wal"_s, u"-shm"_s }) {
        if (QFile::exists(db + suffix))
            QCOMPARE(fileMode(db + suffix), 0600);
    }
    const auto list = cli({ u"profiles"_s, u"list"_s }, m_home->path(), &m_nam, env());
    QCOMPARE(list.code, 0);
    QCOMPARE(fileMode(configDir()), 0700);
}

void TestHostileFiles::olderModesAreFixedAtStart()
{
    // As an older version left them: a folder and files anyone can read.
    QVERIFY(QDir().mkpath(dataDir()));
    QVERIFY(QDir().mkpath(configDir()));
    const QString db = dataDir() + u"/history.sqlite"_s;
    {
        ProfileStore store(configDir() + u"/profiles.ini"_s);
        Profile p;
        p.name = u"old"_s;
        p.endpoint = Endpoint::parse(u"intl"_s);
        QVERIFY(store.save(p));
    }
    for (const QString& path : { db, QString(db + u"-wal"_s), QString(configDir() + u"/profiles.ini"_s) }) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        f.close();
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    }
    QFile::remove(db + u"-wal"_s); // an empty -wal is not a database's log; keep only the database
    QVERIFY(::chmod(QFile::encodeName(dataDir()).constData(), 0755) == 0);
    QVERIFY(::chmod(QFile::encodeName(configDir()).constData(), 0755) == 0);

    serveUploads(false);
    QVERIFY2(upload().code == 0, "the upload");
    QVERIFY(cli({ u"profiles"_s, u"list"_s }, m_home->path(), &m_nam, env()).code == 0);
    QCOMPARE(fileMode(dataDir()), 0700);
    QCOMPARE(fileMode(db), 0600);
    QCOMPARE(fileMode(configDir()), 0700);
    QCOMPARE(fileMode(configDir() + u"/profiles.ini"_s), 0600);
}

void TestHostileFiles::anEndedUploadLeavesNoTemporaryKey_data()
{
    QTest::addColumn<bool>("commitFails");
    QTest::newRow("done") << false;
    QTest::newRow("failed") << true;
}

void TestHostileFiles::anEndedUploadLeavesNoTemporaryKey()
{
    QFETCH(bool, commitFails);
    serveUploads(commitFails);
    const auto r = upload();
    QCOMPARE(r.code == 0, !commitFails);
    QVERIFY(!r.err.contains(QString::fromLatin1(kTempKey)));
    const QString db = dataDir() + u"/history.sqlite"_s;
    QVERIFY(QFile::exists(db));
    for (const QString& suffix : { QString(), u"-wal"_s, u"-shm"_s }) {
        const QByteArray content
            = QFile::exists(db + suffix) ? TestPaths::readFile(db + suffix) : QByteArray();
        QVERIFY2(!content.contains(kTempKey), qPrintable(db + suffix));
        QVERIFY2(!content.contains(kTempToken), qPrintable(db + suffix));
    }
}

void TestHostileFiles::signingKeyIsNeverAnArgument()
{
    const QStringList cosArgs { u"cos-sign"_s, u"--secret-id"_s, u"AKIDx"_s, u"--method"_s, u"put"_s,
        u"--key"_s, u"a.wav"_s, u"--key-time"_s, u"1700000000;1700000900"_s };
    auto r = cli(cosArgs + QStringList { u"--secret-key"_s, u"ArgvSecretKey42"_s }, m_home->path(), &m_nam);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(u"/proc/PID/cmdline"_s), qPrintable(r.err));
    QVERIFY(!r.err.contains(u"ArgvSecretKey42"_s) && !r.out.contains(u"ArgvSecretKey42"_s));
    // From the environment it signs.
    QProcessEnvironment e;
    e.insert(u"TENCENTCLOUD_SECRET_KEY"_s, u"EnvSecretKey42"_s);
    r = cli(cosArgs, m_home->path(), &m_nam, e);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.startsWith(u"q-sign-algorithm=sha1&q-ak=AKIDx&"_s));
    r = cli({ u"sign"_s, u"--secret-id"_s, u"AKIDx"_s, u"--secret-key"_s, u"ArgvSecretKey42"_s, u"--action"_s,
                u"DescribeTasks"_s, u"--timestamp"_s, u"1"_s, u"--payload-file"_s, u"/dev/null"_s },
        m_home->path(), &m_nam);
    QCOMPARE(r.code, 2);
    QVERIFY(!r.err.contains(u"ArgvSecretKey42"_s));
}

void TestHostileFiles::endpointWithAPasswordIsRefused()
{
    const QString url = u"http://someone:Hunter2Password@127.0.0.1:%1/"_s.arg(m_server->port());
    const auto r = cli({ u"status"_s, u"1-AigcAudioTask-aaat"_s, u"--endpoint"_s, url }, m_home->path(),
        &m_nam, HostileSupport::credentialsEnv());
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(u"user:password@"_s), qPrintable(r.err));
    QVERIFY(!r.err.contains(u"Hunter2Password"_s));
    QCOMPARE(m_server->requestCount(), 0);
}

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostile_files.moc"
