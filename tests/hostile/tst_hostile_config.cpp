// Issue 16, point 4: configuration files survive full disks and corruption. A full disk (a 64 KiB
// tmpfs, mounted in a private mount namespace with `unshare -rm`) never costs a profile and is said in
// words with exit 4; a garbage profiles.ini is an error naming the file (never "no profiles" and a
// silent fall-through to the environment) and is moved aside, not written over; no truncation of the
// file ever changes where a profile's secrets are kept.
#include "HostileSupport.h"
#include "TestPaths.h"
#include "core/profiles/PlaintextSecretStore.h"
#include "core/profiles/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;
using HostileSupport::cli;

class TestHostileConfig : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void fullDiskKeepsEveryProfile_data();
    void fullDiskKeepsEveryProfile();
    void fullDiskKeepsThePlaintextSecrets();
    void garbageIsReportedNamingTheFile();
    void garbageIsMovedAsideNotWrittenOver();
    void noTruncationChangesWhereSecretsAreKept();

private:
    // Three profiles (one with plain-text secrets), "b" the default, written by the store.
    QByteArray threeProfiles(const QString& dir);
    // `script` run by sh in a private mount namespace where `dir` is a 64 KiB tmpfs already full but
    // for `profiles.ini` (and the files in `files`); prints what it printed. Skips when namespaces are
    // not allowed here.
    struct Shell
    {
        int code = -1;
        QString out, err;
    };
    Shell onFullDisk(const QString& dir, const QHash<QString, QByteArray>& files, const QString& script);

    std::unique_ptr<QTemporaryDir> m_home;
    QNetworkAccessManager m_nam;
};

void TestHostileConfig::init()
{
    m_home = std::make_unique<QTemporaryDir>();
}

QByteArray TestHostileConfig::threeProfiles(const QString& dir)
{
    ProfileStore store(dir + u"/profiles.ini"_s);
    for (const QString& name : { u"a"_s, u"b"_s, u"c"_s }) {
        Profile p;
        p.name = name;
        p.endpoint = Endpoint::parse(u"intl"_s);
        p.plaintextSecrets = name == u"c"_s;
        QString error;
        if (!store.save(p, &error))
            qWarning("%s", qPrintable(error));
    }
    store.setDefaultProfileName(u"b"_s);
    return TestPaths::readFile(store.filePath());
}

TestHostileConfig::Shell TestHostileConfig::onFullDisk(
    const QString& dir, const QHash<QString, QByteArray>& files, const QString& script)
{
    Shell r;
    const QString unshare = QStandardPaths::findExecutable(u"unshare"_s);
    if (unshare.isEmpty())
        return r;
    // The files are written from here first, then copied in; dd fills what room is left.
    QTemporaryDir stage;
    QString copy;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QFile f(stage.filePath(it.key()));
        QDir().mkpath(QFileInfo(f).absolutePath());
        if (f.open(QIODevice::WriteOnly))
            f.write(it.value());
        f.close();
        copy += u"mkdir -p \"$D/$(dirname '%1')\" && cp '%2' \"$D/%1\" && "_s.arg(it.key(), f.fileName());
    }
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"D"_s, dir);
    env.insert(u"AIGC_AUDIO_CONFIG_DIR"_s, dir);
    env.insert(u"CLI"_s, TestPaths::binary(u"aigc-audio"_s));
    p.setProcessEnvironment(env);
    const QString body = u"mkdir -p \"$D\" && mount -t tmpfs -o size=64k,mode=0700 none \"$D\" && "_s + copy
        + u"(dd if=/dev/zero of=\"$D/filler\" bs=1k count=100 2>/dev/null; true) && "_s + script;
    p.start(unshare, { u"-rm"_s, u"sh"_s, u"-c"_s, body });
    if (!p.waitForFinished(60000))
        return r;
    r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TestHostileConfig::fullDiskKeepsEveryProfile_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("remove") << u"profiles remove a"_s;
    QTest::newRow("default") << u"profiles default c"_s;
}

void TestHostileConfig::fullDiskKeepsEveryProfile()
{
    QFETCH(QString, command);
    const QByteArray before = threeProfiles(m_home->filePath(u"made"_s));
    QVERIFY(before.contains("plaintextSecrets=true"));
    const QString dir = m_home->filePath(u"full"_s);
    const Shell r = onFullDisk(dir, { { u"profiles.ini"_s, before } },
        u"\"$CLI\" "_s + command + u"; echo \"exit=$?\"; echo ====; cat \"$D/profiles.ini\"; ls -a \"$D\""_s);
    if (r.code == -1 || r.err.contains(u"mount:"_s) || r.err.contains(u"unshare:"_s))
        QSKIP(qPrintable(u"no private mount namespace here (unshare -rm, mount tmpfs): "_s + r.err));
    const QStringList parts = r.out.split(u"====\n"_s);
    QCOMPARE(parts.size(), 2);
    QVERIFY2(parts.at(0).contains(u"exit=4"_s), qPrintable(r.out + r.err));
    QVERIFY2(r.err.contains(u"the disk is full"_s), qPrintable(r.err));
    QVERIFY2(!parts.at(0).contains(u"Removed profile"_s) && !parts.at(0).contains(u"is now the default"_s),
        qPrintable(parts.at(0)));
    // The old file, byte for byte, and no temporary file left behind.
    QVERIFY2(parts.at(1).startsWith(QString::fromUtf8(before)), qPrintable(parts.at(1)));
    QVERIFY2(!parts.at(1).contains(u".new-"_s), qPrintable(parts.at(1)));
}

void TestHostileConfig::fullDiskKeepsThePlaintextSecrets()
{
    // The 0600 file of a plain-text profile, rewritten on a full disk: the old one stays.
    const QByteArray ini = threeProfiles(m_home->filePath(u"made"_s));
    PlaintextSecretStore made(m_home->filePath(u"made/plaintext-secrets"_s));
    QVERIFY(made.writeNow(u"c"_s, { u"AKIDold"_s, u"OldSecretKey"_s, {} }).isEmpty());
    const QByteArray secrets = TestPaths::readFile(made.filePath(u"c"_s));
    const QString dir = m_home->filePath(u"full"_s);
    const Shell r
        = onFullDisk(dir, { { u"profiles.ini"_s, ini }, { u"plaintext-secrets/c.json"_s, secrets } },
            u"printf 'NewSecretKey0123456789\\n' | \"$CLI\" profiles add c --plaintext --secret-id AKIDnew "
            "--endpoint intl; echo \"exit=$?\"; echo ====; cat \"$D/plaintext-secrets/c.json\""_s);
    if (r.code == -1 || r.err.contains(u"mount:"_s) || r.err.contains(u"unshare:"_s))
        QSKIP("no private mount namespace here");
    const QStringList parts = r.out.split(u"====\n"_s);
    QCOMPARE(parts.size(), 2);
    QVERIFY2(!parts.at(0).contains(u"exit=0"_s), qPrintable(r.out + r.err));
    QVERIFY2(r.err.contains(u"the disk is full"_s), qPrintable(r.err));
    QCOMPARE(parts.at(1).toUtf8(), secrets);
}

void TestHostileConfig::garbageIsReportedNamingTheFile()
{
    const QString config = m_home->filePath(u"config"_s);
    QVERIFY(QDir().mkpath(config));
    QFile ini(config + u"/profiles.ini"_s);
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write("\x7f"
              "ELF\x02\x01\x01 binary garbage, not INI\n\x00\x00[profiles\nwork\\endpoint",
        60);
    ini.close();
    // With credentials in the environment too: no silent fall-through to them.
    auto r = cli({ u"status"_s, u"1-AigcAudioTask-aaat"_s, u"--endpoint"_s, u"http://127.0.0.1:9/"_s },
        m_home->path(), &m_nam, HostileSupport::credentialsEnv());
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains(u"profiles.ini is damaged"_s), qPrintable(r.err));
    r = cli({ u"profiles"_s, u"list"_s }, m_home->path(), &m_nam);
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains(QDir::toNativeSeparators(ini.fileName())) && r.err.contains(u"damaged"_s),
        qPrintable(r.err));
    QVERIFY(!r.err.contains(u"No profiles yet"_s));
    // Reading never changed it.
    QCOMPARE(TestPaths::readFile(ini.fileName()).size(), 60);
}

void TestHostileConfig::garbageIsMovedAsideNotWrittenOver()
{
    const QString config = m_home->filePath(u"config"_s);
    QVERIFY(QDir().mkpath(config));
    const QByteArray garbage = "this is not\nan INI file at all\n";
    QFile ini(config + u"/profiles.ini"_s);
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write(garbage);
    ini.close();
    ProfileStore store(ini.fileName());
    QVERIFY(!store.damage().isEmpty());
    QVERIFY(store.names().isEmpty());
    Profile p;
    p.name = u"fresh"_s;
    p.endpoint = Endpoint::parse(u"china"_s);
    QString error;
    QVERIFY2(store.save(p, &error), qPrintable(error));
    QVERIFY2(store.notice().contains(u"profiles.ini.corrupt-"_s), qPrintable(store.notice()));
    const QStringList aside = QDir(config).entryList({ u"profiles.ini.corrupt-*"_s }, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QCOMPARE(TestPaths::readFile(config + u'/' + aside.first()), garbage);
    QVERIFY(store.damage().isEmpty());
    QCOMPARE(store.names(), QStringList { u"fresh"_s });
}

void TestHostileConfig::noTruncationChangesWhereSecretsAreKept()
{
    // Every prefix of a good file: either it is reported damaged, or each profile it shows keeps its
    // secret storage, and none is missing.
    const QByteArray full = threeProfiles(m_home->filePath(u"made"_s));
    const QString path = m_home->filePath(u"cut/profiles.ini"_s);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    int damaged = 0;
    const qsizetype whole = full.trimmed().size();
    for (qsizetype n = 0; n <= full.size(); ++n) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(full.left(n));
        f.close();
        ProfileStore store(path);
        const QString what = u"cut at %1 of %2"_s.arg(n).arg(full.size());
        if (n < whole) {
            QVERIFY2(!store.damage().isEmpty(), qPrintable(what + u": "_s + QString::fromUtf8(full.left(n))));
            QVERIFY(store.names().isEmpty());
            ++damaged;
            continue;
        }
        QVERIFY2(store.damage().isEmpty(), qPrintable(what + u": "_s + store.damage()));
        QCOMPARE(store.names(), (QStringList { u"a"_s, u"b"_s, u"c"_s }));
        QVERIFY(store.profile(u"c"_s)->plaintextSecrets);
        QVERIFY(!store.profile(u"a"_s)->plaintextSecrets);
        QCOMPARE(store.defaultProfileName(), u"b"_s);
    }
    qInfo("%d of %lld prefixes reported damaged", damaged, qint64(full.size()));
}

QTEST_GUILESS_MAIN(TestHostileConfig)
#include "tst_hostile_config.moc"
