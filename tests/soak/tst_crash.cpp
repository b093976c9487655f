// Crash safety: the real aigc-audio-studio (under Xvfb, Generate pressed with xdotool) and the real
// aigc-audio killed with SIGKILL at a random moment while creating, polling, downloading and uploading,
// against aigc-vod-emulator as a process (its latency and faults make each phase last long enough for the
// kill to land in it). After every kill: the history database opens, is WAL and passes
// PRAGMA integrity_check; nothing recorded before the kill is lost; a restart resumes the unfinished tasks,
// the partial downloads (.part + Range) and the uploads, to files identical to what the emulator serves.
// Runs per phase: AIGC_CRASH_RUNS or --runs (default 3; the long mode runs 20); --seed replays.
#include "SoakOptions.h"
#include "TestPaths.h"
#include "TestWait.h"
#include "core/profiles/PlaintextSecretStore.h"
#include "core/profiles/Profile.h"
#include "core/profiles/ProfileStore.h"
#include "core/signing/Credentials.h"
#include "emulator/http/EmulatorInfo.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <cstdio>
#include <functional>
#include <memory>
#include <signal.h>
#include <sys/types.h>

using namespace Qt::StringLiterals;

namespace {
bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    return TestWait::waitFor(done, timeoutMs, 20);
}

// SIGKILL to a child that still runs (never to pid 0: that would be our own process group).
bool killNine(QProcess& process)
{
    if (process.state() != QProcess::Running || process.processId() <= 0)
        return false;
    ::kill(pid_t(process.processId()), SIGKILL);
    process.waitForFinished(10000);
    return true;
}

void pause(int ms)
{
    waitFor([] { return false; }, ms);
}

QByteArray md5(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex();
}

QByteArray md5OfFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Md5);
    h.addData(&f);
    return h.result().toHex();
}

// One row of the history as the test sees it, straight from SQLite.
struct Row
{
    QString taskId;
    QString state;
    QString downloadState;
    QString localPath;
    QString fileUrl;
};

// What a database looks like from outside: integrity, journal mode, its task rows and upload parts.
struct Snapshot
{
    bool opened = false;
    QString integrity;
    QString journal;
    QMap<qint64, Row> rows;
    QMap<qint64, QMap<int, QString>> parts; // upload id -> part number -> ETag
    QMap<qint64, QString> uploadStates;
    QString error;
};

// integrity: run PRAGMA integrity_check too (not while polling a running process).
Snapshot snapshot(const QString& path, bool integrity = false)
{
    Snapshot s;
    if (!QFileInfo::exists(path))
        return s;
    static int serial = 0;
    const QString name = u"crash-snapshot-%1"_s.arg(++serial);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open()) {
            s.error = db.lastError().text();
        } else {
            s.opened = true;
            QSqlQuery q(db);
            if (integrity && q.exec(u"PRAGMA integrity_check"_s) && q.next())
                s.integrity = q.value(0).toString();
            if (q.exec(u"PRAGMA journal_mode"_s) && q.next())
                s.journal = q.value(0).toString();
            if (q.exec(u"SELECT id, task_id, state, download_state, local_path, file_url FROM tasks"_s)) {
                while (q.next())
                    s.rows.insert(q.value(0).toLongLong(),
                        { q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                            q.value(4).toString(), q.value(5).toString() });
            }
            if (q.exec(u"SELECT id, state FROM uploads"_s)) {
                while (q.next())
                    s.uploadStates.insert(q.value(0).toLongLong(), q.value(1).toString());
            }
            if (q.exec(u"SELECT upload_id, part_number, etag FROM upload_parts"_s)) {
                while (q.next())
                    s.parts[q.value(0).toLongLong()].insert(q.value(1).toInt(), q.value(2).toString());
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return s;
}

QString describe(const Snapshot& s)
{
    QStringList out;
    for (auto it = s.rows.cbegin(); it != s.rows.cend(); ++it)
        out.append(u"#%1 %2 %3 dl=%4"_s.arg(it.key()).arg(it->taskId, it->state, it->downloadState));
    return out.join(u"; "_s);
}
} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void appKilledWhileCreating();
    void appKilledWhilePolling();
    void appKilledWhileDownloading();
    void cliKilledWhileDownloading();
    void cliKilledWhileUploading();

private:
    enum class Phase
    {
        Creating,
        Polling,
        Downloading
    };
    struct Emulator
    {
        std::unique_ptr<QProcess> process;
        QString url;
        QString dataDir;
        ~Emulator()
        {
            if (process && process->state() != QProcess::NotRunning) {
                process->kill();
                process->waitForFinished(5000);
            }
        }
        QStringList taskIds() const;
        QByteArray log();
        QByteArray m_log;
    };
    bool startEmulator(Emulator& e, const QString& dataDir, const QStringList& extra);
    void appRun(Phase phase, int run);
    void prepareApp(const QString& dir, const QString& emulatorUrl, int duration);
    QProcessEnvironment appEnvironment(const QString& dir) const;
    QProcessEnvironment cliEnvironment(const QString& dir) const;
    bool pressGenerate(QProcess& app, const QString& database);
    QByteArray served(const QUrl& url, int* status);
    int delayFor(int run, int salt, int maxMs) const;

    quint64 m_seed = 0;
    int m_runs = 3;
    std::unique_ptr<QProcess> m_xvfb;
    QString m_display;
    QNetworkAccessManager m_nam;
};

void TestCrash::initTestCase()
{
    m_seed = SoakOptions::seed();
    m_runs = SoakOptions::runs(3);
    std::printf("CRASH seed=%llu runs-per-phase=%d (replay: tst_crash --runs %d --seed %llu)\n",
        static_cast<unsigned long long>(m_seed), m_runs, m_runs, static_cast<unsigned long long>(m_seed));
    std::fflush(stdout);
    for (const QString& b : { u"aigc-audio"_s, u"aigc-vod-emulator"_s, u"aigc-audio-studio"_s })
        QVERIFY2(QFileInfo(TestPaths::binary(b)).isExecutable(), qPrintable(TestPaths::binary(b)));

    // The app needs a display and xdotool to press Generate; scripts/setup installs both.
    const QString xvfb = QStandardPaths::findExecutable(u"Xvfb"_s);
    if (xvfb.isEmpty() || QStandardPaths::findExecutable(u"xdotool"_s).isEmpty())
        return;
    m_xvfb = std::make_unique<QProcess>();
    // -displayfd 1: Xvfb picks a free display and writes its number on standard output.
    m_xvfb->start(
        xvfb, { u"-displayfd"_s, u"1"_s, u"-screen"_s, u"0"_s, u"1280x800x24"_s, u"-nolisten"_s, u"tcp"_s });
    if (!m_xvfb->waitForStarted(5000) || !waitFor([this] { return m_xvfb->canReadLine(); }, 10000)) {
        m_xvfb.reset();
        return;
    }
    m_display = u":"_s + QString::fromLatin1(m_xvfb->readLine()).trimmed();
}

void TestCrash::cleanupTestCase()
{
    if (m_xvfb) {
        m_xvfb->terminate();
        m_xvfb->waitForFinished(5000);
    }
}

int TestCrash::delayFor(int run, int salt, int maxMs) const
{
    QRandomGenerator g(static_cast<quint32>(m_seed * 7919 + static_cast<quint64>(run) * 131 + salt));
    return static_cast<int>(g.bounded(static_cast<quint32>(maxMs)));
}

QStringList TestCrash::Emulator::taskIds() const
{
    QFile f(dataDir + u"/tasks.json"_s);
    QStringList ids;
    if (!f.open(QIODevice::ReadOnly))
        return ids;
    for (const QJsonValue v : QJsonDocument::fromJson(f.readAll()).object().value("Tasks"_L1).toArray())
        ids.append(v.toObject().value("TaskId"_L1).toString());
    return ids;
}

QByteArray TestCrash::Emulator::log()
{
    m_log += process->readAllStandardError();
    return m_log;
}

bool TestCrash::startEmulator(Emulator& e, const QString& dataDir, const QStringList& extra)
{
    e.dataDir = dataDir;
    e.process = std::make_unique<QProcess>();
    e.process->start(TestPaths::binary(u"aigc-vod-emulator"_s),
        QStringList { u"--listen"_s, u"127.0.0.1:0"_s, u"--data-dir"_s, dataDir, u"--log"_s } + extra);
    if (!e.process->waitForReadyRead(10000))
        return false;
    const QString first = QString::fromUtf8(e.process->readLine()).trimmed();
    if (!first.startsWith(u"listening on "_s))
        return false;
    e.url = first.mid(u"listening on "_s.size());
    if (!e.url.endsWith(u'/'))
        e.url += u'/';
    return true;
}

QProcessEnvironment TestCrash::cliEnvironment(const QString& dir) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TENCENTCLOUD_SECRET_ID"_s, QString::fromLatin1(kEmulatorDemoSecretId));
    env.insert(u"TENCENTCLOUD_SECRET_KEY"_s, QString::fromLatin1(kEmulatorDemoSecretKey));
    env.insert(u"HOME"_s, dir);
    env.insert(u"AIGC_AUDIO_CONFIG_DIR"_s, dir + u"/config"_s);
    env.insert(u"AIGC_AUDIO_DATA_DIR"_s, dir + u"/data"_s);
    return env;
}

QProcessEnvironment TestCrash::appEnvironment(const QString& dir) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, dir);
    env.insert(u"XDG_CONFIG_HOME"_s, dir + u"/config"_s);
    env.insert(u"AIGC_AUDIO_CONFIG_DIR"_s, dir + u"/config/aigc-audio-studio"_s);
    env.insert(u"AIGC_AUDIO_DATA_DIR"_s, dir + u"/data"_s);
    env.insert(u"AIGC_AUDIO_LIBRARY_DIR"_s, dir + u"/library"_s);
    env.insert(u"DISPLAY"_s, m_display);
    env.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
    env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s); // no keychain: the profile's secrets are in a plain file
    return env;
}

void TestCrash::prepareApp(const QString& dir, const QString& emulatorUrl, int duration)
{
    // A profile on the emulator process (which outlives the app), its secrets in a plain-text file, and
    // a draft of two variations ready to generate.
    const QString configDir = dir + u"/config/aigc-audio-studio"_s;
    QDir().mkpath(configDir);
    ProfileStore profiles(configDir + u"/profiles.ini"_s);
    Profile p;
    p.name = u"crash"_s;
    p.endpoint = Endpoint::custom(QUrl(emulatorUrl));
    p.plaintextSecrets = true;
    QVERIFY(profiles.save(p));
    QVERIFY(profiles.setDefaultProfileName(p.name));
    PlaintextSecretStore secrets(configDir + u"/plaintext-secrets"_s);
    const QString error = secrets.writeNow(p.name,
        { QString::fromLatin1(kEmulatorDemoSecretId), QString::fromLatin1(kEmulatorDemoSecretKey), {} });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSettings settings(dir + u"/config/AigcAudioStudio/aigc-audio-studio.conf"_s, QSettings::IniFormat);
    const QJsonObject draft { { "ModelName"_L1, u"Kling"_s }, { "SceneType"_L1, u"sfx"_s },
        { "Prompt"_L1, u"crash %1: thunder over the harbour"_s.arg(QFileInfo(dir).fileName()) },
        { "OutputConfig"_L1,
            QJsonObject { { "Duration"_L1, duration }, { "OutputAudioFormat"_L1, u"wav"_s },
                { "StorageMode"_L1, u"Temporary"_s } } } };
    settings.setValue(
        u"form/draft"_s, QString::fromUtf8(QJsonDocument(draft).toJson(QJsonDocument::Compact)));
    settings.setValue(u"form/variations"_s, 2);
    settings.sync();
}

bool TestCrash::pressGenerate(QProcess& app, const QString& database)
{
    QProcess search;
    search.setProcessEnvironment(appEnvironment(QDir::tempPath()));
    search.start(
        u"xdotool"_s, { u"search"_s, u"--sync"_s, u"--onlyvisible"_s, u"--name"_s, u"AIGC Audio Studio"_s });
    if (!search.waitForFinished(20000) || search.exitCode() != 0)
        return false;
    const QString window
        = QString::fromLatin1(search.readAllStandardOutput()).split(u'\n').value(0).trimmed();
    // Generate stays disabled until the profile is connected: press until the rows appear.
    for (int i = 0; i < 40 && app.state() == QProcess::Running; ++i) {
        QProcess key;
        key.setProcessEnvironment(appEnvironment(QDir::tempPath()));
        key.start(u"xdotool"_s, { u"windowfocus"_s, window, u"key"_s, u"ctrl+Return"_s });
        key.waitForFinished(5000);
        if (waitFor([&] { return !snapshot(database).rows.isEmpty(); }, 500))
            return true;
    }
    return false;
}

QByteArray TestCrash::served(const QUrl& url, int* status)
{
    QNetworkReply* reply = m_nam.get(QNetworkRequest(url));
    waitFor([reply] { return reply->isFinished(); }, 30000);
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    delete reply;
    return body;
}

void TestCrash::appRun(Phase phase, int run)
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Emulator emulator;
    QStringList extra;
    int duration = 2;
    int window = 1000;
    switch (phase) {
    case Phase::Creating: // each Create waits 1.5 s in the emulator: the kill lands while it is sent
        extra = { u"--task-seconds"_s, u"1"_s, u"--fault-actions"_s, u"CreateAigcAudioTask"_s,
            u"--latency-ms"_s, u"1500"_s };
        window = 1700;
        break;
    case Phase::Polling: // the tasks take 5 s
        extra = { u"--task-seconds"_s, u"5"_s };
        window = 4000;
        break;
    case Phase::Downloading: // 30 s WAVs, each download delayed 0.6 s, the first one cut in half
        extra = { u"--task-seconds"_s, u"1"_s, u"--fault-actions"_s, u"File"_s, u"--latency-ms"_s, u"600"_s,
            u"--truncate-rate"_s, u"1"_s, u"--fault-limit"_s, u"1"_s };
        duration = 30;
        window = 1800;
        break;
    }
    QVERIFY(startEmulator(emulator, dir.filePath(u"emulator"_s), extra));
    prepareApp(dir.path(), emulator.url, duration);
    const QString database = dir.filePath(u"data/history.sqlite"_s);

    QProcess app;
    app.setProcessEnvironment(appEnvironment(dir.path()));
    app.setProcessChannelMode(QProcess::MergedChannels);
    app.start(TestPaths::binary(u"aigc-audio-studio"_s));
    QVERIFY(app.waitForStarted(10000));
    QVERIFY2(pressGenerate(app, database), app.readAll().constData());

    // Into the phase, then a random moment within it.
    const auto inPhase = [&] {
        const Snapshot now = snapshot(database);
        for (const Row& r : now.rows) {
            if (phase == Phase::Creating)
                return true;
            if (phase == Phase::Polling && !r.taskId.isEmpty()
                && (r.state == "Waiting"_L1 || r.state == "Processing"_L1))
                return true;
            if (phase == Phase::Downloading
                && (r.downloadState == "Pending"_L1 || r.downloadState == "Partial"_L1))
                return true;
        }
        return false;
    };
    QVERIFY2(waitFor(inPhase, 30000), qPrintable(describe(snapshot(database))));
    const int delay = delayFor(run, static_cast<int>(phase), window);
    pause(delay);
    QMap<QString, qint64> parts; // .part files at the kill
    for (const QFileInfo& f : QDir(dir.filePath(u"library"_s)).entryInfoList({ u"*.part"_s }, QDir::Files))
        parts.insert(f.absoluteFilePath(), f.size());
    QVERIFY2(killNine(app), "the app was not running at the kill");
    QCOMPARE(app.exitStatus(), QProcess::CrashExit);

    const Snapshot before = snapshot(database, true);
    QVERIFY2(before.opened, qPrintable(before.error));
    QCOMPARE(before.integrity, u"ok"_s);
    QCOMPARE(before.journal, u"wal"_s);
    const qsizetype logBefore = emulator.log().size();

    // The restart: no key pressed; it must finish what it had begun.
    QProcess again;
    again.setProcessEnvironment(appEnvironment(dir.path()));
    again.setProcessChannelMode(QProcess::MergedChannels);
    again.start(TestPaths::binary(u"aigc-audio-studio"_s));
    QVERIFY(again.waitForStarted(10000));
    const auto settled = [&] {
        const Snapshot s = snapshot(database);
        if (s.rows.isEmpty())
            return false;
        QSet<QString> known;
        for (const Row& r : s.rows) {
            if (r.state == "Submitting"_L1 || r.state == "Waiting"_L1 || r.state == "Processing"_L1)
                return false;
            if (r.state == "Finished"_L1 && (r.downloadState != "Done"_L1 || !QFileInfo::exists(r.localPath)))
                return false;
            known.insert(r.taskId);
        }
        for (const QString& id : emulator.taskIds()) {
            if (!known.contains(id))
                return false; // made by the emulator, not yet reconciled
        }
        return true;
    };
    const bool ok = waitFor(settled, 60000);
    killNine(again);
    const Snapshot after = snapshot(database, true);
    const QByteArray log = emulator.log();
    QVERIFY2(ok,
        qPrintable(u"not settled after the restart (killed %1 ms into the phase): %2\nbefore: %3\napp: %4"_s
                       .arg(delay)
                       .arg(describe(after), describe(before), QString::fromUtf8(again.readAll()))));
    QCOMPARE(after.integrity, u"ok"_s);

    // Nothing recorded before the kill is lost, and nothing went backwards.
    for (auto it = before.rows.cbegin(); it != before.rows.cend(); ++it) {
        QVERIFY2(after.rows.contains(it.key()), qPrintable(u"row %1 lost"_s.arg(it.key())));
        const Row& now = after.rows.value(it.key());
        if (!it->taskId.isEmpty())
            QCOMPARE(now.taskId, it->taskId);
        if (it->downloadState == "Done"_L1)
            QCOMPARE(now.localPath, it->localPath);
    }
    // Every task the emulator made is in the history once; every output is intact.
    const QStringList made = emulator.taskIds();
    int withTask = 0;
    for (const Row& r : after.rows) {
        withTask += r.taskId.isEmpty() ? 0 : 1;
        if (r.state != "Finished"_L1)
            continue;
        int status = 0;
        const QByteArray body = served(QUrl(r.fileUrl), &status);
        QCOMPARE(status, 200);
        QCOMPARE(md5OfFile(r.localPath), md5(body));
        QVERIFY(!QFileInfo::exists(r.localPath + u".part"_s));
    }
    QCOMPARE(withTask, static_cast<int>(made.size()));
    // A .part left by the kill was resumed with a Range request, not downloaded again.
    const bool ranged = log.mid(logBefore).contains(" 206 ");
    QString resumedPart;
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        if (it.value() > 0)
            resumedPart = it.key();
    }
    if (!resumedPart.isEmpty())
        QVERIFY2(ranged,
            qPrintable(u"a .part of %1 bytes was left, but no Range request followed:\n"_s.arg(
                           parts.value(resumedPart))
                + QString::fromUtf8(log.mid(logBefore))));
    emulator.process->kill();
    emulator.process->waitForFinished(5000);
    std::printf("CRASH app %s run %d: killed %d ms into the phase; rows before %lld, after %lld; tasks %lld; "
                ".part at kill %lld%s\n",
        phase == Phase::Creating      ? "creating"
            : phase == Phase::Polling ? "polling"
                                      : "downloading",
        run, delay, static_cast<long long>(before.rows.size()), static_cast<long long>(after.rows.size()),
        static_cast<long long>(made.size()), static_cast<long long>(parts.size()),
        resumedPart.isEmpty() ? "" : " (resumed with Range)");
    std::fflush(stdout);
}

void TestCrash::appKilledWhileCreating()
{
    if (m_display.isEmpty())
        QSKIP("needs Xvfb and xdotool (scripts/setup installs them)");
    for (int run = 0; run < m_runs; ++run) {
        appRun(Phase::Creating, run);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestCrash::appKilledWhilePolling()
{
    if (m_display.isEmpty())
        QSKIP("needs Xvfb and xdotool (scripts/setup installs them)");
    for (int run = 0; run < m_runs; ++run) {
        appRun(Phase::Polling, run);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestCrash::appKilledWhileDownloading()
{
    if (m_display.isEmpty())
        QSKIP("needs Xvfb and xdotool (scripts/setup installs them)");
    for (int run = 0; run < m_runs; ++run) {
        appRun(Phase::Downloading, run);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestCrash::cliKilledWhileDownloading()
{
    for (int run = 0; run < m_runs; ++run) {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Emulator emulator;
        // The first download is cut in half, every one waits 0.4 s: the kill lands before, during or
        // after the cut.
        QVERIFY(startEmulator(emulator, dir.filePath(u"emulator"_s),
            { u"--task-seconds"_s, u"1"_s, u"--fault-actions"_s, u"File"_s, u"--latency-ms"_s, u"400"_s,
                u"--truncate-rate"_s, u"1"_s, u"--fault-limit"_s, u"1"_s }));
        QProcess create;
        create.setProcessEnvironment(cliEnvironment(dir.path()));
        create.start(TestPaths::binary(u"aigc-audio"_s),
            { u"create"_s, u"--endpoint"_s, emulator.url, u"--prompt"_s, u"crash download %1"_s.arg(run),
                u"--duration"_s, u"60"_s, u"--format"_s, u"wav"_s, u"--json"_s });
        QVERIFY(create.waitForFinished(30000));
        const QString taskId
            = QJsonDocument::fromJson(create.readAllStandardOutput()).object().value("TaskId"_L1).toString();
        QVERIFY2(!taskId.isEmpty(), create.readAllStandardError().constData());
        pause(1500); // FINISH

        const QString target = dir.filePath(u"out.wav"_s);
        const QStringList args { u"download"_s, taskId, target, u"--endpoint"_s, emulator.url };
        QProcess cli;
        cli.setProcessEnvironment(cliEnvironment(dir.path()));
        cli.start(TestPaths::binary(u"aigc-audio"_s), args);
        QVERIFY(cli.waitForStarted());
        const int delay = delayFor(run, 11, 2500);
        pause(delay);
        const qint64 partAtKill = QFileInfo(target + u".part"_s).size();
        const bool finishedBeforeKill = !killNine(cli);
        const qsizetype logBefore = emulator.log().size();

        QProcess again;
        again.setProcessEnvironment(cliEnvironment(dir.path()));
        again.start(TestPaths::binary(u"aigc-audio"_s), args);
        QVERIFY(again.waitForFinished(60000));
        QVERIFY2(again.exitCode() == 0, again.readAllStandardError().constData());
        pause(300); // the emulator's last log lines
        const QByteArray log = emulator.log().mid(logBefore);
        int status = 0;
        const QByteArray body = served(QUrl(emulator.url + u"files/"_s + taskId + u"/output.wav"_s), &status);
        emulator.process->kill();
        emulator.process->waitForFinished(5000);
        QCOMPARE(status, 200);
        QCOMPARE(md5OfFile(target), md5(body));
        QVERIFY(!QFileInfo::exists(target + u".part"_s));
        const bool partLeft = !finishedBeforeKill && partAtKill > 0;
        if (partLeft)
            QVERIFY2(log.contains(" 206 "), log.constData());
        std::printf("CRASH cli downloading run %d: killed %d ms in; .part %lld bytes at the kill%s\n", run,
            delay, static_cast<long long>(partAtKill), partLeft ? " (resumed with Range)" : "");
        std::fflush(stdout);
    }
}

void TestCrash::cliKilledWhileUploading()
{
    for (int run = 0; run < m_runs; ++run) {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Emulator emulator;
        QVERIFY(startEmulator(emulator, dir.filePath(u"emulator"_s),
            { u"--fault-actions"_s, u"UploadPart"_s, u"--latency-ms"_s, u"200"_s }));
        // 24 parts of 1 MiB (above 20 MiB uploads go multipart), distinct bytes.
        const QString path = dir.filePath(u"reference.mp4"_s);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QRandomGenerator g(static_cast<quint32>(m_seed + static_cast<quint64>(run)));
            QByteArray block(1024 * 1024, Qt::Uninitialized);
            for (int i = 0; i < 24; ++i) {
                g.fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
                f.write(block);
            }
        }
        const QString db = dir.filePath(u"state.sqlite"_s);
        const QStringList args { u"upload"_s, path, u"--endpoint"_s, emulator.url, u"--state-db"_s, db,
            u"--part-size"_s, u"1"_s, u"--json"_s };
        QProcess cli;
        cli.setProcessEnvironment(cliEnvironment(dir.path()));
        cli.start(TestPaths::binary(u"aigc-audio"_s), args);
        QVERIFY(cli.waitForStarted());
        QVERIFY(waitFor([&] { return !snapshot(db).parts.isEmpty(); }, 30000));
        const int delay = delayFor(run, 23, 800);
        pause(delay);
        const bool finishedBeforeKill = !killNine(cli);
        const Snapshot before = snapshot(db, true);
        QVERIFY(before.opened);
        QCOMPARE(before.integrity, u"ok"_s);
        QCOMPARE(before.journal, u"wal"_s);

        QProcess again;
        again.setProcessEnvironment(cliEnvironment(dir.path()));
        again.start(TestPaths::binary(u"aigc-audio"_s), args);
        QVERIFY(again.waitForFinished(120000));
        const QByteArray err = again.readAllStandardError();
        QVERIFY2(again.exitCode() == 0, err.constData());
        const QJsonObject out = QJsonDocument::fromJson(again.readAllStandardOutput()).object();
        const Snapshot after = snapshot(db, true);
        int status = 0;
        const QByteArray media = served(QUrl(out.value("MediaUrl"_L1).toString()), &status);
        emulator.process->kill();
        emulator.process->waitForFinished(5000);
        QCOMPARE(after.integrity, u"ok"_s);
        // The parts recorded before the kill are still there, with the same ETags, and were not sent again.
        qlonglong kept = 0;
        for (auto it = before.parts.cbegin(); it != before.parts.cend(); ++it) {
            for (auto p = it->cbegin(); p != it->cend(); ++p) {
                if (after.parts.contains(it.key()) && after.parts.value(it.key()).value(p.key()) == p.value())
                    ++kept;
            }
        }
        qlonglong recordedBefore = 0;
        for (const auto& m : before.parts)
            recordedBefore += m.size();
        const bool completed
            = after.uploadStates.value(before.uploadStates.firstKey()).compare("Done"_L1, Qt::CaseInsensitive)
            == 0;
        QVERIFY2(completed, qPrintable(after.uploadStates.value(before.uploadStates.firstKey())));
        // A Done upload may drop its part rows; until then none may vanish.
        QVERIFY(kept == recordedBefore || after.parts.value(before.uploadStates.firstKey()).isEmpty());
        QVERIFY2(
            out.value("Resumed"_L1).toBool() || recordedBefore == 0 || finishedBeforeKill, err.constData());
        QCOMPARE(status, 200);
        QCOMPARE(md5(media), md5OfFile(path));
        std::printf(
            "CRASH cli uploading run %d: killed %d ms after the first part; %lld of 24 parts recorded "
            "before the kill; resumed to the same FileId %s\n",
            run, delay, recordedBefore, qPrintable(out.value("FileId"_L1).toString()));
        std::fflush(stdout);
    }
}

int main(int argc, char** argv)
{
    SoakOptions::parse(argc, argv);
    QCoreApplication app(argc, argv);
    TestCrash test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crash.moc"
