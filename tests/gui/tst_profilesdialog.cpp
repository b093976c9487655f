// ProfilesDialog driven through its widgets, as a person would: typing into the fields, clicking the
// buttons. Secrets go to a MemorySecretStore (or a PlaintextSecretStore when chosen), never to the INI;
// one case uses the real system keychain when scripts/with-keyring provides one.
#include "app/dialogs/ProfilesDialog.h"
#include "core/profiles/CredentialResolver.h"
#include "core/profiles/KeychainSecretStore.h"
#include "core/profiles/MemorySecretStore.h"
#include "core/profiles/PlaintextSecretStore.h"
#include "core/profiles/ProfileStore.h"
#include "core/support/SystemClock.h"
#include "emulator/http/EmulatorInfo.h"
#include "emulator/server/EmulatorServer.h"

#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString kKey = u"Sup3rS3cretKeyValue0000000000000"_s;
const QString kId = u"AKIDprofiledialogtest000000000000000"_s;
} // namespace

class TestProfilesDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createProfileThroughTheWidgets();
    void validationBlocksSave_data();
    void validationBlocksSave();
    void editExistingProfile();
    void renameMovesTheSecrets();
    void duplicateCopiesEverything();
    void deleteAsksFirst();
    void revealToggleSwitchesEchoMode();
    void plaintextCheckboxWarnsAndWritesAFile();
    void keychainFailureOffersPlaintextExplicitly();
    void emulatorProfileIsLabelledAndPresetFillsDemo();
    void makeActiveEmitsTheName();
    void testConnectionShowsTheSentence();
    void importFromEnvironmentSdkFileAndTccli();
    void secretsNeverInTooltipsAccessibleTextOrIni();
    void realKeychainRoundTrip();

private:
    std::unique_ptr<ProfilesDialog> makeDialog(bool show = true);
    template<class T>
    static T* child(ProfilesDialog& d, const char* name)
    {
        T* w = d.findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    static void typeInto(QLineEdit* edit, const QString& text);
    static void click(QAbstractButton* button) { QTest::mouseClick(button, Qt::LeftButton); }
    void seed(const QString& name, const Credentials& credentials, bool active = false);
    QString iniText() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<PlaintextSecretStore> m_plain;
    std::unique_ptr<MemorySecretStore> m_emulatorSecrets;
    std::unique_ptr<CredentialResolver> m_resolver;
    QNetworkAccessManager m_nam;
    bool m_deleteAnswer = true;
    QStringList m_deleteQuestions;
};

void TestProfilesDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QDir(m_dir->path()).mkpath(u"home"_s);
    m_store = std::make_unique<ProfileStore>(m_dir->filePath(u"profiles.ini"_s));
    m_secrets = std::make_unique<MemorySecretStore>();
    m_plain = std::make_unique<PlaintextSecretStore>(m_dir->filePath(u"plain"_s));
    m_emulatorSecrets = std::make_unique<MemorySecretStore>();
    m_resolver = std::make_unique<CredentialResolver>(m_store.get(), m_secrets.get());
    m_resolver->setPlaintextSecretStore(m_plain.get());
    m_resolver->setEmulatorSecretStore(m_emulatorSecrets.get());
    m_resolver->setHomeDir(m_dir->filePath(u"home"_s));
    m_resolver->setEnvironment(QProcessEnvironment());
    m_deleteAnswer = true;
    m_deleteQuestions.clear();
}

void TestProfilesDialog::cleanup()
{
    m_resolver.reset();
    m_emulatorSecrets.reset();
    m_plain.reset();
    m_secrets.reset();
    m_store.reset();
    m_dir.reset();
}

std::unique_ptr<ProfilesDialog> TestProfilesDialog::makeDialog(bool show)
{
    auto d
        = std::make_unique<ProfilesDialog>(m_store.get(), m_resolver.get(), &m_nam, SystemClock::instance());
    d->confirmDelete = [this](const QString& name) {
        m_deleteQuestions << name;
        return m_deleteAnswer;
    };
    d->confirmDiscard = [](const QString&) { return true; };
    d->chooseTccliProfile = [](const QStringList& names, const QString&) { return names.last(); };
    if (show) {
        d->show();
        if (!QTest::qWaitForWindowExposed(d.get()))
            qWarning("the dialog was not exposed");
    }
    return d;
}

void TestProfilesDialog::typeInto(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, text);
}

void TestProfilesDialog::seed(const QString& name, const Credentials& credentials, bool active)
{
    Profile p;
    p.name = name;
    p.endpoint = Endpoint::international();
    p.region = u"ap-singapore"_s;
    p.subAppId = 1500000001;
    p.language = u"en-US"_s;
    QVERIFY(m_store->save(p));
    m_secrets->set(name, credentials);
    if (active)
        QVERIFY(m_store->setDefaultProfileName(name));
}

QString TestProfilesDialog::iniText() const
{
    QFile f(m_store->filePath());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

void TestProfilesDialog::createProfileThroughTheWidgets()
{
    auto d = makeDialog();
    click(child<QPushButton>(*d, "newButton"));
    typeInto(child<QLineEdit>(*d, "nameEdit"), u"work"_s);
    auto* endpoint = child<QComboBox>(*d, "endpointCombo");
    endpoint->setCurrentIndex(endpoint->findData(int(ProfilesDialog::Preset::Regional)));
    auto* region = child<QComboBox>(*d, "regionCombo");
    QVERIFY(region->isVisible());
    QVERIFY(!child<QLineEdit>(*d, "urlEdit")->isVisible());
    typeInto(region->lineEdit(), u"ap-singapore"_s);
    typeInto(child<QLineEdit>(*d, "subAppIdEdit"), u"1500012345"_s);
    auto* language = child<QComboBox>(*d, "languageCombo");
    language->setCurrentIndex(language->findData(u"en-US"_s));
    auto* save = child<QPushButton>(*d, "saveButton");
    QVERIFY(!save->isEnabled()); // no credentials yet
    typeInto(child<QLineEdit>(*d, "secretIdEdit"), kId);
    typeInto(child<QLineEdit>(*d, "secretKeyEdit"), kKey);
    QVERIFY2(save->isEnabled(), qPrintable(child<QLabel>(*d, "validationLabel")->text()));
    click(save);

    QTRY_VERIFY(m_store->contains(u"work"_s));
    const Profile p = *m_store->profile(u"work"_s);
    QCOMPARE(p.endpoint, Endpoint::region(u"ap-singapore"_s));
    QCOMPARE(p.subAppId, std::optional<quint64>(1500012345));
    QCOMPARE(p.language, u"en-US"_s);
    QCOMPARE(m_secrets->get(u"work"_s), (Credentials { kId, kKey, {} }));
    QVERIFY(!iniText().contains(kKey));
    QVERIFY(!iniText().contains(kId));
    QVERIFY(!save->isEnabled()); // nothing left to save
    QCOMPARE(d->currentProfileName(), u"work"_s);
    QCOMPARE(child<QListWidget>(*d, "profileList")->count(), 1);
    QVERIFY(child<QLabel>(*d, "statusLabel")->text().startsWith(u"Saved \"work\""_s));
}

void TestProfilesDialog::validationBlocksSave_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("SubAppId with a letter")
        << u"subAppIdEdit"_s << u"12a"_s << u"SubAppId: must be digits only"_s;
    QTest::newRow("empty name") << u"nameEdit"_s << QString() << u"Name: must not be empty"_s;
    QTest::newRow("name with a slash") << u"nameEdit"_s << u"a/b"_s << u"Name: must not contain"_s;
    QTest::newRow("bad custom URL") << u"urlEdit"_s << u"not a url"_s
                                    << u"Endpoint: \"not a url\" is not an http"_s;
    QTest::newRow("ftp URL") << u"urlEdit"_s << u"ftp://example.com/"_s << u"Endpoint:"_s;
    QTest::newRow("bad X-TC-Region") << u"headerRegionCombo"_s << u"Singapore!"_s << u"X-TC-Region:"_s;
    QTest::newRow("SecretId with a space")
        << u"secretIdEdit"_s << u"AKID abc"_s << u"SecretId: must not contain spaces"_s;
}

void TestProfilesDialog::validationBlocksSave()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, reason);
    seed(u"work"_s, { kId, kKey, {} });
    auto d = makeDialog();
    QTRY_COMPARE(child<QLineEdit>(*d, "secretKeyEdit")->text(), kKey);
    auto* save = child<QPushButton>(*d, "saveButton");
    typeInto(child<QLineEdit>(*d, "subAppIdEdit"), u"1500000002"_s);
    QVERIFY(save->isEnabled());

    if (field == "urlEdit"_L1) {
        auto* endpoint = child<QComboBox>(*d, "endpointCombo");
        endpoint->setCurrentIndex(endpoint->findData(int(ProfilesDialog::Preset::CustomUrl)));
    }
    QWidget* w = d->findChild<QWidget*>(field);
    QVERIFY(w);
    QLineEdit* edit = qobject_cast<QLineEdit*>(w);
    if (auto* combo = qobject_cast<QComboBox*>(w))
        edit = combo->lineEdit();
    QVERIFY(edit);
    typeInto(edit, text);

    QVERIFY(!save->isEnabled());
    QVERIFY(!child<QPushButton>(*d, "testButton")->isEnabled());
    QCOMPARE(w->property("invalid").toBool(), true);
    QVERIFY2(w->toolTip().startsWith(reason), qPrintable(w->toolTip()));
    auto* label = child<QLabel>(*d, "validationLabel");
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(reason), qPrintable(label->text()));
    click(save); // a disabled button does nothing
    QCOMPARE(m_store->profile(u"work"_s)->subAppId, std::optional<quint64>(1500000001));
}

void TestProfilesDialog::editExistingProfile()
{
    seed(u"alpha"_s, { u"AKIDalpha"_s, u"alphakey"_s, {} });
    seed(u"work"_s, { kId, kKey, u"tok"_s });
    auto d = makeDialog();
    d->selectProfile(u"work"_s);
    QTRY_COMPARE(child<QLineEdit>(*d, "secretKeyEdit")->text(), kKey);
    QCOMPARE(child<QLineEdit>(*d, "tokenEdit")->text(), u"tok"_s);
    QCOMPARE(child<QComboBox>(*d, "headerRegionCombo")->currentText(), u"ap-singapore"_s);
    QCOMPARE(child<QLineEdit>(*d, "subAppIdEdit")->text(), u"1500000001"_s);
    auto* save = child<QPushButton>(*d, "saveButton");
    QVERIFY(!save->isEnabled());
    typeInto(child<QLineEdit>(*d, "subAppIdEdit"), u"1500000099"_s);
    typeInto(child<QLineEdit>(*d, "secretKeyEdit"), u"rotatedkey"_s);
    QVERIFY(save->isEnabled());
    QVERIFY(!child<QPushButton>(*d, "activeButton")->isEnabled()); // save first
    click(save);
    QTRY_COMPARE(m_store->profile(u"work"_s)->subAppId, std::optional<quint64>(1500000099));
    QCOMPARE(m_secrets->get(u"work"_s).secretKey, u"rotatedkey"_s);
    QCOMPARE(m_secrets->get(u"alpha"_s).secretKey, u"alphakey"_s);
    QCOMPARE(m_store->names().size(), 2);
}

void TestProfilesDialog::renameMovesTheSecrets()
{
    seed(u"old"_s, { kId, kKey, {} }, true);
    auto d = makeDialog();
    QTRY_COMPARE(child<QLineEdit>(*d, "secretKeyEdit")->text(), kKey);
    QSignalSpy active(d.get(), &ProfilesDialog::activeProfileChanged);
    typeInto(child<QLineEdit>(*d, "nameEdit"), u"new name"_s);
    click(child<QPushButton>(*d, "saveButton"));
    QTRY_VERIFY(m_store->contains(u"new name"_s));
    QVERIFY(!m_store->contains(u"old"_s));
    QTRY_VERIFY(!m_secrets->contains(u"old"_s));
    QCOMPARE(m_secrets->get(u"new name"_s).secretKey, kKey);
    QCOMPARE(m_store->defaultProfileName(), u"new name"_s);
    QTRY_COMPARE(active.size(), 1); // once the old entry is gone too
    QCOMPARE(active.at(0).at(0).toString(), u"new name"_s);
}

void TestProfilesDialog::duplicateCopiesEverything()
{
    seed(u"work"_s, { kId, kKey, {} });
    auto d = makeDialog();
    QTRY_COMPARE(child<QLineEdit>(*d, "secretKeyEdit")->text(), kKey);
    click(child<QPushButton>(*d, "duplicateButton"));
    QCOMPARE(child<QLineEdit>(*d, "nameEdit")->text(), u"work (copy)"_s);
    QCOMPARE(d->currentProfileName(), QString());
    QVERIFY(child<QPushButton>(*d, "saveButton")->isEnabled());
    QVERIFY(!child<QPushButton>(*d, "deleteButton")->isEnabled());
    click(child<QPushButton>(*d, "saveButton"));
    QTRY_VERIFY(m_store->contains(u"work (copy)"_s));
    Profile copy = *m_store->profile(u"work (copy)"_s);
    Profile original = *m_store->profile(u"work"_s);
    copy.name = original.name;
    QCOMPARE(copy, original);
    QCOMPARE(m_secrets->get(u"work (copy)"_s), m_secrets->get(u"work"_s));
    QCOMPARE(child<QListWidget>(*d, "profileList")->count(), 2);
}

void TestProfilesDialog::deleteAsksFirst()
{
    seed(u"keep"_s, { u"AKIDkeep"_s, u"keepkey"_s, {} });
    seed(u"work"_s, { kId, kKey, {} }, true);
    auto d = makeDialog();
    QCOMPARE(d->currentProfileName(), u"work"_s);
    QSignalSpy active(d.get(), &ProfilesDialog::activeProfileChanged);
    m_deleteAnswer = false;
    click(child<QPushButton>(*d, "deleteButton"));
    QCOMPARE(m_deleteQuestions, QStringList { u"work"_s });
    QVERIFY(m_store->contains(u"work"_s));
    QVERIFY(m_secrets->contains(u"work"_s));

    m_deleteAnswer = true;
    click(child<QPushButton>(*d, "deleteButton"));
    QVERIFY(!m_store->contains(u"work"_s));
    QTRY_VERIFY(!m_secrets->contains(u"work"_s));
    QVERIFY(m_secrets->contains(u"keep"_s));
    QTRY_COMPARE(active.size(), 1); // once the secrets are gone too
    QCOMPARE(active.at(0).at(0).toString(), QString());
    QCOMPARE(child<QListWidget>(*d, "profileList")->count(), 1);
}

void TestProfilesDialog::revealToggleSwitchesEchoMode()
{
    auto d = makeDialog();
    auto* key = child<QLineEdit>(*d, "secretKeyEdit");
    auto* token = child<QLineEdit>(*d, "tokenEdit");
    auto* reveal = child<QToolButton>(*d, "revealKeyButton");
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    click(reveal);
    QCOMPARE(key->echoMode(), QLineEdit::Normal);
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QCOMPARE(reveal->accessibleName(), u"Hide the SecretKey"_s);
    click(reveal);
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    click(child<QToolButton>(*d, "revealTokenButton"));
    QCOMPARE(token->echoMode(), QLineEdit::Normal);
}

void TestProfilesDialog::plaintextCheckboxWarnsAndWritesAFile()
{
    auto d = makeDialog();
    auto* check = child<QCheckBox>(*d, "plaintextCheck");
    auto* warning = child<QLabel>(*d, "plaintextWarning");
    QVERIFY(!warning->isVisible());
    QVERIFY(child<QLabel>(*d, "storageLabel")->text().contains(u"in memory"_s));
    click(check);
    QVERIFY(check->isChecked());
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(u"unencrypted"_s));
    QVERIFY(child<QLabel>(*d, "storageLabel")->text().contains(u"plain text"_s));
    typeInto(child<QLineEdit>(*d, "nameEdit"), u"plain"_s);
    typeInto(child<QLineEdit>(*d, "secretIdEdit"), kId);
    typeInto(child<QLineEdit>(*d, "secretKeyEdit"), kKey);
    click(child<QPushButton>(*d, "saveButton"));
    QTRY_VERIFY(m_store->contains(u"plain"_s));
    QVERIFY(m_store->profile(u"plain"_s)->plaintextSecrets);
    QTRY_VERIFY(QFile::exists(m_plain->filePath(u"plain"_s)));
    QVERIFY(!m_secrets->contains(u"plain"_s));
    QVERIFY(!iniText().contains(kKey));

    // Back to the keychain: the plain-text file goes away.
    click(check);
    QVERIFY(!warning->isVisible());
    click(child<QPushButton>(*d, "saveButton"));
    QTRY_VERIFY(m_secrets->contains(u"plain"_s));
    QTRY_VERIFY(!QFile::exists(m_plain->filePath(u"plain"_s)));
}

void TestProfilesDialog::keychainFailureOffersPlaintextExplicitly()
{
    m_secrets->setError(u"The system keychain is not available (no D-Bus)"_s);
    auto d = makeDialog();
    typeInto(child<QLineEdit>(*d, "nameEdit"), u"work"_s);
    typeInto(child<QLineEdit>(*d, "secretIdEdit"), kId);
    typeInto(child<QLineEdit>(*d, "secretKeyEdit"), kKey);
    click(child<QPushButton>(*d, "saveButton"));
    auto* offer = child<QPushButton>(*d, "usePlaintextButton");
    QTRY_VERIFY(offer->isVisible());
    auto* status = child<QLabel>(*d, "statusLabel");
    QVERIFY2(
        status->text().contains(u"could not be stored in the system keychain"_s), qPrintable(status->text()));
    QVERIFY(status->text().contains(u"Nothing was saved"_s));
    QVERIFY(!status->text().contains(kKey));
    // Nothing anywhere, and certainly no silent plain-text file.
    QVERIFY(!m_store->contains(u"work"_s));
    QVERIFY(!QFile::exists(m_plain->filePath(u"work"_s)));
    QVERIFY(!child<QCheckBox>(*d, "plaintextCheck")->isChecked());

    click(offer); // the explicit choice
    QTRY_VERIFY(m_store->contains(u"work"_s));
    QVERIFY(m_store->profile(u"work"_s)->plaintextSecrets);
    QVERIFY(child<QCheckBox>(*d, "plaintextCheck")->isChecked());
    QTRY_VERIFY(QFile::exists(m_plain->filePath(u"work"_s)));
    Credentials back;
    QCOMPARE(m_plain->readNow(u"work"_s, &back), QString());
    QCOMPARE(back.secretKey, kKey);
}

void TestProfilesDialog::emulatorProfileIsLabelledAndPresetFillsDemo()
{
    Profile emu = Profile::localEmulator(QUrl(u"http://127.0.0.1:8708/"_s));
    QVERIFY(m_store->save(emu));
    m_emulatorSecrets->set(emu.name,
        { QString::fromLatin1(kEmulatorDemoSecretId), QString::fromLatin1(kEmulatorDemoSecretKey), {} });
    auto d = makeDialog();
    auto* list = child<QListWidget>(*d, "profileList");
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), u"Local emulator (offline demo)"_s);
    QVERIFY(list->item(0)->toolTip().contains(u"Offline demo"_s));
    auto* endpoint = child<QComboBox>(*d, "endpointCombo");
    QCOMPARE(endpoint->currentData().toInt(), int(ProfilesDialog::Preset::LocalEmulator));
    QTRY_COMPARE(child<QLineEdit>(*d, "secretIdEdit")->text(), QString::fromLatin1(kEmulatorDemoSecretId));
    QVERIFY(!child<QCheckBox>(*d, "plaintextCheck")->isEnabled());

    click(child<QPushButton>(*d, "newButton"));
    typeInto(child<QLineEdit>(*d, "nameEdit"), u"demo 2"_s);
    endpoint->setCurrentIndex(endpoint->findData(int(ProfilesDialog::Preset::LocalEmulator)));
    QCOMPARE(child<QLineEdit>(*d, "urlEdit")->text(), u"http://127.0.0.1:8708/"_s);
    QCOMPARE(child<QLineEdit>(*d, "secretIdEdit")->text(), QString::fromLatin1(kEmulatorDemoSecretId));
    click(child<QPushButton>(*d, "saveButton"));
    QTRY_VERIFY(m_store->contains(u"demo 2"_s));
    QVERIFY(m_store->profile(u"demo 2"_s)->emulator);
    QVERIFY(m_emulatorSecrets->contains(u"demo 2"_s));
    QVERIFY(!m_secrets->contains(u"demo 2"_s));
    bool labelled = false;
    for (int i = 0; i < list->count(); ++i)
        labelled = labelled || list->item(i)->text() == u"demo 2 — local emulator (offline demo)"_s;
    QVERIFY(labelled);
}

void TestProfilesDialog::makeActiveEmitsTheName()
{
    seed(u"a"_s, { kId, kKey, {} }, true);
    seed(u"b"_s, { kId, kKey, {} });
    auto d = makeDialog();
    QCOMPARE(d->activeProfileName(), u"a"_s);
    auto* list = child<QListWidget>(*d, "profileList");
    QCOMPARE(list->item(0)->text(), u"a (active)"_s);
    QVERIFY(!child<QPushButton>(*d, "activeButton")->isEnabled());
    d->selectProfile(u"b"_s);
    QSignalSpy spy(d.get(), &ProfilesDialog::activeProfileChanged);
    auto* active = child<QPushButton>(*d, "activeButton");
    QVERIFY(active->isEnabled());
    click(active);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), u"b"_s);
    QCOMPARE(d->activeProfileName(), u"b"_s);
    QCOMPARE(m_store->defaultProfileName(), u"b"_s);
    QCOMPARE(list->item(1)->text(), u"b (active)"_s);
    QVERIFY(!active->isEnabled());
}

void TestProfilesDialog::testConnectionShowsTheSentence()
{
    EmulatorServer emulator;
    QVERIFY(emulator.listen(QHostAddress::LocalHost, 0));
    auto d = makeDialog();
    typeInto(child<QLineEdit>(*d, "nameEdit"), u"local"_s);
    auto* endpoint = child<QComboBox>(*d, "endpointCombo");
    endpoint->setCurrentIndex(endpoint->findData(int(ProfilesDialog::Preset::CustomUrl)));
    typeInto(child<QLineEdit>(*d, "urlEdit"), emulator.baseUrl().toString());
    typeInto(child<QLineEdit>(*d, "secretIdEdit"), QString::fromLatin1(kEmulatorDemoSecretId));
    typeInto(child<QLineEdit>(*d, "secretKeyEdit"), u"not-the-key"_s);
    auto* test = child<QPushButton>(*d, "testButton");
    auto* result = child<QLabel>(*d, "testResultLabel");
    auto* busy = child<QProgressBar>(*d, "testBusy");
    QVERIFY(test->isEnabled());
    click(test);
    QVERIFY(busy->isVisible());
    QVERIFY(!test->isEnabled());
    QTRY_VERIFY(!busy->isVisible());
    QVERIFY2(result->text().startsWith(u"The SecretKey is wrong for this SecretId."_s),
        qPrintable(result->text()));
    QCOMPARE(d->lastTestResult().kind, ConnectionTest::Kind::BadKey);
    QVERIFY(child<QLabel>(*d, "testIconLabel")->isVisible());

    typeInto(child<QLineEdit>(*d, "secretKeyEdit"), QString::fromLatin1(kEmulatorDemoSecretKey));
    click(test);
    QTRY_VERIFY(!busy->isVisible());
    QVERIFY2(result->text().startsWith(u"Connected: the credentials work ("_s), qPrintable(result->text()));
    QVERIFY(test->isEnabled());
    QVERIFY(!m_store->contains(u"local"_s)); // testing does not save
}

void TestProfilesDialog::importFromEnvironmentSdkFileAndTccli()
{
    QProcessEnvironment env;
    env.insert(u"TENCENTCLOUD_SECRET_ID"_s, u"AKIDfromenv"_s);
    env.insert(u"TENCENTCLOUD_SECRET_KEY"_s, u"envkey"_s);
    env.insert(u"TENCENTCLOUD_REGION"_s, u"ap-shanghai"_s);
    m_resolver->setEnvironment(env);
    const QString home = m_dir->filePath(u"home"_s);
    QDir(home).mkpath(u".tencentcloud"_s);
    QDir(home).mkpath(u".tccli"_s);
    auto write = [](const QString& path, const QByteArray& data) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    };
    write(
        home + u"/.tencentcloud/credentials"_s, "[default]\nsecret_id = AKIDfromsdk\nsecret_key = sdkkey\n");
    write(home + u"/.tccli/default.credential"_s, "{\"secretId\":\"AKIDtcclidefault\",\"secretKey\":\"k1\"}");
    write(home + u"/.tccli/zeta.credential"_s, "{\"secretId\":\"AKIDtccli\",\"secretKey\":\"tcclikey\"}");
    write(home + u"/.tccli/zeta.configure"_s,
        "{\"_sys_param\":{\"region\":\"ap-tokyo\",\"language\":\"en-US\"},\"vod\":{\"endpoint\":"
        "\"vod.intl.tencentcloudapi.com\"}}");

    auto d = makeDialog();
    auto* menu = child<QToolButton>(*d, "importButton")->menu();
    QVERIFY(menu);
    QCOMPARE(menu->actions().size(), 3);

    d->findChild<QAction*>(u"importEnvAction"_s)->trigger();
    QCOMPARE(child<QLineEdit>(*d, "nameEdit")->text(), u"Environment"_s);
    QCOMPARE(child<QLineEdit>(*d, "secretIdEdit")->text(), u"AKIDfromenv"_s);
    QCOMPARE(child<QLineEdit>(*d, "secretKeyEdit")->text(), u"envkey"_s);
    QCOMPARE(child<QComboBox>(*d, "headerRegionCombo")->currentText(), u"ap-shanghai"_s);
    click(child<QPushButton>(*d, "saveButton"));
    QTRY_VERIFY(m_store->contains(u"Environment"_s));

    d->findChild<QAction*>(u"importSdkAction"_s)->trigger();
    QCOMPARE(child<QLineEdit>(*d, "nameEdit")->text(), u"SDK credentials"_s);
    QCOMPARE(child<QLineEdit>(*d, "secretKeyEdit")->text(), u"sdkkey"_s);

    d->findChild<QAction*>(u"importTccliAction"_s)->trigger(); // the chooser picks "zeta"
    QCOMPARE(child<QLineEdit>(*d, "nameEdit")->text(), u"tccli zeta"_s);
    QCOMPARE(child<QLineEdit>(*d, "secretIdEdit")->text(), u"AKIDtccli"_s);
    QCOMPARE(child<QComboBox>(*d, "endpointCombo")->currentData().toInt(),
        int(ProfilesDialog::Preset::International));
    QCOMPARE(child<QComboBox>(*d, "languageCombo")->currentData().toString(), u"en-US"_s);
    click(child<QPushButton>(*d, "saveButton"));
    QTRY_VERIFY(m_store->contains(u"tccli zeta"_s));
    QCOMPARE(m_secrets->get(u"tccli zeta"_s).secretKey, u"tcclikey"_s);
}

void TestProfilesDialog::secretsNeverInTooltipsAccessibleTextOrIni()
{
    seed(u"work"_s, { kId, kKey, u"SessionTokenValue123"_s });
    auto d = makeDialog();
    QTRY_COMPARE(child<QLineEdit>(*d, "secretKeyEdit")->text(), kKey);
    click(child<QToolButton>(*d, "revealKeyButton"));
    typeInto(child<QLineEdit>(*d, "secretKeyEdit"), kKey + u" x"_s); // invalid: tooltips get reasons
    click(child<QPushButton>(*d, "testButton"));
    QTest::qWait(50);
    const QStringList secrets { kKey, u"SessionTokenValue123"_s };
    for (QWidget* w : d->findChildren<QWidget*>()) {
        QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
        for (const QString& s : secrets) {
            QVERIFY2(!w->toolTip().contains(s), qPrintable(w->objectName()));
            QVERIFY2(!w->accessibleName().contains(s), qPrintable(w->objectName()));
            QVERIFY2(!w->accessibleDescription().contains(s), qPrintable(w->objectName()));
            QVERIFY2(!w->whatsThis().contains(s), qPrintable(w->objectName()));
            QVERIFY2(!w->statusTip().contains(s), qPrintable(w->objectName()));
            if (a) {
                QVERIFY2(!a->text(QAccessible::Name).contains(s), qPrintable(w->objectName()));
                QVERIFY2(!a->text(QAccessible::Description).contains(s), qPrintable(w->objectName()));
            }
            if (auto* label = qobject_cast<QLabel*>(w))
                QVERIFY2(!label->text().contains(s), qPrintable(w->objectName()));
        }
    }
    typeInto(child<QLineEdit>(*d, "secretKeyEdit"), kKey);
    click(child<QPushButton>(*d, "saveButton"));
    QTRY_VERIFY(!d->hasUnsavedChanges());
    const QString ini = iniText();
    QVERIFY(!ini.isEmpty());
    QVERIFY(!ini.contains(kKey));
    QVERIFY(!ini.contains(u"SessionTokenValue123"_s));
    QVERIFY(!ini.contains(kId));
}

void TestProfilesDialog::realKeychainRoundTrip()
{
    if (qEnvironmentVariableIntValue("AIGC_KEYRING_REQUIRED") != 1)
        QSKIP("Uses the real system keychain: run through scripts/with-keyring (ctest "
              "gui.tst_profilesdialog_keychain)");
    const QString service = u"aigc-audio-studio-test-profilesdialog"_s;
    KeychainSecretStore keychain(nullptr, service);
    CredentialResolver resolver(m_store.get(), &keychain);
    resolver.setPlaintextSecretStore(m_plain.get());
    resolver.setHomeDir(m_dir->filePath(u"home"_s));
    ProfilesDialog d(m_store.get(), &resolver, &m_nam, SystemClock::instance());
    d.confirmDiscard = [](const QString&) { return true; };
    d.confirmDelete = [](const QString&) { return true; };
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QVERIFY(child<QLabel>(d, "storageLabel")->text().contains(u"system keychain"_s));
    typeInto(child<QLineEdit>(d, "nameEdit"), u"keychain profile"_s);
    typeInto(child<QLineEdit>(d, "secretIdEdit"), kId);
    typeInto(child<QLineEdit>(d, "secretKeyEdit"), kKey);
    typeInto(child<QLineEdit>(d, "tokenEdit"), u"kc-token"_s);
    click(child<QPushButton>(d, "saveButton"));
    QTRY_VERIFY_WITH_TIMEOUT(m_store->contains(u"keychain profile"_s), 15000);
    QVERIFY2(child<QLabel>(d, "statusLabel")->text().contains(u"system keychain"_s),
        qPrintable(child<QLabel>(d, "statusLabel")->text()));
    QVERIFY(!iniText().contains(kKey));
    QVERIFY(!QFile::exists(m_plain->filePath(u"keychain profile"_s)));

    Credentials back;
    QString error = u"pending"_s;
    keychain.read(u"keychain profile"_s, this, [&](const Credentials& c, const QString& e) {
        back = c;
        error = e;
    });
    QTRY_VERIFY_WITH_TIMEOUT(error != u"pending"_s, 15000);
    QCOMPARE(error, QString());
    QCOMPARE(back, (Credentials { kId, kKey, u"kc-token"_s }));

    // A second dialog reads them back from the keychain.
    ProfilesDialog again(m_store.get(), &resolver, &m_nam, SystemClock::instance());
    QTRY_COMPARE_WITH_TIMEOUT(child<QLineEdit>(again, "secretKeyEdit")->text(), kKey, 15000);
    again.confirmDelete = [](const QString&) { return true; };
    click(child<QPushButton>(again, "deleteButton"));
    error = u"pending"_s;
    QTRY_VERIFY_WITH_TIMEOUT(!m_store->contains(u"keychain profile"_s), 15000);
    QTest::qWait(500);
    keychain.read(u"keychain profile"_s, this, [&](const Credentials& c, const QString& e) {
        back = c;
        error = e;
    });
    QTRY_VERIFY_WITH_TIMEOUT(error != u"pending"_s, 15000);
    QVERIFY(back.secretKey.isEmpty()); // the entry is gone
}

QTEST_MAIN(TestProfilesDialog)
#include "tst_profilesdialog.moc"
