// ProfileManager: the one order of profile and secret changes, whoever asks (the Profiles dialog or
// `aigc-audio profiles`). A secret store that records what the profile file looked like at each of its
// writes and removals shows the order; a journal left as a crash would leave it shows the clean-up.
#include "core/profiles/CredentialResolver.h"
#include "core/profiles/MemorySecretStore.h"
#include "core/profiles/ProfileManager.h"
#include "core/profiles/ProfileStore.h"

#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// A MemorySecretStore that notes, at every write and removal, whether the profile file names the
// profile at that moment.
class RecordingStore : public MemorySecretStore
{
public:
    explicit RecordingStore(ProfileStore* profiles)
        : m_profiles(profiles)
    {
    }
    void write(const QString& name, const Credentials& c, QObject* context, DoneCallback callback) override
    {
        log.append(u"write %1 (profile %2)"_s.arg(name, state(name)));
        MemorySecretStore::write(name, c, context, std::move(callback));
    }
    void remove(const QString& name, QObject* context, DoneCallback callback) override
    {
        if (!name.endsWith(u"#proxy"_s) && !name.contains(u"proxy"_s))
            log.append(u"remove %1 (profile %2)"_s.arg(name, state(name)));
        MemorySecretStore::remove(name, context, std::move(callback));
    }
    QStringList log;

private:
    QString state(const QString& name) const
    {
        return m_profiles->contains(name) ? u"present"_s : u"absent"_s;
    }
    ProfileStore* m_profiles;
};

const Credentials kCreds { u"AKIDmanager0000000000000000000000"_s, u"managerkey"_s, {} };

} // namespace

class TestProfileManager : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void secretsAreWrittenBeforeTheProfile();
    void renameWritesNewSecretsFirstAndRemovesTheOldLast();
    void removeTakesTheProfileBeforeItsSecrets();
    void refusedSecretsSaveNothing();
    void editWithoutSecretsKeepsThem();
    void cleanUpRemovesWhatACrashLeftBehind();
    void takenNameIsRefused();

private:
    Profile profile(const QString& name) const;
    ProfileManager::Result saveAndWait(const ProfileManager::Change& change);
    ProfileManager::Result removeAndWait(const QString& name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<RecordingStore> m_secrets;
    std::unique_ptr<CredentialResolver> m_resolver;
    std::unique_ptr<ProfileManager> m_manager;
};

void TestProfileManager::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(u"profiles.ini"_s));
    m_secrets = std::make_unique<RecordingStore>(m_profiles.get());
    m_resolver = std::make_unique<CredentialResolver>(m_profiles.get(), m_secrets.get());
    m_manager = std::make_unique<ProfileManager>(m_profiles.get(), m_resolver.get());
}

void TestProfileManager::cleanup()
{
    m_manager.reset();
    m_resolver.reset();
    m_secrets.reset();
    m_profiles.reset();
    m_dir.reset();
}

Profile TestProfileManager::profile(const QString& name) const
{
    Profile p;
    p.name = name;
    p.credentials = kCreds;
    return p;
}

ProfileManager::Result TestProfileManager::saveAndWait(const ProfileManager::Change& change)
{
    std::optional<ProfileManager::Result> result;
    m_manager->save(change, this, [&](const ProfileManager::Result& r) { result = r; });
    [&] { QTRY_VERIFY(result.has_value()); }();
    return result.value_or(ProfileManager::Result {});
}

ProfileManager::Result TestProfileManager::removeAndWait(const QString& name)
{
    std::optional<ProfileManager::Result> result;
    m_manager->remove(name, this, [&](const ProfileManager::Result& r) { result = r; });
    [&] { QTRY_VERIFY(result.has_value()); }();
    return result.value_or(ProfileManager::Result {});
}

void TestProfileManager::secretsAreWrittenBeforeTheProfile()
{
    ProfileManager::Change change;
    change.profile = profile(u"work"_s);
    const auto r = saveAndWait(change);
    QVERIFY2(r.isOk(), qPrintable(r.error));
    QCOMPARE(m_secrets->log, QStringList { u"write work (profile absent)"_s });
    QVERIFY(m_profiles->contains(u"work"_s));
    QCOMPARE(m_secrets->get(u"work"_s), kCreds);
    QVERIFY(m_profiles->secretsToRemove().isEmpty()); // nothing left to clean up
    QCOMPARE(m_profiles->defaultProfileName(), QString()); // the app chooses its active profile

    change.profile = profile(u"second"_s);
    change.defaultWhenNone = true; // the CLI's add
    QVERIFY(saveAndWait(change).isOk());
    QCOMPARE(m_profiles->defaultProfileName(), u"second"_s);
}

void TestProfileManager::renameWritesNewSecretsFirstAndRemovesTheOldLast()
{
    ProfileManager::Change add;
    add.profile = profile(u"old"_s);
    add.makeDefault = true;
    QVERIFY(saveAndWait(add).isOk());
    m_secrets->log.clear();

    ProfileManager::Change rename;
    rename.profile = profile(u"new"_s);
    rename.previousName = u"old"_s;
    rename.secretsChanged = false; // the stored secrets follow the profile
    const auto r = saveAndWait(rename);
    QVERIFY2(r.isOk(), qPrintable(r.error));
    QCOMPARE(
        m_secrets->log, (QStringList { u"write new (profile absent)"_s, u"remove old (profile absent)"_s }));
    QVERIFY(!m_profiles->contains(u"old"_s));
    QCOMPARE(m_secrets->get(u"new"_s), kCreds);
    QVERIFY(!m_secrets->contains(u"old"_s));
    QCOMPARE(m_profiles->defaultProfileName(), u"new"_s);
    QVERIFY(m_profiles->secretsToRemove().isEmpty());
}

void TestProfileManager::removeTakesTheProfileBeforeItsSecrets()
{
    ProfileManager::Change add;
    add.profile = profile(u"gone"_s);
    QVERIFY(saveAndWait(add).isOk());
    m_secrets->log.clear();
    const auto r = removeAndWait(u"gone"_s);
    QVERIFY2(r.isOk(), qPrintable(r.error));
    QCOMPARE(m_secrets->log, QStringList { u"remove gone (profile absent)"_s });
    QVERIFY(!m_secrets->contains(u"gone"_s));
    QVERIFY(m_profiles->secretsToRemove().isEmpty());

    QCOMPARE(removeAndWait(u"gone"_s).step, ProfileManager::Result::Step::Invalid);
}

void TestProfileManager::refusedSecretsSaveNothing()
{
    m_secrets->setError(u"the keychain is locked"_s);
    ProfileManager::Change change;
    change.profile = profile(u"locked"_s);
    const auto r = saveAndWait(change);
    QCOMPARE(r.step, ProfileManager::Result::Step::Secrets);
    QCOMPARE(r.error, u"the keychain is locked"_s);
    QVERIFY(!m_profiles->contains(u"locked"_s));
    // The entry it may have written is recorded for the clean-up (the keychain refused the removal too).
    m_secrets->setError({});
    std::optional<int> removed;
    m_manager->cleanUp(this, [&](int n) { removed = n; });
    QTRY_VERIFY(removed.has_value());
    QVERIFY(m_profiles->secretsToRemove().isEmpty());
}

void TestProfileManager::editWithoutSecretsKeepsThem()
{
    ProfileManager::Change add;
    add.profile = profile(u"keep"_s);
    QVERIFY(saveAndWait(add).isOk());
    m_secrets->log.clear();
    ProfileManager::Change edit;
    edit.profile = profile(u"keep"_s);
    edit.profile.credentials = {};
    edit.profile.region = u"ap-singapore"_s;
    edit.previousName = u"keep"_s;
    edit.secretsChanged = false;
    QVERIFY(saveAndWait(edit).isOk());
    QCOMPARE(m_profiles->profile(u"keep"_s)->region, u"ap-singapore"_s);
    QCOMPARE(m_secrets->get(u"keep"_s), kCreds);
    QVERIFY(m_secrets->log.filter(u"write keep"_s).isEmpty());
}

void TestProfileManager::cleanUpRemovesWhatACrashLeftBehind()
{
    // A crash after the secrets of "orphan" were written and before its profile was saved; and one
    // after "alive" was recorded for removal but before its profile went (the profile is still there).
    m_secrets->set(u"orphan"_s, kCreds);
    QVERIFY(m_profiles->addSecretsToRemove({ u"orphan"_s, u"keychain"_s }));
    ProfileManager::Change add;
    add.profile = profile(u"alive"_s);
    QVERIFY(saveAndWait(add).isOk());
    QVERIFY(m_profiles->addSecretsToRemove({ u"alive"_s, u"keychain"_s }));

    std::optional<int> removed;
    m_manager->cleanUp(this, [&](int n) { removed = n; });
    QTRY_VERIFY(removed.has_value());
    QCOMPARE(*removed, 1);
    QVERIFY(!m_secrets->contains(u"orphan"_s));
    QCOMPARE(m_secrets->get(u"alive"_s), kCreds);
    QVERIFY(m_profiles->secretsToRemove().isEmpty());
}

void TestProfileManager::takenNameIsRefused()
{
    ProfileManager::Change a;
    a.profile = profile(u"a"_s);
    QVERIFY(saveAndWait(a).isOk());
    ProfileManager::Change b;
    b.profile = profile(u"b"_s);
    QVERIFY(saveAndWait(b).isOk());
    ProfileManager::Change clash;
    clash.profile = profile(u"a"_s);
    clash.previousName = u"b"_s;
    const auto r = saveAndWait(clash);
    QCOMPARE(r.step, ProfileManager::Result::Step::Invalid);
    QVERIFY(r.error.contains(u"already exists"_s));
    QVERIFY(m_profiles->contains(u"b"_s));
}

QTEST_GUILESS_MAIN(TestProfileManager)
#include "tst_profilemanager.moc"
