// Profiles: validation (one row per rule), the INI-backed ProfileStore (which never holds a secret),
// and the plain-text and in-memory secret stores.
#include "core/profiles/MemorySecretStore.h"
#include "core/profiles/PlaintextSecretStore.h"
#include "core/profiles/Profile.h"
#include "core/profiles/ProfileStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>

using namespace Qt::StringLiterals;

using ProfileMutator = std::function<void(Profile&)>;
Q_DECLARE_METATYPE(ProfileMutator)

namespace {
const QString kSecretKey = u"SECRETKEY-must-never-be-written-0123456789"_s;
const QString kToken = u"TOKEN-must-never-be-written-abcdef"_s;

Profile validProfile()
{
    Profile p;
    p.name = u"work"_s;
    p.endpoint = Endpoint::international();
    p.region = u"ap-singapore"_s;
    p.subAppId = 1500012345;
    p.language = u"en-US"_s;
    return p;
}

constexpr QFileDevice::Permissions kPermissionBits = QFileDevice::ReadOwner | QFileDevice::WriteOwner
    | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

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
} // namespace

class TestProfiles : public QObject
{
    Q_OBJECT

private slots:
    void validProfilesPass_data();
    void validProfilesPass();
    void eachRuleNamesItsField_data();
    void eachRuleNamesItsField();
    void everyIssueIsReported();

    void storeRoundTrip();
    void storeListsSortedAndContains();
    void storeRefusesInvalidProfile();
    void storeUpdateReplacesFields();
    void storeRemove();
    void storeRename();
    void storeDefaultProfile();
    void storeEmitsChanged();
    void storeSubAppIdRange();
    void storeNeverWritesSecrets();
    void storeDropsHandEditedSecrets();
    void storeUnusualNames();

    void plaintextRoundTripAndMode();
    void plaintextReplacesLooseFileWithOwnerOnly();
    void plaintextSaysWhereSecretsAre();
    void plaintextMalformedFile();
    void plaintextRemove();

    void memoryStoreIsAsynchronous();
    void memoryStoreError();
    void callbackSkippedWhenContextDestroyed();
    void renameMovesSecrets();
    void secretsJsonIsCompact();

private:
    static ReadResult readNow(SecretStore& store, const QString& name);
    static DoneResult writeNow(SecretStore& store, const QString& name, const Credentials& c);
    static DoneResult removeNow(SecretStore& store, const QString& name);
};

ReadResult TestProfiles::readNow(SecretStore& store, const QString& name)
{
    auto result = std::make_shared<ReadResult>();
    QObject context;
    store.read(name, &context, [result](const Credentials& c, const QString& e) {
        result->credentials = c;
        result->error = e;
        result->done = true;
    });
    [&] { QTRY_VERIFY(result->done); }();
    return *result;
}

DoneResult TestProfiles::writeNow(SecretStore& store, const QString& name, const Credentials& c)
{
    auto result = std::make_shared<DoneResult>();
    QObject context;
    store.write(name, c, &context, [result](const QString& e) {
        result->error = e;
        result->done = true;
    });
    [&] { QTRY_VERIFY(result->done); }();
    return *result;
}

DoneResult TestProfiles::removeNow(SecretStore& store, const QString& name)
{
    auto result = std::make_shared<DoneResult>();
    QObject context;
    store.remove(name, &context, [result](const QString& e) {
        result->error = e;
        result->done = true;
    });
    [&] { QTRY_VERIFY(result->done); }();
    return *result;
}

// ---- validation -------------------------------------------------------------------------------

void TestProfiles::validProfilesPass_data()
{
    QTest::addColumn<ProfileMutator>("mutate");
    QTest::newRow("sample") << ProfileMutator([](Profile&) {});
    QTest::newRow("defaults") << ProfileMutator([](Profile& p) {
        p = Profile();
        p.name = u"x"_s;
    });
    QTest::newRow("64 characters") << ProfileMutator([](Profile& p) { p.name = QString(64, u'n'); });
    QTest::newRow("spaces and non-ASCII inside")
        << ProfileMutator([](Profile& p) { p.name = u"Work (US) 工作"_s; });
    QTest::newRow("china endpoint") << ProfileMutator([](Profile& p) { p.endpoint = Endpoint::china(); });
    QTest::newRow("region endpoint") << ProfileMutator(
        [](Profile& p) { p.endpoint = Endpoint::region(u"na-siliconvalley"_s); });
    QTest::newRow("custom endpoint") << ProfileMutator(
        [](Profile& p) { p.endpoint = Endpoint::custom(QUrl(u"http://127.0.0.1:8708/"_s)); });
    QTest::newRow("no region") << ProfileMutator([](Profile& p) { p.region.clear(); });
    QTest::newRow("financial region") << ProfileMutator([](Profile& p) { p.region = u"ap-shanghai-fsi"_s; });
    QTest::newRow("numbered region") << ProfileMutator([](Profile& p) { p.region = u"ap-guangzhou-3"_s; });
    QTest::newRow("language unset") << ProfileMutator([](Profile& p) { p.language.clear(); });
    QTest::newRow("language zh-CN") << ProfileMutator([](Profile& p) { p.language = u"zh-CN"_s; });
    QTest::newRow("emulator demo") << ProfileMutator(
        [](Profile& p) { p = Profile::localEmulator(QUrl(u"http://127.0.0.1:8708/"_s)); });
}

void TestProfiles::validProfilesPass()
{
    QFETCH(ProfileMutator, mutate);
    Profile p = validProfile();
    mutate(p);
    const ValidationIssues issues = p.validate();
    QVERIFY2(issues.isEmpty(), qPrintable(issues.isEmpty() ? QString() : issues.first().toString()));
    QVERIFY(p.isValid());
}

void TestProfiles::eachRuleNamesItsField_data()
{
    QTest::addColumn<ProfileMutator>("mutate");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    QTest::newRow("name empty") << ProfileMutator([](Profile& p) { p.name.clear(); }) << u"name"_s
                                << u"must not be empty"_s;
    QTest::newRow("name with slash") << ProfileMutator([](Profile& p) { p.name = u"work/eu"_s; }) << u"name"_s
                                     << u"must not contain '/', '\\' or control characters"_s;
    QTest::newRow("name with backslash")
        << ProfileMutator([](Profile& p) { p.name = u"work\\eu"_s; }) << u"name"_s
        << u"must not contain '/', '\\' or control characters"_s;
    QTest::newRow("name with newline") << ProfileMutator([](Profile& p) { p.name = u"work\neu"_s; })
                                       << u"name"_s << u"must not contain '/', '\\' or control characters"_s;
    QTest::newRow("name with tab") << ProfileMutator([](Profile& p) { p.name = u"work\teu"_s; }) << u"name"_s
                                   << u"must not contain '/', '\\' or control characters"_s;
    QTest::newRow("name with spaces around") << ProfileMutator([](Profile& p) { p.name = u" work "_s; })
                                             << u"name"_s << u"must not start or end with spaces"_s;
    QTest::newRow("name 65 characters") << ProfileMutator([](Profile& p) { p.name = QString(65, u'n'); })
                                        << u"name"_s << u"must be at most 64 characters (got 65)"_s;
    QTest::newRow("endpoint unparsable")
        << ProfileMutator([](Profile& p) { p.endpoint = Endpoint::parse(u"ftp://example.com"_s); })
        << u"endpoint"_s << u"is not valid: use china, intl, region:NAME or an http(s):// URL"_s;
    QTest::newRow("endpoint bad region")
        << ProfileMutator([](Profile& p) { p.endpoint = Endpoint::region(u"Singapore"_s); }) << u"endpoint"_s
        << u"\"region:Singapore\" is not valid: use china, intl, region:NAME or an http(s):// URL"_s;
    QTest::newRow("region not a region name")
        << ProfileMutator([](Profile& p) { p.region = u"Singapore"_s; }) << u"region"_s
        << u"\"Singapore\" is not a region name such as ap-singapore"_s;
    QTest::newRow("region with spaces")
        << ProfileMutator([](Profile& p) { p.region = u"ap singapore"_s; }) << u"region"_s
        << u"\"ap singapore\" is not a region name such as ap-singapore"_s;
    QTest::newRow("language unknown") << ProfileMutator([](Profile& p) { p.language = u"fr-FR"_s; })
                                      << u"language"_s << u"must be empty, zh-CN or en-US (got \"fr-FR\")"_s;
    QTest::newRow("language wrong case")
        << ProfileMutator([](Profile& p) { p.language = u"en-us"_s; }) << u"language"_s
        << u"must be empty, zh-CN or en-US (got \"en-us\")"_s;
}

void TestProfiles::eachRuleNamesItsField()
{
    QFETCH(ProfileMutator, mutate);
    QFETCH(QString, field);
    QFETCH(QString, message);
    Profile p = validProfile();
    mutate(p);
    const ValidationIssues issues = p.validate();
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, field);
    QCOMPARE(issues.first().message, message);
    QVERIFY(!p.isValid());
}

void TestProfiles::everyIssueIsReported()
{
    Profile p;
    p.name = u"a/b"_s;
    p.endpoint = Endpoint::parse(u"::"_s);
    p.region = u"nowhere"_s;
    p.language = u"de"_s;
    const ValidationIssues issues = p.validate();
    QStringList fields;
    for (const ValidationIssue& i : issues)
        fields.append(i.field);
    QCOMPARE(fields, (QStringList { u"name"_s, u"endpoint"_s, u"region"_s, u"language"_s }));
}

// ---- ProfileStore -----------------------------------------------------------------------------

void TestProfiles::storeRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ProfileStore store(dir.filePath(u"config/profiles.ini"_s)); // the folder is created on save
    QVERIFY(store.list().isEmpty());
    QVERIFY(!store.profile(u"work"_s));

    Profile p = validProfile();
    p.plaintextSecrets = true;
    QString error;
    QVERIFY2(store.save(p, &error), qPrintable(error));

    ProfileStore reopened(store.filePath());
    const std::optional<Profile> loaded = reopened.profile(u"work"_s);
    QVERIFY(loaded);
    QCOMPARE(*loaded, p);
    QCOMPARE(loaded->endpoint, Endpoint::international());
    QCOMPARE(loaded->subAppId, std::optional<quint64>(1500012345));
    QVERIFY(loaded->plaintextSecrets);
    QVERIFY(!loaded->emulator);

    const Profile demo = Profile::localEmulator(QUrl(u"http://127.0.0.1:8708/"_s));
    QVERIFY(store.save(demo));
    const std::optional<Profile> demoLoaded = reopened.profile(Profile::emulatorProfileName());
    QVERIFY(demoLoaded);
    QVERIFY(demoLoaded->emulator);
    QCOMPARE(demoLoaded->endpoint.baseUrl(), QUrl(u"http://127.0.0.1:8708/"_s));
    QVERIFY(!demoLoaded->subAppId);
    QVERIFY(demoLoaded->region.isEmpty());
    QVERIFY(demoLoaded->language.isEmpty());
}

void TestProfiles::storeListsSortedAndContains()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(u"profiles.ini"_s));
    for (const QString& name : { u"zeta"_s, u"Alpha"_s, u"beta"_s }) {
        Profile p;
        p.name = name;
        QVERIFY(store.save(p));
    }
    QCOMPARE(store.names(), (QStringList { u"Alpha"_s, u"beta"_s, u"zeta"_s }));
    const QList<Profile> all = store.list();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(1).name, u"beta"_s);
    QVERIFY(store.contains(u"beta"_s));
    QVERIFY(!store.contains(u"Beta"_s)); // names are case-sensitive
    QVERIFY(!store.contains(QString()));
}

void TestProfiles::storeRefusesInvalidProfile()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(u"profiles.ini"_s));
    Profile p = validProfile();
    p.region = u"Singapore"_s;
    QString error;
    QVERIFY(!store.save(p, &error));
    QCOMPARE(error,
        u"The profile cannot be saved: region: \"Singapore\" is not a region name such as ap-singapore"_s);
    QVERIFY(store.names().isEmpty());
}

void TestProfiles::storeUpdateReplacesFields()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(u"profiles.ini"_s));
    Profile p = validProfile();
    QVERIFY(store.save(p));
    p.region.clear();
    p.subAppId.reset();
    p.language.clear();
    p.endpoint = Endpoint::region(u"ap-singapore"_s);
    QVERIFY(store.save(p));
    QCOMPARE(store.names().size(), 1);
    const Profile loaded = *store.profile(u"work"_s);
    QCOMPARE(loaded, p);
    QVERIFY(!loaded.subAppId);
}

void TestProfiles::storeRemove()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(u"profiles.ini"_s));
    QVERIFY(store.save(validProfile()));
    QVERIFY(store.remove(u"work"_s));
    QVERIFY(!store.contains(u"work"_s));
    QString error;
    QVERIFY(!store.remove(u"work"_s, &error));
    QCOMPARE(error, u"There is no profile named \"work\""_s);
}

void TestProfiles::storeRename()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(u"profiles.ini"_s));
    QVERIFY(store.save(validProfile()));
    Profile other;
    other.name = u"home"_s;
    QVERIFY(store.save(other));
    QVERIFY(store.setDefaultProfileName(u"work"_s));

    QString error;
    QVERIFY2(store.rename(u"work"_s, u"office"_s, &error), qPrintable(error));
    QVERIFY(!store.contains(u"work"_s));
    Profile expected = validProfile();
    expected.name = u"office"_s;
    QCOMPARE(*store.profile(u"office"_s), expected);
    QCOMPARE(store.defaultProfileName(), u"office"_s); // the default follows

    QVERIFY(!store.rename(u"office"_s, u"home"_s, &error));
    QCOMPARE(error, u"A profile named \"home\" already exists"_s);
    QVERIFY(!store.rename(u"office"_s, u"a/b"_s, &error));
    QCOMPARE(
        error, u"The profile cannot be renamed: name: must not contain '/', '\\' or control characters"_s);
    QVERIFY(!store.rename(u"missing"_s, u"x"_s, &error));
    QCOMPARE(error, u"There is no profile named \"missing\""_s);
    QVERIFY(store.rename(u"office"_s, u"office"_s)); // a no-op
    QCOMPARE(store.names(), (QStringList { u"home"_s, u"office"_s }));
}

void TestProfiles::storeDefaultProfile()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(u"profiles.ini"_s));
    QVERIFY(store.defaultProfileName().isEmpty());
    QString error;
    QVERIFY(!store.setDefaultProfileName(u"work"_s, &error));
    QCOMPARE(error, u"There is no profile named \"work\""_s);

    QVERIFY(store.save(validProfile()));
    QVERIFY(store.setDefaultProfileName(u"work"_s));
    QCOMPARE(ProfileStore(store.filePath()).defaultProfileName(), u"work"_s);
    QVERIFY(store.setDefaultProfileName(QString()));
    QVERIFY(store.defaultProfileName().isEmpty());

    QVERIFY(store.setDefaultProfileName(u"work"_s));
    QVERIFY(store.remove(u"work"_s)); // removing the default clears it
    QVERIFY(store.defaultProfileName().isEmpty());
    QVERIFY(store.save(validProfile())); // and it does not come back with a new profile of that name
    QVERIFY(store.defaultProfileName().isEmpty());
}

void TestProfiles::storeEmitsChanged()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(u"profiles.ini"_s));
    QSignalSpy spy(&store, &ProfileStore::changed);
    QVERIFY(store.save(validProfile()));
    QVERIFY(store.setDefaultProfileName(u"work"_s));
    QVERIFY(store.rename(u"work"_s, u"office"_s));
    QVERIFY(store.remove(u"office"_s));
    QCOMPARE(spy.count(), 4);
    Profile bad;
    QVERIFY(!store.save(bad)); // refused: no signal
    QVERIFY(!store.remove(u"nothing"_s));
    QCOMPARE(spy.count(), 4);
}

void TestProfiles::storeSubAppIdRange()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(u"profiles.ini"_s));
    Profile p = validProfile();
    p.subAppId = std::numeric_limits<quint64>::max();
    QVERIFY(store.save(p));
    QCOMPARE(store.profile(u"work"_s)->subAppId, std::optional<quint64>(std::numeric_limits<quint64>::max()));
    p.subAppId = 0;
    QVERIFY(store.save(p));
    QCOMPARE(store.profile(u"work"_s)->subAppId, std::optional<quint64>(0));
}

void TestProfiles::storeNeverWritesSecrets()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"profiles.ini"_s);
    ProfileStore store(path);
    Profile p = validProfile();
    p.credentials = { u"AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"_s, kSecretKey, kToken };
    QVERIFY(store.save(p));
    QVERIFY(store.rename(u"work"_s, u"office"_s));
    p.name = u"second"_s;
    QVERIFY(store.save(p));
    QVERIFY(store.setDefaultProfileName(u"second"_s));

    const QByteArray ini = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QVERIFY(!ini.isEmpty());
    QVERIFY(!ini.contains(kSecretKey.toUtf8()));
    QVERIFY(!ini.contains(kToken.toUtf8()));
    QVERIFY(!ini.contains("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE")); // not even the SecretId
    QVERIFY(!ini.toLower().contains("secretkey"));
    QVERIFY(!ini.toLower().contains("secretid"));
    QVERIFY(!ini.toLower().contains("token"));
    // What is there: the non-secret fields.
    QVERIFY(ini.contains("ap-singapore"));
    QVERIFY(ini.contains("1500012345"));

    QCOMPARE(store.profile(u"second"_s)->credentials, Credentials()); // nothing secret comes back either
}

void TestProfiles::storeDropsHandEditedSecrets()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"profiles.ini"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[profiles]\nwork\\endpoint=intl\nwork\\secretKey=" + kSecretKey.toUtf8() + "\n");
    }
    ProfileStore store(path);
    QCOMPARE(store.profile(u"work"_s)->endpoint, Endpoint::international());
    Profile p = *store.profile(u"work"_s);
    p.region = u"ap-singapore"_s;
    QVERIFY(store.save(p));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(!f.readAll().contains(kSecretKey.toUtf8()));
}

void TestProfiles::storeUnusualNames()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(u"profiles.ini"_s));
    const QStringList names { u"Work (US) 工作"_s, u"a=b;c#d"_s, u"[section]"_s, u"with \"quotes\""_s,
        u"%20"_s };
    for (const QString& name : names) {
        Profile p = validProfile();
        p.name = name;
        QVERIFY2(store.save(p), qPrintable(name));
    }
    ProfileStore reopened(store.filePath());
    for (const QString& name : names) {
        const std::optional<Profile> p = reopened.profile(name);
        QVERIFY2(p, qPrintable(name));
        QCOMPARE(p->name, name);
        QCOMPARE(p->region, u"ap-singapore"_s);
    }
    QCOMPARE(reopened.names().size(), names.size());
}

// ---- PlaintextSecretStore ---------------------------------------------------------------------

void TestProfiles::plaintextRoundTripAndMode()
{
    QTemporaryDir dir;
    const QString secretsDir = dir.filePath(u"secrets"_s); // created by the first write
    PlaintextSecretStore store(secretsDir);
    QVERIFY(store.isPlaintext());

    ReadResult missing = readNow(store, u"work"_s);
    QVERIFY(missing.done);
    QVERIFY(missing.error.isEmpty());
    QCOMPARE(missing.credentials, Credentials());

    const Credentials c { u"AKIDexample1234"_s, kSecretKey, kToken };
    const DoneResult w = writeNow(store, u"work"_s, c);
    QVERIFY2(w.error.isEmpty(), qPrintable(w.error));

    const QString path = store.filePath(u"work"_s);
    QCOMPARE(path, secretsDir + u"/work.json"_s);
    QVERIFY(QFile::exists(path));
    QCOMPARE(QFile::permissions(path) & kPermissionBits, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(QFile::permissions(secretsDir) & kPermissionBits,
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(!QFile::exists(path + u".tmp"_s));

    const ReadResult r = readNow(store, u"work"_s);
    QVERIFY(r.error.isEmpty());
    QCOMPARE(r.credentials, c);

    // A name that is not a file name is encoded, and still round-trips.
    const DoneResult w2 = writeNow(store, u"a/b 工作"_s, c);
    QVERIFY(w2.error.isEmpty());
    QVERIFY(QFileInfo(store.filePath(u"a/b 工作"_s)).dir() == QDir(secretsDir));
    QCOMPARE(readNow(store, u"a/b 工作"_s).credentials, c);
}

void TestProfiles::plaintextReplacesLooseFileWithOwnerOnly()
{
    QTemporaryDir dir;
    PlaintextSecretStore store(dir.path());
    const QString path = store.filePath(u"work"_s);
    {
        QFile loose(path);
        QVERIFY(loose.open(QIODevice::WriteOnly));
        loose.write("{}");
    }
    QVERIFY(QFile::setPermissions(path,
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const Credentials c { u"AKIDexample1234"_s, kSecretKey, {} };
    QVERIFY(writeNow(store, u"work"_s, c).error.isEmpty());
    QCOMPARE(QFile::permissions(path) & kPermissionBits, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(readNow(store, u"work"_s).credentials, c);
    // The directory already existed: its mode is the user's business, not ours.
}

void TestProfiles::plaintextSaysWhereSecretsAre()
{
    QTemporaryDir dir;
    PlaintextSecretStore store(dir.path());
    const QString description = store.storageDescription(u"work"_s);
    QCOMPARE(description,
        u"secrets stored in plain text at "_s + QDir::toNativeSeparators(dir.path() + u"/work.json"_s));

    MemorySecretStore memory;
    QVERIFY(!memory.isPlaintext());
    QVERIFY(!memory.storageDescription(u"work"_s).contains(u"plain text"_s));
}

void TestProfiles::plaintextMalformedFile()
{
    QTemporaryDir dir;
    PlaintextSecretStore store(dir.path());
    const QString path = store.filePath(u"work"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"secretId\":\"AKIDexample1234\",\"secretKey\":\"" + kSecretKey.toUtf8() + "\""); // cut off
    }
    const ReadResult r = readNow(store, u"work"_s);
    QVERIFY(r.error.startsWith(u"The secrets file "_s + path + u" is not valid JSON"_s));
    QVERIFY(!r.error.contains(kSecretKey));
    QCOMPARE(r.credentials, Credentials());

    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("[1,2]");
    }
    QCOMPARE(readNow(store, u"work"_s).error, u"The secrets file "_s + path + u" is not a JSON object"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{\"secretId\":42}");
    }
    QCOMPARE(readNow(store, u"work"_s).error,
        u"The secrets file "_s + path + u" is \"secretId\" is not a string"_s);
}

void TestProfiles::plaintextRemove()
{
    QTemporaryDir dir;
    PlaintextSecretStore store(dir.path());
    QVERIFY(writeNow(store, u"work"_s, { u"AKIDexample1234"_s, kSecretKey, {} }).error.isEmpty());
    QVERIFY(removeNow(store, u"work"_s).error.isEmpty());
    QVERIFY(!QFile::exists(store.filePath(u"work"_s)));
    QVERIFY(removeNow(store, u"work"_s).error.isEmpty()); // nothing to remove is fine
    QCOMPARE(readNow(store, u"work"_s).credentials, Credentials());
}

// ---- MemorySecretStore and the shared behaviour -----------------------------------------------

void TestProfiles::memoryStoreIsAsynchronous()
{
    MemorySecretStore store;
    const Credentials c { u"AKIDexample1234"_s, kSecretKey, kToken };
    bool called = false;
    QObject context;
    store.write(u"work"_s, c, &context, [&called](const QString&) { called = true; });
    QVERIFY(!called); // never inside the call
    QTRY_VERIFY(called);
    QVERIFY(store.contains(u"work"_s));
    QCOMPARE(readNow(store, u"work"_s).credentials, c);
    QVERIFY(removeNow(store, u"work"_s).error.isEmpty());
    QCOMPARE(store.count(), 0);
}

void TestProfiles::memoryStoreError()
{
    MemorySecretStore store;
    store.setError(u"The system keychain is not available (test): secrets were not saved"_s);
    const DoneResult w = writeNow(store, u"work"_s, { u"AKIDexample1234"_s, kSecretKey, {} });
    QCOMPARE(w.error, u"The system keychain is not available (test): secrets were not saved"_s);
    QVERIFY(!store.contains(u"work"_s));
    QVERIFY(!readNow(store, u"work"_s).error.isEmpty());
}

void TestProfiles::callbackSkippedWhenContextDestroyed()
{
    MemorySecretStore store;
    bool called = false;
    auto* context = new QObject;
    store.read(u"work"_s, context, [&called](const Credentials&, const QString&) { called = true; });
    delete context;
    QTest::qWait(50);
    QVERIFY(!called);
}

void TestProfiles::renameMovesSecrets()
{
    MemorySecretStore store;
    const Credentials c { u"AKIDexample1234"_s, kSecretKey, kToken };
    store.set(u"work"_s, c);
    bool done = false;
    QString error;
    QObject context;
    store.rename(u"work"_s, u"office"_s, &context, [&](const QString& e) {
        error = e;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(error.isEmpty());
    QVERIFY(!store.contains(u"work"_s));
    QCOMPARE(store.get(u"office"_s), c);

    // Nothing stored under the old name: nothing to move, no error.
    done = false;
    store.rename(u"missing"_s, u"other"_s, &context, [&](const QString& e) {
        error = e;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(error.isEmpty());
    QVERIFY(!store.contains(u"other"_s));
}

void TestProfiles::secretsJsonIsCompact()
{
    const QByteArray json = SecretStore::toJson({ u"id"_s, u"key"_s, {} });
    QCOMPARE(json, QByteArray(R"({"secretId":"id","secretKey":"key"})"));
    Credentials c;
    QString problem;
    QVERIFY(SecretStore::fromJson(SecretStore::toJson({ u"id"_s, u"key"_s, u"tok"_s }), &c, &problem));
    QCOMPARE(c, (Credentials { u"id"_s, u"key"_s, u"tok"_s }));
    QVERIFY(!SecretStore::fromJson("nope", &c, &problem));
    QVERIFY(problem.startsWith(u"not valid JSON"_s));
}

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
