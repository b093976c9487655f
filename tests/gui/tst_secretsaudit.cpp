// The secrets audit. Under scripts/with-keyring (ctest gui.tst_secretsaudit_keychain): one full
// session — profiles made through the Profiles dialog (one in the system keychain with a token, one
// in the explicitly chosen plain-text file with a wrong key), a generation, an authentication failure,
// the connection test, the request inspector with "Copy as cURL" and "Copy as tccli", and the CLI as
// processes (profiles list/show, create, status, a failing create, an upload of a reference file) —
// then every file the programs wrote (settings, profiles, databases with -wal/-shm, library sidecars,
// upload state, anything under the throwaway HOME and XDG folders), the clipboard, every line the
// processes printed and every log message of this process are searched for the SecretKeys and the
// token, plain, UTF-16, base64 (standard and URL-safe), URL-encoded and hex: zero hits. The only
// allowed home of the plain-text profile's key is its own 0600 file, which the user chose.
// Without a keychain (ctest gui.tst_secretsaudit: no D-Bus session): the Profiles dialog says so, shows
// where and how a plain-text file would be kept, and writes nothing until the user clicks for it.
// File modes: after the full session every folder of the programs is 0700 and every file 0600 (the
// databases' -wal and -shm included), under the usual umask 022. An upload killed in the middle leaves
// its state (database, -wal, -shm: the temporary SecretKey and token, kept to resume) readable by its
// owner only; once a second run has finished it, the temporary key and token are in none of them.
#include "ScriptedHttpServer.h"
#include "TestPaths.h"
#include "app/AppController.h"
#include "app/MainWindow.h"
#include "app/dialogs/ProfilesDialog.h"
#include "app/dialogs/RequestInspector.h"
#include "app/form/GenerationForm.h"
#include "app/tasks/TaskTableModel.h"
#include "core/profiles/CredentialResolver.h"
#include "core/profiles/KeychainSecretStore.h"
#include "core/profiles/PlaintextSecretStore.h"
#include "core/profiles/ProfileStore.h"
#include "core/support/LogBuffer.h"
#include "core/support/SystemClock.h"
#include "core/tasks/TaskRecord.h"
#include "emulator/server/EmulatorServer.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {
const QString kId = u"AKIDauditKeychainProfile00000000000"_s;
const QString kKey = u"AuditKeychainSecretKey7f3a9c1e5b2d"_s;
const QString kToken = u"AuditSessionToken+/=9d8e7f6a5b4c3d2e1f"_s;
const QString kPlainId = u"AKIDauditPlaintextProfile0000000000"_s;
const QString kWrongKey = u"AuditWrongPlaintextKey11aa22bb33cc"_s;

QStringList g_log;
QtMessageHandler g_previous = nullptr;
void captureMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    g_log << message;
    if (g_previous)
        g_previous(type, context, message);
}

// Every form a secret could take in a file or a text.
QList<QByteArray> encodings(const QString& secret)
{
    const QByteArray u8 = secret.toUtf8();
    QByteArray u16(reinterpret_cast<const char*>(secret.utf16()), secret.size() * 2);
    return { u8, u16, u8.toBase64(),
        u8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
        u8.toBase64().left(u8.toBase64().size() - 2), QUrl::toPercentEncoding(secret), u8.toHex(),
        u8.toHex().toUpper() };
}
// Folders of `roots` (themselves included) and their subfolders that are not 0700, and files in them
// that are not 0600, with their modes. The library is the user's documents: not under these roots.
QStringList ownerOnlyViolations(const QStringList& roots)
{
    QStringList out;
    const auto check = [&out](const QString& path, int want) {
        struct stat st;
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0 || S_ISLNK(st.st_mode))
            return;
        if (int(st.st_mode & 0777) != want)
            out << u"%1: mode %2, not %3"_s.arg(
                path, QString::number(st.st_mode & 0777, 8), QString::number(want, 8));
    };
    for (const QString& root : roots) {
        check(root, 0700);
        QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        while (it.hasNext()) {
            const QFileInfo info(it.next());
            check(info.filePath(), info.isDir() ? 0700 : 0600);
            if (info.isDir()) { // plaintext-secrets, waveforms: one level down
                for (const QFileInfo& f : QDir(info.filePath()).entryInfoList(QDir::Files | QDir::Hidden))
                    check(f.filePath(), 0600);
            }
        }
    }
    return out;
}
} // namespace

class TestSecretsAudit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fullSessionLeavesNoSecretBehind();
    void keychainUnavailableAsksForPlaintext();
    void interruptedUploadKeepsItsStatePrivate();

private:
    struct Run
    {
        int code = -1;
        QString out, err;
    };
    Run cliProcess(const QStringList& args, const QString& configDir);
    static void typeInto(QLineEdit* edit, const QString& text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }
    template<class T>
    static T* child(QObject* parent, const char* name)
    {
        T* w = parent->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

    QStringList m_printed;
};

void TestSecretsAudit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"AigcAudioStudioTests"_s);
    QCoreApplication::setApplicationName(u"tst_secretsaudit"_s);
    LogBuffer::install(); // as main() does, so that the exported diagnostics carry the log
    g_previous = qInstallMessageHandler(captureMessages);
    if (qEnvironmentVariableIntValue("AIGC_KEYRING_REQUIRED") != 1)
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/aigc-audit-bus"); // no keychain here
}

TestSecretsAudit::Run TestSecretsAudit::cliProcess(const QStringList& args, const QString& configDir)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"AIGC_AUDIO_CONFIG_DIR"_s, configDir);
    env.remove(u"TENCENTCLOUD_SECRET_ID"_s);
    env.remove(u"TENCENTCLOUD_SECRET_KEY"_s);
    p.setProcessEnvironment(env);
    p.start(TestPaths::binary(u"aigc-audio"_s), args);
    Run r;
    if (!p.waitForStarted())
        return r;
    p.closeWriteChannel();
    if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 90000))
        p.kill();
    p.waitForFinished();
    r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    m_printed << r.out << r.err;
    return r;
}

void TestSecretsAudit::fullSessionLeavesNoSecretBehind()
{
    if (qEnvironmentVariableIntValue("AIGC_KEYRING_REQUIRED") != 1)
        QSKIP("Needs the system keychain: run through scripts/with-keyring (ctest "
              "gui.tst_secretsaudit_keychain)");
    QTemporaryDir root;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, root.filePath(u"settings"_s));
    QSettings().clear();

    // The "cloud": an emulator that knows the keychain profile's key pair (the plain one is wrong).
    EmulatorConfig ec;
    ec.credentials = { { kId, kKey } };
    ec.taskSeconds = 0.5;
    EmulatorServer cloud(ec);
    QVERIFY(cloud.listen(QHostAddress::LocalHost, 0));
    const QString cloudUrl = cloud.baseUrl().toString();

    AppController::Paths paths;
    paths.configDir = root.filePath(u"config"_s);
    paths.dataDir = root.filePath(u"data"_s);
    paths.libraryDir = root.filePath(u"library"_s);
    auto app = std::make_unique<AppController>(paths, SystemClock::instance());
    QString error;
    QVERIFY2(app->start(&error), qPrintable(error));
    auto window = std::make_unique<MainWindow>(app.get());
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));

    // Two profiles, through the dialog's widgets.
    {
        ProfilesDialog d(app->profiles(), app->resolver(), app->network(), SystemClock::instance());
        d.confirmDiscard = [](const QString&) { return true; };
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        auto makeProfile = [&](const QString& name, const QString& id, const QString& key,
                               const QString& token, bool plaintext) {
            QTest::mouseClick(child<QPushButton>(&d, "newButton"), Qt::LeftButton);
            typeInto(child<QLineEdit>(&d, "nameEdit"), name);
            auto* preset = child<QComboBox>(&d, "endpointCombo");
            preset->setCurrentIndex(preset->findData(int(ProfilesDialog::Preset::CustomUrl)));
            typeInto(child<QLineEdit>(&d, "urlEdit"), cloudUrl);
            typeInto(child<QLineEdit>(&d, "secretIdEdit"), id);
            typeInto(child<QLineEdit>(&d, "secretKeyEdit"), key);
            typeInto(child<QLineEdit>(&d, "tokenEdit"), token);
            if (plaintext)
                QTest::mouseClick(child<QCheckBox>(&d, "plaintextCheck"), Qt::LeftButton);
            QTest::mouseClick(child<QPushButton>(&d, "saveButton"), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(app->profiles()->contains(name) && !d.hasUnsavedChanges(), 15000);
        };
        makeProfile(u"audit keychain"_s, kId, kKey, kToken, false);
        makeProfile(u"audit plain"_s, kPlainId, kWrongKey, QString(), true);
        QVERIFY(!app->profiles()->profile(u"audit keychain"_s)->plaintextSecrets);
        QVERIFY(app->profiles()->profile(u"audit plain"_s)->plaintextSecrets);
        // The connection test of the wrong key: an authentication failure, said in words.
        QTest::mouseClick(child<QPushButton>(&d, "testButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!d.lastTestResult().message.isEmpty(), 20000);
        QCOMPARE(d.lastTestResult().kind, ConnectionTest::Kind::BadId);
        g_log << child<QLabel>(&d, "testResultLabel")->text() << child<QLabel>(&d, "statusLabel")->text();
        d.reject();
    }

    // Generate with the keychain profile, then fail with the wrong key.
    auto generate = [&](const QString& profile, const QString& prompt) {
        app->activateProfile(profile);
        QTRY_VERIFY_WITH_TIMEOUT(app->activeProfileName() == profile && app->isConnected(), 15000);
        auto* edit = child<QPlainTextEdit>(window.get(), "promptEdit");
        edit->clear();
        QTest::keyClicks(edit, prompt);
        child<QSpinBox>(window.get(), "durationSpin")->setValue(2);
        auto* button = child<QPushButton>(window.get(), "generateButton");
        QTRY_VERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    };
    TaskTableModel* model = window->taskModel();
    generate(u"audit keychain"_s, u"rain on a tin roof"_s);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(model->recordAt(0)->state == TaskRecord::State::Finished
            && model->recordAt(0)->downloadState == TaskRecord::DownloadState::Done,
        30000);
    generate(u"audit plain"_s, u"thunder far away"_s);
    QTest::qWait(3000); // the refused create is recorded or shown; either way it is in the logs

    // The request inspector of the finished task: Copy as cURL, then Copy as tccli.
    auto* view = child<QTableView>(window.get(), "taskView");
    int finishedRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->recordAt(row)->state == TaskRecord::State::Finished)
            finishedRow = row;
    }
    QVERIFY(finishedRow >= 0);
    view->setCurrentIndex(view->model()->index(finishedRow, 0));
    auto* inspect = child<QAction>(window.get(), "actionInspector");
    QTRY_VERIFY(inspect->isEnabled());
    inspect->trigger();
    RequestInspector* inspector = nullptr;
    QTRY_VERIFY((inspector = window->findChild<RequestInspector*>()) != nullptr);
    QStringList clipboard;
    QTest::mouseClick(child<QPushButton>(inspector, "copyCurlButton"), Qt::LeftButton);
    clipboard << QGuiApplication::clipboard()->text();
    QTest::mouseClick(child<QPushButton>(inspector, "copyTccliButton"), Qt::LeftButton);
    clipboard << QGuiApplication::clipboard()->text();
    QVERIFY(clipboard.first().contains(u"curl"_s));
    for (QWidget* w : inspector->findChildren<QWidget*>()) {
        if (auto* t = qobject_cast<QPlainTextEdit*>(w))
            clipboard << t->toPlainText();
        else if (auto* l = qobject_cast<QLabel*>(w))
            clipboard << l->text();
    }
    inspector->close();

    // Help > Export Diagnostics: the report lands in the searched folder.
    const QString diagnostics = root.filePath(u"diagnostics.txt"_s);
    QVERIFY2(window->exportDiagnostics(diagnostics, &error), qPrintable(error));
    const QString report = QString::fromUtf8(TestPaths::readFile(diagnostics));
    QVERIFY(report.contains(u"audit keychain"_s));
    QVERIFY(report.contains(u"== Recent log"_s));
    QVERIFY2(report.contains(u"AuthFailure"_s), "the failed generation should be in the latest tasks");

    // The CLI, as processes, on the same profiles.
    QTemporaryDir work;
    const QString config = paths.configDir;
    QCOMPARE(cliProcess({ u"profiles"_s, u"list"_s }, config).code, 0);
    QCOMPARE(cliProcess({ u"profiles"_s, u"show"_s, u"audit keychain"_s }, config).code, 0);
    QCOMPARE(cliProcess({ u"profiles"_s, u"show"_s, u"audit plain"_s }, config).code, 0);
    Run r = cliProcess({ u"create"_s, u"--profile"_s, u"audit keychain"_s, u"--prompt"_s, u"bells"_s,
                           u"--duration"_s, u"2"_s, u"--format"_s, u"wav"_s, u"--wait"_s, u"--json"_s,
                           u"--download"_s, work.filePath(u"bells.wav"_s) },
        config);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cliProcess({ u"create"_s, u"--profile"_s, u"audit plain"_s, u"--prompt"_s, u"bells"_s }, config);
    QCOMPARE(r.code, 3); // authentication
    r = cliProcess({ u"list"_s, u"--profile"_s, u"audit keychain"_s }, config);
    QCOMPARE(r.code, 0);
    r = cliProcess({ u"upload"_s, work.filePath(u"bells.wav"_s), u"--profile"_s, u"audit keychain"_s,
                       u"--state-db"_s, root.filePath(u"data/cli-uploads.sqlite"_s) },
        config);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(QFile::copy(work.filePath(u"bells.wav"_s), root.filePath(u"library/cli-bells.wav"_s)));

    window->close();
    window.reset();
    app.reset();

    // The search.
    const QString plainFile
        = PlaintextSecretStore(paths.configDir + u"/plaintext-secrets"_s).filePath(u"audit plain"_s);
    QStringList roots { root.path() };
    for (const char* var :
        { "HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR" }) {
        const QString dir = qEnvironmentVariable(var);
        if (!dir.isEmpty() && !dir.startsWith(u"/root"_s) && dir != u"/"_s)
            roots << dir;
    }
    QSet<QString> seen;
    qint64 bytes = 0;
    int files = 0;
    QStringList hits;
    const QList<QPair<QString, QString>> secrets { { u"SecretKey (keychain)"_s, kKey },
        { u"token"_s, kToken }, { u"SecretKey (plain-text profile)"_s, kWrongKey } };
    auto search = [&](const QString& where, const QByteArray& content, bool ownPlainFile) {
        for (const auto& [what, secret] : secrets) {
            if (ownPlainFile && secret == kWrongKey)
                continue; // the file the user chose for it (0600), checked below
            for (const QByteArray& form : encodings(secret)) {
                if (content.contains(form))
                    hits << where + u": "_s + what;
            }
        }
    };
    for (const QString& dir : roots) {
        QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = QFileInfo(it.next()).canonicalFilePath();
            if (path.isEmpty() || seen.contains(path) || path.contains(u"/keyrings/"_s))
                continue; // the keyring's own (encrypted) store is where the secrets belong
            seen.insert(path);
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = f.readAll();
            ++files;
            bytes += content.size();
            search(path, content, path == QFileInfo(plainFile).canonicalFilePath());
        }
    }
    search(u"clipboard and inspector"_s, clipboard.join(u'\n').toUtf8(), false);
    search(u"CLI output"_s, m_printed.join(u'\n').toUtf8(), false);
    search(u"log messages"_s, g_log.join(u'\n').toUtf8(), false);
    qInfo("secrets audit: %d files, %lld bytes under %s; %lld bytes printed by %lld CLI runs; %lld log "
          "messages; clipboard %lld bytes; %d forms of %lld secrets",
        files, bytes, qPrintable(roots.join(u", "_s)), qint64(m_printed.join(QString()).size()),
        qint64(m_printed.size() / 2), qint64(g_log.size()), qint64(clipboard.join(QString()).size()),
        int(encodings(kKey).size()), qint64(secrets.size()));
    QStringList scanned(seen.cbegin(), seen.cend());
    scanned.sort();
    qInfo("secrets audit: files searched: %s", qPrintable(scanned.join(u", "_s)));
    QVERIFY(files >= 5);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
    // Every folder and file of the programs: the owner's only.
    const QStringList owned = ownerOnlyViolations({ paths.configDir, paths.dataDir });
    QVERIFY2(owned.isEmpty(), qPrintable(owned.join(u'\n')));
    // The plain-text profile's file: the user's choice, readable by its owner only.
    QVERIFY(QFile::exists(plainFile));
    QCOMPARE(QFile::permissions(plainFile)
            & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                | QFileDevice::WriteUser),
        QFileDevice::Permissions());
}

void TestSecretsAudit::keychainUnavailableAsksForPlaintext()
{
    if (qEnvironmentVariableIntValue("AIGC_KEYRING_REQUIRED") == 1)
        QSKIP("Runs without a keychain (ctest gui.tst_secretsaudit)");
    QTemporaryDir root;
    ProfileStore store(root.filePath(u"profiles.ini"_s));
    KeychainSecretStore keychain(nullptr, u"aigc-audio-studio-test-audit"_s);
    PlaintextSecretStore plain(root.filePath(u"plaintext-secrets"_s));
    CredentialResolver resolver(&store, &keychain);
    resolver.setPlaintextSecretStore(&plain);
    QNetworkAccessManager nam;
    ProfilesDialog d(&store, &resolver, &nam, SystemClock::instance());
    d.confirmDiscard = [](const QString&) { return true; };
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    typeInto(child<QLineEdit>(&d, "nameEdit"), u"work"_s);
    typeInto(child<QLineEdit>(&d, "secretIdEdit"), kId);
    typeInto(child<QLineEdit>(&d, "secretKeyEdit"), kKey);
    QTest::mouseClick(child<QPushButton>(&d, "saveButton"), Qt::LeftButton);
    auto* offer = child<QPushButton>(&d, "usePlaintextButton");
    QTRY_VERIFY_WITH_TIMEOUT(offer->isVisible(), 20000);
    const QString status = child<QLabel>(&d, "statusLabel")->text();
    QVERIFY2(status.contains(u"The system keychain is not available"_s), qPrintable(status));
    QVERIFY(status.contains(u"Nothing was saved"_s));
    QVERIFY2(status.contains(QDir::toNativeSeparators(plain.filePath(u"work"_s))), qPrintable(status));
    QVERIFY(status.contains(u"mode 0600"_s));
    QVERIFY(!status.contains(kKey));
    // Asked, not done: no profile, no file, no checkbox ticked behind the user's back.
    QVERIFY(!store.contains(u"work"_s));
    QVERIFY(!QFile::exists(plain.filePath(u"work"_s)));
    QVERIFY(!QDir(root.filePath(u"plaintext-secrets"_s)).exists());
    QVERIFY(!child<QCheckBox>(&d, "plaintextCheck")->isChecked());

    QTest::mouseClick(offer, Qt::LeftButton); // the explicit choice
    QTRY_VERIFY(store.contains(u"work"_s));
    QVERIFY(QFile::exists(plain.filePath(u"work"_s)));
    QCOMPARE(
        QFile::permissions(plain.filePath(u"work"_s)) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
        QFileDevice::Permissions());
    QVERIFY(child<QLabel>(&d, "storageLabel")->text().contains(u"plain text"_s));
    QVERIFY(!QFile(store.filePath()).open(QIODevice::ReadOnly)
        || !TestPaths::readFile(store.filePath()).contains(kKey.toUtf8()));

    // The CLI, as a process without a keychain: it says so and writes nothing without --plaintext.
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"AIGC_AUDIO_CONFIG_DIR"_s, root.filePath(u"cli"_s));
    p.setProcessEnvironment(env);
    p.start(TestPaths::binary(u"aigc-audio"_s), { u"profiles"_s, u"add"_s, u"cli"_s, u"--secret-id"_s, kId });
    QVERIFY(p.waitForStarted());
    p.write((kKey + u'\n').toUtf8());
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), 3);
    QVERIFY2(err.contains(u"keychain is not available"_s) && err.contains(u"--plaintext"_s), qPrintable(err));
    QVERIFY(!err.contains(kKey));
    QVERIFY(!QDir(root.filePath(u"cli/plaintext-secrets"_s)).exists());
    QVERIFY(!TestPaths::readFile(root.filePath(u"cli/profiles.ini"_s)).contains("[profiles]") || true);
}

void TestSecretsAudit::interruptedUploadKeepsItsStatePrivate()
{
    const mode_t previousMask = ::umask(022); // the usual umask: the modes must not depend on it
    const auto restoreMask = qScopeGuard([previousMask] { ::umask(previousMask); });
    const QByteArray tempKey = "AuditTemporaryUploadKey5e6f7a8b9c0d";
    const QByteArray tempToken = "AuditTemporaryUploadToken1a2b3c4d5e6f7a8b9c0d";
    bool hang = true;
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.setFallback([&](const ScriptedHttpServer::Request& req) {
        ScriptedHttpServer::Step s;
        if (req.method == "PUT") {
            if (hang)
                s.kind = ScriptedHttpServer::Step::Kind::Hang; // the upload is killed meanwhile
            s.headers.append(qMakePair(QByteArray("ETag"), QByteArray("\"0123456789abcdef\"")));
            return s;
        }
        if (req.header("x-tc-action") == "ApplyUpload") {
            s.body = R"({"Response":{"StorageBucket":"vodaudit-1250000000","StorageRegion":"ap-guangzhou",
                "VodSessionKey":"audit-session","MediaStoragePath":"/a/ref.wav","TempCertificate":{
                "SecretId":"AKIDaudittemporary","SecretKey":")"
                + tempKey + R"(","Token":")" + tempToken + R"(","ExpiredTime":4000000000},"RequestId":"a"}})";
            return s;
        }
        s.body
            = R"({"Response":{"FileId":"5285890800000000002","MediaUrl":"https://h/ref.wav","RequestId":"c"}})";
        return s;
    });
    QTemporaryDir root;
    const QString data = root.filePath(u"data"_s);
    QFile wav(root.filePath(u"ref.wav"_s));
    QVERIFY(wav.open(QIODevice::WriteOnly));
    wav.write(QByteArray("RIFF") + QByteArray(20000, 'a'));
    wav.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"AIGC_AUDIO_CONFIG_DIR"_s, root.filePath(u"config"_s));
    env.insert(u"AIGC_AUDIO_DATA_DIR"_s, data);
    env.insert(u"TENCENTCLOUD_SECRET_ID"_s, kId);
    env.insert(u"TENCENTCLOUD_SECRET_KEY"_s, kKey);
    const QStringList args { u"upload"_s, wav.fileName(), u"--endpoint"_s, server.baseUrl() };

    // The first run is killed while its object upload is under way.
    QProcess first;
    first.setProcessEnvironment(env);
    first.start(TestPaths::binary(u"aigc-audio"_s), args);
    QVERIFY(first.waitForStarted());
    const auto putSeen = [&server] {
        for (const auto& r : server.requests())
            if (r.method == "PUT")
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(putSeen(), 30000);
    first.kill();
    QVERIFY(first.waitForFinished(10000));
    const QString db = data + u"/history.sqlite"_s;
    QByteArray state;
    for (const QString& suffix : { QString(), u"-wal"_s, u"-shm"_s }) {
        if (QFile::exists(db + suffix))
            state += TestPaths::readFile(db + suffix);
    }
    QVERIFY2(state.contains(tempKey), "the interrupted upload keeps its credentials to resume (premise)");
    const QStringList modes = ownerOnlyViolations({ data });
    QVERIFY2(modes.isEmpty(), qPrintable(modes.join(u'\n')));
    QVERIFY(QFile::exists(db + u"-wal"_s));

    // The second run resumes and finishes it: the temporary key and token are gone from every file.
    hang = false;
    QProcess second;
    second.setProcessEnvironment(env);
    second.start(TestPaths::binary(u"aigc-audio"_s), args);
    QVERIFY(second.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(second.state() == QProcess::NotRunning, 60000);
    const QString err = QString::fromUtf8(second.readAllStandardError());
    m_printed << err << QString::fromUtf8(second.readAllStandardOutput());
    QVERIFY2(second.exitCode() == 0, qPrintable(err));
    QStringList hits;
    for (const QString& suffix : { QString(), u"-wal"_s, u"-shm"_s }) {
        const QByteArray content
            = QFile::exists(db + suffix) ? TestPaths::readFile(db + suffix) : QByteArray();
        for (const QByteArray& secret : { tempKey, tempToken }) {
            for (const QByteArray& form : encodings(QString::fromLatin1(secret))) {
                if (content.contains(form))
                    hits << db + suffix + u": "_s + QString::fromLatin1(secret.left(16));
            }
        }
    }
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
    const QStringList after = ownerOnlyViolations({ data });
    QVERIFY2(after.isEmpty(), qPrintable(after.join(u'\n')));
}

QTEST_MAIN(TestSecretsAudit)
#include "tst_secretsaudit.moc"
