// KeychainSecretStore against a real Secret Service. Run it through scripts/with-keyring (ctest does:
// unit.tst_keychain_secret_service), which starts a private D-Bus session and an unlocked
// gnome-keyring-daemon in a throwaway HOME. Without a D-Bus session the round trip is skipped; the
// "keychain unavailable" cases run either way.
#include "core/profiles/KeychainSecretStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QUuid>
#include <QtTest>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace {
// Never the application's own entries, even when run against a real desktop session.
const QString kTestService = u"aigc-audio-studio-test"_s;
const QString kSecretKey = u"SECRETKEY-keychain-test-0123456789"_s;
const QString kToken = u"TOKEN-keychain-test-abcdef"_s;
const QString kChildVariable = u"AIGC_KEYCHAIN_TEST_CHILD"_s;

bool hasSessionBus()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

// Set by scripts/with-keyring: a keychain is promised, so its absence is a failure, not a skip.
bool keyringRequired()
{
    return qEnvironmentVariableIntValue("AIGC_KEYRING_REQUIRED") == 1;
}

struct ReadResult
{
    bool done = false;
    Credentials credentials;
    QString error;
};

struct DoneResult
{
    bool done = false;
    QString error;
};

ReadResult readNow(SecretStore& store, const QString& name)
{
    auto result = std::make_shared<ReadResult>();
    QObject context;
    store.read(name, &context, [result](const Credentials& c, const QString& e) {
        result->credentials = c;
        result->error = e;
        result->done = true;
    });
    if (!QTest::qWaitFor([&] { return result->done; }, 20000))
        qWarning("the keychain did not answer within 20 s");
    return *result;
}

DoneResult writeNow(SecretStore& store, const QString& name, const Credentials& c)
{
    auto result = std::make_shared<DoneResult>();
    QObject context;
    store.write(name, c, &context, [result](const QString& e) {
        result->error = e;
        result->done = true;
    });
    if (!QTest::qWaitFor([&] { return result->done; }, 20000))
        qWarning("the keychain did not answer within 20 s");
    return *result;
}

DoneResult removeNow(SecretStore& store, const QString& name)
{
    auto result = std::make_shared<DoneResult>();
    QObject context;
    store.remove(name, &context, [result](const QString& e) {
        result->error = e;
        result->done = true;
    });
    if (!QTest::qWaitFor([&] { return result->done; }, 20000))
        qWarning("the keychain did not answer within 20 s");
    return *result;
}

QString uniqueProfileName()
{
    return u"test profile "_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void serviceName();
    void roundTrip();
    void entryIsCompactJson();
    void callbackSkippedWhenContextDestroyed();
    void unavailableKeychainSaysSo();
    void unavailableKeychainChild();
    void noSessionBusSaysSo();

private:
    // Skips (or, under with-keyring, fails) when there is no usable keychain; true when there is.
    bool requireKeychain(KeychainSecretStore& store, const QString& name);
};

bool TestKeychain::requireKeychain(KeychainSecretStore& store, const QString& name)
{
    if (!hasSessionBus() && !keyringRequired())
        return false;
    const DoneResult probe = writeNow(store, name, { u"AKIDprobe0000"_s, u"probe"_s, {} });
    if (!probe.done) {
        qWarning("the keychain did not answer within 20 s");
        return false;
    }
    if (!probe.error.isEmpty()) {
        if (keyringRequired())
            qWarning("%s", qPrintable(probe.error));
        return false;
    }
    return true;
}

void TestKeychain::serviceName()
{
    QCOMPARE(KeychainSecretStore::defaultServiceName(), u"aigc-audio-studio"_s);
    QCOMPARE(KeychainSecretStore().serviceName(), u"aigc-audio-studio"_s);
    QCOMPARE(KeychainSecretStore(nullptr, kTestService).serviceName(), kTestService);
    KeychainSecretStore store;
    QVERIFY(!store.isPlaintext());
    QCOMPARE(store.storageDescription(u"work"_s), u"secrets stored in the system keychain"_s);
}

void TestKeychain::roundTrip()
{
    if (!hasSessionBus() && !keyringRequired())
        QSKIP("No D-Bus session (DBUS_SESSION_BUS_ADDRESS is unset), so no Secret Service: run this suite "
              "through "
              "scripts/with-keyring (ctest: unit.tst_keychain_secret_service)");
    KeychainSecretStore store(nullptr, kTestService);
    const QString name = uniqueProfileName();
    if (!requireKeychain(store, name)) {
        if (keyringRequired())
            QFAIL("scripts/with-keyring promised an unlocked keyring, but the keychain refused the write");
        QSKIP("A D-Bus session is present but no usable Secret Service/KWallet answered: nothing to test "
              "against");
    }

    // Write, read back.
    const Credentials first { u"AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"_s, kSecretKey, {} };
    DoneResult w = writeNow(store, name, first);
    QVERIFY(w.done);
    QVERIFY2(w.error.isEmpty(), qPrintable(w.error));
    ReadResult r = readNow(store, name);
    QVERIFY(r.done);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.credentials, first);

    // Overwrite, with a token this time (and back without one: nothing stale survives).
    const Credentials second { u"AKIDsecond0000000000"_s, kSecretKey + u"-2"_s, kToken };
    w = writeNow(store, name, second);
    QVERIFY2(w.error.isEmpty(), qPrintable(w.error));
    r = readNow(store, name);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.credentials, second);
    w = writeNow(store, name, first);
    QVERIFY2(w.error.isEmpty(), qPrintable(w.error));
    QCOMPARE(readNow(store, name).credentials, first);

    // Profiles do not see each other's secrets.
    const QString other = uniqueProfileName();
    QCOMPARE(readNow(store, other).credentials, Credentials());

    // Rename moves the entry.
    DoneResult renamed;
    QObject context;
    store.rename(name, other, &context, [&renamed](const QString& e) {
        renamed.error = e;
        renamed.done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(renamed.done, 20000);
    QVERIFY2(renamed.error.isEmpty(), qPrintable(renamed.error));
    QCOMPARE(readNow(store, other).credentials, first);
    r = readNow(store, name);
    QVERIFY(r.error.isEmpty());
    QCOMPARE(r.credentials, Credentials());

    // Remove: reading gives nothing (not an error); removing again is not an error either.
    DoneResult d = removeNow(store, other);
    QVERIFY(d.done);
    QVERIFY2(d.error.isEmpty(), qPrintable(d.error));
    r = readNow(store, other);
    QVERIFY(r.done);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.credentials, Credentials());
    d = removeNow(store, other);
    QVERIFY2(d.error.isEmpty(), qPrintable(d.error));
}

void TestKeychain::entryIsCompactJson()
{
    if (!hasSessionBus() && !keyringRequired())
        QSKIP("No D-Bus session (DBUS_SESSION_BUS_ADDRESS is unset): run through scripts/with-keyring");
    KeychainSecretStore store(nullptr, kTestService);
    const QString name = uniqueProfileName();
    if (!requireKeychain(store, name)) {
        if (keyringRequired())
            QFAIL("scripts/with-keyring promised an unlocked keyring, but the keychain refused the write");
        QSKIP("No usable keychain on this D-Bus session");
    }
    QVERIFY(writeNow(store, name, { u"AKIDexample1234"_s, kSecretKey, kToken }).error.isEmpty());

    // What another program reading the keychain would see: one entry, compact JSON.
    auto* job = new QKeychain::ReadPasswordJob(kTestService, this);
    job->setAutoDelete(true);
    job->setKey(name);
    bool done = false;
    QString text;
    connect(job, &QKeychain::Job::finished, this, [&done, &text, job] {
        text = job->textData();
        done = true;
    });
    job->start();
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    QCOMPARE(o.value("secretId"_L1).toString(), u"AKIDexample1234"_s);
    QCOMPARE(o.value("secretKey"_L1).toString(), kSecretKey);
    QCOMPARE(o.value("token"_L1).toString(), kToken);
    QVERIFY(!text.contains(u'\n'));
    QVERIFY(!text.contains(u": "_s));

    // A damaged entry is an error that says so, and quotes nothing.
    auto* damage = new QKeychain::WritePasswordJob(kTestService, this);
    damage->setAutoDelete(true);
    damage->setKey(name);
    damage->setTextData(u"{\"secretKey\":\""_s + kSecretKey);
    done = false;
    connect(damage, &QKeychain::Job::finished, this, [&done] { done = true; });
    damage->start();
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    const ReadResult r = readNow(store, name);
    QVERIFY(r.error.startsWith(
        u"The keychain entry of profile \""_s + name + u"\" is damaged (not valid JSON"_s));
    QVERIFY(!r.error.contains(kSecretKey));
    QCOMPARE(r.credentials, Credentials());

    QVERIFY(removeNow(store, name).error.isEmpty());
}

void TestKeychain::callbackSkippedWhenContextDestroyed()
{
    if (!hasSessionBus() && !keyringRequired())
        QSKIP("No D-Bus session (DBUS_SESSION_BUS_ADDRESS is unset): run through scripts/with-keyring");
    KeychainSecretStore store(nullptr, kTestService);
    bool called = false;
    auto* context = new QObject;
    store.read(
        uniqueProfileName(), context, [&called](const Credentials&, const QString&) { called = true; });
    delete context;
    QTest::qWait(500);
    QVERIFY(!called);
}

// QtKeychain picks its backend once per process, so the unavailable keychain is played in a child
// process of this very test, with the session bus pointed at a socket that does not exist.
void TestKeychain::unavailableKeychainSaysSo()
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(kChildVariable, u"1"_s);
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/aigc-keychain-test/bus"_s);
    env.remove(u"AIGC_KEYRING_REQUIRED"_s);
    env.remove(u"DISPLAY"_s); // no D-Bus autolaunch
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"XDG_CURRENT_DESKTOP"_s);
    env.remove(u"KDE_FULL_SESSION"_s);
    env.remove(u"DESKTOP_SESSION"_s);
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), { u"unavailableKeychainChild"_s });
    QVERIFY2(child.waitForFinished(60000), "the child test did not finish within 60 s");
    const QString output = QString::fromLocal8Bit(child.readAll());
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(u"PASS   : TestKeychain::unavailableKeychainChild()"_s), qPrintable(output));
    QVERIFY(!output.contains(kSecretKey));
}

void TestKeychain::unavailableKeychainChild()
{
    if (qEnvironmentVariable(qPrintable(kChildVariable)) != "1"_L1)
        QSKIP("Runs only in the child process started by unavailableKeychainSaysSo");
    KeychainSecretStore store(nullptr, kTestService);
    const Credentials c { u"AKIDexample1234"_s, kSecretKey, kToken };

    const DoneResult w = writeNow(store, u"work"_s, c);
    QVERIFY(w.done);
    qInfo("write: %s", qPrintable(w.error));
    QVERIFY2(w.error.startsWith(u"The system keychain is not available ("_s), qPrintable(w.error));
    QVERIFY2(w.error.endsWith(u"): secrets were not saved"_s), qPrintable(w.error));
    QVERIFY(!w.error.contains(kSecretKey));
    QVERIFY(!w.error.contains(kToken));

    const ReadResult r = readNow(store, u"work"_s);
    QVERIFY(r.done);
    qInfo("read: %s", qPrintable(r.error));
    QVERIFY2(r.error.startsWith(u"The system keychain is not available ("_s), qPrintable(r.error));
    QVERIFY2(
        r.error.endsWith(u"): the secrets of profile \"work\" could not be read"_s), qPrintable(r.error));
    QCOMPARE(r.credentials, Credentials());

    const DoneResult d = removeNow(store, u"work"_s);
    QVERIFY(d.done);
    QVERIFY2(d.error.startsWith(u"The system keychain is not available ("_s), qPrintable(d.error));
    QVERIFY2(d.error.endsWith(u"): secrets were not removed"_s), qPrintable(d.error));
}

// The plain case: this process has no session bus at all.
void TestKeychain::noSessionBusSaysSo()
{
    if (hasSessionBus())
        QSKIP("A D-Bus session is present: unavailableKeychainSaysSo covers the missing keychain");
    KeychainSecretStore store(nullptr, kTestService);
    const DoneResult w = writeNow(store, u"work"_s, { u"AKIDexample1234"_s, kSecretKey, {} });
    QVERIFY(w.done);
    QVERIFY2(w.error.startsWith(u"The system keychain is not available ("_s), qPrintable(w.error));
    QVERIFY2(w.error.endsWith(u"): secrets were not saved"_s), qPrintable(w.error));
    QVERIFY(!w.error.contains(kSecretKey));
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
