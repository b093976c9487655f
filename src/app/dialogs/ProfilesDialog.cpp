#include "app/dialogs/ProfilesDialog.h"

#include "core/profiles/CredentialResolver.h"
#include "core/profiles/EnvCredentials.h"
#include "core/profiles/ProfileStore.h"
#include "core/profiles/SdkCredentialsFile.h"
#include "core/profiles/SecretStore.h"
#include "core/profiles/TccliProfiles.h"
#include "emulator/http/EmulatorInfo.h"
#include "ui_ProfilesDialog.h"

#include <QInputDialog>
#include <QListWidgetItem>
#include <QMenu>
#include <QMessageBox>
#include <QSpinBox>
#include <QTimer>

using namespace Qt::StringLiterals;

ProfilesDialog::ProfilesDialog(ProfileStore* profiles, CredentialResolver* resolver,
    QNetworkAccessManager* network, Clock* clock, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfilesDialog>())
    , m_fields(m_ui.get())
    , m_profiles(profiles)
    , m_resolver(resolver)
    , m_manager(new ProfileManager(profiles, resolver, this))
    , m_test(new ConnectionTest(network, clock, this))
{
    m_ui->setupUi(this);
    confirmDelete = [this](const QString& name) {
        return QMessageBox::question(this, tr("Delete profile"),
                   tr("Delete the profile \"%1\" and the secrets stored for it?").arg(name),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    };
    confirmDiscard = [this](const QString& name) {
        return QMessageBox::question(this, tr("Unsaved changes"),
                   name.isEmpty() ? tr("The new profile is not saved. Discard it?")
                                  : tr("The changes to \"%1\" are not saved. Discard them?").arg(name),
                   QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Discard;
    };
    chooseTccliProfile = [this](const QStringList& names, const QString& preselected) {
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Import from tccli"),
            tr("Profile of the official CLI (~/.tccli):"), names,
            std::max<qsizetype>(0, names.indexOf(preselected)), false, &ok);
        return ok ? chosen : QString();
    };
    setupControls();

    const QString active = activeProfileName();
    refreshList(active);
    if (m_ui->profileList->count() == 0)
        startDraft(Profile {}, tr("No profiles yet: fill in the form and Save."));
}

ProfilesDialog::~ProfilesDialog() = default;

void ProfilesDialog::setupControls()
{
    auto* ui = m_ui.get();
    m_fields.setUp();
    ui->plaintextWarning->setVisible(false);
    ui->plaintextWarning->setStyleSheet(u"QLabel { color: #9a5b00; }"_s);
    ui->validationLabel->setStyleSheet(u"QLabel { color: #b3261e; }"_s);
    ui->storageLabel->setStyleSheet(u"QLabel { color: palette(mid); }"_s);
    ui->usePlaintextButton->setVisible(false);
    ui->testBusy->setVisible(false);
    ui->testIconLabel->setVisible(false);
    // A red-tinted frame marks a field whose value is refused; the reason is in its tooltip and below.
    setStyleSheet(u"QLineEdit[invalid=\"true\"], QComboBox[invalid=\"true\"] { border: 1px solid #d93025; "
                  "border-radius: 2px; background: #fdecea; padding: 1px 2px; }"_s);

    auto* importMenu = new QMenu(ui->importButton);
    importMenu->setObjectName(u"importMenu"_s);
    QAction* fromEnv = importMenu->addAction(tr("From environment variables"));
    fromEnv->setObjectName(u"importEnvAction"_s);
    QAction* fromTccli = importMenu->addAction(tr("From the official CLI (tccli) profile…"));
    fromTccli->setObjectName(u"importTccliAction"_s);
    QAction* fromSdk = importMenu->addAction(tr("From ~/.tencentcloud/credentials"));
    fromSdk->setObjectName(u"importSdkAction"_s);
    ui->importButton->setMenu(importMenu);
    ui->importButton->setText(tr("Import \u25BE"));
    ui->importButton->setStyleSheet(u"QToolButton::menu-indicator { image: none; width: 0px; }"_s);

    // One label column for both groups, so that their fields line up.
    const QList<QLabel*> labels { ui->nameLabel, ui->endpointLabel, ui->regionLabel, ui->urlLabel,
        ui->headerRegionLabel, ui->subAppIdLabel, ui->languageLabel, ui->proxyLabel, ui->proxyHostLabel,
        ui->proxyUserLabel, ui->proxyPasswordLabel, ui->secretIdLabel, ui->secretKeyLabel, ui->tokenLabel };
    int labelWidth = 0;
    for (QLabel* label : labels)
        labelWidth = std::max(labelWidth, label->sizeHint().width());
    for (QLabel* label : labels)
        label->setMinimumWidth(labelWidth);
    connect(fromEnv, &QAction::triggered, this, &ProfilesDialog::importFromEnvironment);
    connect(fromTccli, &QAction::triggered, this, &ProfilesDialog::importFromTccli);
    connect(fromSdk, &QAction::triggered, this, &ProfilesDialog::importFromSdkFile);

    auto reveal = [](QToolButton* button, QLineEdit* edit, const QString& what) {
        QObject::connect(button, &QToolButton::toggled, edit, [button, edit, what](bool shown) {
            edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
            button->setText(shown ? tr("Hide") : tr("Show"));
            button->setAccessibleName(shown ? tr("Hide the %1").arg(what) : tr("Show the %1").arg(what));
        });
    };
    reveal(ui->revealKeyButton, ui->secretKeyEdit, tr("SecretKey"));
    reveal(ui->revealTokenButton, ui->tokenEdit, tr("token"));

    for (QLineEdit* edit : { ui->nameEdit, ui->urlEdit, ui->subAppIdEdit, ui->secretIdEdit, ui->secretKeyEdit,
             ui->tokenEdit, ui->regionCombo->lineEdit(), ui->headerRegionCombo->lineEdit(), ui->proxyHostEdit,
             ui->proxyUserEdit, ui->proxyPasswordEdit })
        connect(edit, &QLineEdit::textChanged, this, &ProfilesDialog::onEdited);
    connect(ui->proxyPortSpin, &QSpinBox::valueChanged, this, &ProfilesDialog::onEdited);
    connect(ui->proxyModeCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateProxyRows();
        onEdited();
    });
    connect(ui->languageCombo, &QComboBox::currentIndexChanged, this, &ProfilesDialog::onEdited);
    connect(ui->endpointCombo, &QComboBox::currentIndexChanged, this, &ProfilesDialog::onPresetChanged);
    connect(ui->plaintextCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->plaintextWarning->setVisible(on);
        updateStorage();
        onEdited();
    });
    connect(ui->nameEdit, &QLineEdit::textChanged, this, &ProfilesDialog::updateStorage);
    connect(ui->profileList, &QListWidget::currentRowChanged, this, &ProfilesDialog::onCurrentRowChanged);
    connect(ui->newButton, &QPushButton::clicked, this, &ProfilesDialog::newProfile);
    connect(ui->duplicateButton, &QPushButton::clicked, this, &ProfilesDialog::duplicateProfile);
    connect(ui->deleteButton, &QPushButton::clicked, this, &ProfilesDialog::deleteProfile);
    connect(ui->saveButton, &QPushButton::clicked, this, &ProfilesDialog::save);
    connect(ui->activeButton, &QPushButton::clicked, this, &ProfilesDialog::makeActive);
    connect(ui->testButton, &QPushButton::clicked, this, &ProfilesDialog::testConnection);
    connect(ui->closeButton, &QPushButton::clicked, this, &ProfilesDialog::reject);
    connect(ui->usePlaintextButton, &QPushButton::clicked, this, [this] {
        m_ui->usePlaintextButton->setVisible(false);
        m_ui->plaintextCheck->setChecked(true); // the user's explicit choice, made by this click
        save();
    });
    connect(m_test, &ConnectionTest::finished, this, &ProfilesDialog::onTestFinished);
    ui->saveButton->setDefault(true);
}

// --- the list --------------------------------------------------------------------------------------

void ProfilesDialog::refreshList(const QString& select)
{
    if (!m_profiles)
        return;
    QListWidget* list = m_ui->profileList;
    const QSignalBlocker blocker(list);
    list->clear();
    const QString active = m_profiles->defaultProfileName();
    int selectRow = -1;
    for (const Profile& p : m_profiles->list()) {
        QString text = p.name;
        if (p.emulator && p.name != Profile::emulatorProfileName())
            text = tr("%1 — local emulator (offline demo)").arg(p.name);
        if (p.name == active)
            text = tr("%1 (active)").arg(text);
        auto* item = new QListWidgetItem(text, list);
        item->setData(Qt::UserRole, p.name);
        item->setToolTip(p.emulator ? tr("Offline demo: talks to the local emulator, nothing is sent to "
                                         "Tencent Cloud.")
                                    : p.endpoint.displayName());
        if (p.name == active) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
        if (p.name == select)
            selectRow = list->count() - 1;
    }
    if (selectRow < 0 && select.isEmpty() && list->count() > 0 && m_loadedName.isEmpty() && !m_dirty)
        selectRow = 0;
    list->setCurrentRow(selectRow);
    m_currentRow = selectRow;
    if (selectRow >= 0 && list->item(selectRow)->data(Qt::UserRole).toString() != m_loadedName)
        loadProfile(list->item(selectRow)->data(Qt::UserRole).toString());
    m_ui->activeLabel->setText(active.isEmpty() ? tr("No active profile") : tr("Active: %1").arg(active));
    updateValidation();
}

void ProfilesDialog::selectProfile(const QString& name)
{
    for (int row = 0; row < m_ui->profileList->count(); ++row) {
        if (m_ui->profileList->item(row)->data(Qt::UserRole).toString() == name) {
            m_ui->profileList->setCurrentRow(row);
            return;
        }
    }
}

QString ProfilesDialog::activeProfileName() const
{
    return m_profiles ? m_profiles->defaultProfileName() : QString();
}

bool ProfilesDialog::mayDiscardChanges()
{
    if (!m_dirty)
        return true;
    return !confirmDiscard || confirmDiscard(m_loadedName);
}

void ProfilesDialog::onCurrentRowChanged(int row)
{
    if (row == m_currentRow)
        return;
    if (!mayDiscardChanges()) {
        const QSignalBlocker blocker(m_ui->profileList);
        m_ui->profileList->setCurrentRow(m_currentRow);
        return;
    }
    m_currentRow = row;
    if (row < 0)
        return;
    loadProfile(m_ui->profileList->item(row)->data(Qt::UserRole).toString());
}

void ProfilesDialog::loadProfile(const QString& name)
{
    if (!m_profiles)
        return;
    const std::optional<Profile> stored = m_profiles->profile(name);
    if (!stored)
        return;
    m_loadedName = name;
    m_loaded = *stored;
    m_dirty = false;
    fillForm(m_loaded);
    showStatus(QString());
    m_ui->usePlaintextButton->setVisible(false);

    SecretStore* store = storeFor(m_loaded);
    if (!store) {
        showStatus(tr("No secret store is available for this profile."), true);
        return;
    }
    const int generation = ++m_readGeneration;
    store->read(name, this, [this, generation, name](const Credentials& credentials, const QString& error) {
        if (generation != m_readGeneration || name != m_loadedName)
            return;
        if (!error.isEmpty()) {
            showStatus(tr("The secrets of \"%1\" could not be read: %2").arg(name, error), true);
            return;
        }
        m_loaded.credentials = credentials;
        if (m_dirty)
            return; // the user started typing meanwhile: keep their values
        m_loading = true;
        m_ui->secretIdEdit->setText(credentials.secretId);
        m_ui->secretKeyEdit->setText(credentials.secretKey);
        m_ui->tokenEdit->setText(credentials.token);
        m_loading = false;
        updateValidation();
    });
    if (m_loaded.proxy.usesPassword() && m_resolver) {
        m_resolver->readProxyPassword(
            m_loaded, this, [this, generation, name](const QString& password, const QString& error) {
                if (generation != m_readGeneration || name != m_loadedName)
                    return;
                if (!error.isEmpty()) {
                    showStatus(error, true);
                    return;
                }
                if (m_dirty)
                    return;
                m_loading = true;
                m_ui->proxyPasswordEdit->setText(password);
                m_loading = false;
            });
    }
}

void ProfilesDialog::fillForm(const Profile& p)
{
    m_loading = true;
    m_fields.fill(p);
    auto* ui = m_ui.get();
    ui->revealKeyButton->setChecked(false);
    ui->revealTokenButton->setChecked(false);
    ui->testResultLabel->clear();
    ui->testIconLabel->setVisible(false);
    m_loading = false;
    updateEndpointRows();
    updateProxyRows();
    updateStorage();
    updateValidation();
}

void ProfilesDialog::startDraft(const Profile& profile, const QString& message)
{
    Profile p = profile;
    if (p.name.isEmpty())
        p.name = uniqueName(tr("New profile"));
    ++m_readGeneration;
    m_loadedName.clear();
    m_loaded = Profile {};
    {
        const QSignalBlocker blocker(m_ui->profileList);
        m_ui->profileList->setCurrentRow(-1);
        m_currentRow = -1;
    }
    fillForm(p);
    m_dirty = true;
    m_ui->usePlaintextButton->setVisible(false);
    showStatus(message);
    updateValidation();
    m_ui->nameEdit->setFocus();
    m_ui->nameEdit->selectAll();
}

// --- the form ----------------------------------------------------------------------------------

ProfilesDialog::Preset ProfilesDialog::currentPreset() const
{
    return m_fields.preset();
}

Profile ProfilesDialog::formProfile() const
{
    return m_fields.profile();
}

ValidationIssues ProfilesDialog::formIssues() const
{
    return m_fields.issues(m_loadedName, m_profiles);
}

void ProfilesDialog::onEdited()
{
    if (m_loading)
        return;
    m_dirty = true;
    updateValidation();
}

void ProfilesDialog::onPresetChanged()
{
    if (!m_loading && currentPreset() == Preset::LocalEmulator) {
        m_loading = true;
        if (m_ui->urlEdit->text().trimmed().isEmpty())
            m_ui->urlEdit->setText(ProfileFormFields::defaultEmulatorUrl());
        if (m_ui->secretIdEdit->text().isEmpty() && m_ui->secretKeyEdit->text().isEmpty()) {
            m_ui->secretIdEdit->setText(QString::fromLatin1(kEmulatorDemoSecretId)); // the public demo pair
            m_ui->secretKeyEdit->setText(QString::fromLatin1(kEmulatorDemoSecretKey));
        }
        m_loading = false;
    }
    updateEndpointRows();
    updateStorage();
    onEdited();
}

void ProfilesDialog::updateProxyRows()
{
    m_fields.showProxyRows();
    growToFit();
}

void ProfilesDialog::growToFit()
{
    // Rows appear and wrapped notes get longer, but a window does not grow by itself (Qt does not pass
    // height-for-width up to it): without this, the new rows squeeze the wrapped labels and clip them.
    QTimer::singleShot(0, this, [this] {
        if (!layout())
            return;
        layout()->activate();
        const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                         : layout()->totalMinimumSize().height();
        if (needed > height())
            resize(width(), needed);
    });
}

void ProfilesDialog::updateEndpointRows()
{
    m_fields.showEndpointRows();
    growToFit();
}

SecretStore* ProfilesDialog::storeFor(const Profile& profile) const
{
    return m_resolver ? m_resolver->secretStoreFor(profile) : nullptr;
}

bool ProfilesDialog::plaintextAvailable() const
{
    Profile p;
    p.plaintextSecrets = true;
    const SecretStore* store = storeFor(p);
    return store && store->isPlaintext();
}

void ProfilesDialog::updateStorage()
{
    const Profile p = formProfile();
    const SecretStore* store = storeFor(p);
    const QString name = p.name.isEmpty() ? tr("this profile") : p.name;
    QString description = store ? store->storageDescription(name) : tr("no secret store is available");
    if (!description.isEmpty())
        description[0] = description[0].toUpper();
    description.replace(u'/', u"/\u200B"_s); // lets a long path wrap after each directory
    m_ui->storageLabel->setText(description + u'.');
    m_ui->plaintextCheck->setEnabled(!p.emulator);
}

void ProfilesDialog::updateValidation()
{
    const ValidationIssues issues = formIssues();
    const QStringList lines = m_fields.mark(issues);
    m_ui->validationLabel->setText(lines.join(u'\n'));
    m_ui->validationLabel->setVisible(!lines.isEmpty());

    const bool valid = issues.isEmpty();
    const bool draft = m_loadedName.isEmpty();
    const QString active = activeProfileName();
    m_ui->saveButton->setEnabled(valid && (m_dirty || draft) && !m_saving);
    m_ui->testButton->setEnabled(valid && !m_test->isRunning());
    m_ui->duplicateButton->setEnabled(!m_saving);
    m_ui->deleteButton->setEnabled(!draft && !m_saving);
    m_ui->activeButton->setEnabled(!draft && !m_dirty && !m_saving && m_loadedName != active);
    m_ui->activeButton->setToolTip(
        m_dirty ? tr("Save the profile first") : tr("Use this profile for new requests"));
}

QString ProfilesDialog::uniqueName(const QString& base) const
{
    auto taken = [this](const QString& n) { return m_profiles && m_profiles->contains(n); };
    QString name = base.left(Profile::kMaxNameLength);
    for (int i = 2; taken(name); ++i) {
        const QString suffix = u' ' + QString::number(i);
        name = base.left(Profile::kMaxNameLength - suffix.size()) + suffix;
    }
    return name;
}

void ProfilesDialog::showStatus(const QString& text, bool error)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setStyleSheet(error ? u"QLabel { color: #b3261e; }"_s : QString());
}

// --- actions -----------------------------------------------------------------------------------

void ProfilesDialog::newProfile()
{
    if (!mayDiscardChanges())
        return;
    startDraft(Profile {}, tr("A new profile: fill in the form and Save."));
}

void ProfilesDialog::duplicateProfile()
{
    if (!mayDiscardChanges())
        return;
    Profile p = formProfile(); // what is on screen, secrets included
    if (!m_dirty && !m_loadedName.isEmpty())
        p.credentials = m_loaded.credentials.secretId.isEmpty() ? p.credentials : m_loaded.credentials;
    p.name = uniqueName(tr("%1 (copy)").arg(p.name.isEmpty() ? tr("Profile") : p.name));
    startDraft(p, tr("A copy, not saved yet: rename it and Save."));
}

void ProfilesDialog::deleteProfile()
{
    if (m_loadedName.isEmpty() || !m_profiles || m_saving)
        return;
    const QString name = m_loadedName;
    if (confirmDelete && !confirmDelete(name))
        return;
    const bool wasActive = activeProfileName() == name;
    m_saving = true;
    updateValidation();
    m_manager->remove(name, this, [this, name, wasActive](const ProfileManager::Result& result) {
        m_saving = false;
        if (!result.isOk()) {
            showStatus(tr("The profile could not be deleted: %1").arg(result.error), true);
            updateValidation();
            return;
        }
        ++m_readGeneration;
        m_loadedName.clear();
        m_loaded = Profile {};
        m_dirty = false;
        m_currentRow = -1;
        refreshList(QString());
        if (m_ui->profileList->count() == 0)
            startDraft(Profile {}, tr("No profiles left: fill in the form and Save."));
        if (result.warning.isEmpty())
            showStatus(tr("Deleted \"%1\".").arg(name));
        else
            showStatus(result.warning, true);
        updateValidation();
        if (wasActive)
            emit activeProfileChanged(QString());
        emit profilesChanged();
    });
}

void ProfilesDialog::save()
{
    if (!m_profiles || m_saving || !formIssues().isEmpty())
        return;
    ProfileManager::Change change;
    change.profile = formProfile();
    change.previousName = m_loadedName;
    if (change.profile.proxy.usesPassword())
        change.proxyPassword = m_ui->proxyPasswordEdit->text();
    const Profile p = change.profile;
    m_saving = true;
    m_ui->usePlaintextButton->setVisible(false);
    showStatus(tr("Saving…"));
    updateValidation();

    const QString oldName = m_loadedName;
    const bool wasActive = !oldName.isEmpty() && activeProfileName() == oldName;
    m_manager->save(change, this, [this, p, oldName, wasActive](const ProfileManager::Result& result) {
        m_saving = false;
        using Step = ProfileManager::Result::Step;
        if (result.step == Step::Secrets) {
            Profile plain = p;
            plain.plaintextSecrets = true;
            const SecretStore* store = storeFor(p);
            if (store && !store->isPlaintext() && !p.emulator && plaintextAvailable()) {
                const SecretStore* plainStore = storeFor(plain);
                showStatus(
                    tr("The secrets could not be stored in the system keychain: %1. Nothing was saved. "
                       "You can keep them in a plain-text file instead (not recommended): %2, a file "
                       "readable and writable by you only (mode 0600), not encrypted.")
                        .arg(result.error, plainStore->storageDescription(p.name)),
                    true);
                m_ui->usePlaintextButton->setVisible(true);
            } else {
                showStatus(
                    tr("The secrets could not be stored: %1. Nothing was saved.").arg(result.error), true);
            }
            updateValidation();
            return;
        }
        if (!result.isOk()) {
            showStatus(result.step == Step::ProxyPassword
                    ? result.error
                    : tr("The profile could not be saved: %1").arg(result.error),
                true);
            updateValidation();
            return;
        }
        const bool renamed = !oldName.isEmpty() && oldName != p.name;
        m_loadedName = p.name;
        m_loaded = p;
        m_dirty = false;
        refreshList(p.name);
        if (result.warning.isEmpty())
            showStatus(tr("Saved \"%1\": %2.").arg(p.name, result.storageDescription));
        else
            showStatus(result.warning, true);
        updateValidation();
        if (renamed && wasActive)
            emit activeProfileChanged(p.name);
        emit profilesChanged();
    });
}

void ProfilesDialog::makeActive()
{
    if (!m_profiles || m_loadedName.isEmpty() || m_dirty)
        return;
    QString error;
    if (!m_manager->setDefault(m_loadedName, &error)) {
        showStatus(error, true);
        return;
    }
    refreshList(m_loadedName);
    showStatus(tr("\"%1\" is now the active profile.").arg(m_loadedName));
    emit activeProfileChanged(m_loadedName);
}

void ProfilesDialog::testConnection()
{
    if (!formIssues().isEmpty())
        return;
    m_ui->testBusy->setVisible(true);
    m_ui->testIconLabel->setVisible(false);
    m_ui->testResultLabel->setText(tr("Testing…"));
    m_test->test(formProfile(), m_ui->proxyPasswordEdit->text());
    updateValidation();
}

void ProfilesDialog::onTestFinished(const ConnectionTest::Result& result)
{
    m_lastTest = result;
    m_ui->testBusy->setVisible(false);
    const QStyle::StandardPixmap icon = result.isOk() ? QStyle::SP_DialogApplyButton
        : result.kind == ConnectionTest::Kind::NoNetwork || result.kind == ConnectionTest::Kind::ClockSkew
        ? QStyle::SP_MessageBoxWarning
        : QStyle::SP_MessageBoxCritical;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_ui->testIconLabel->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    m_ui->testIconLabel->setVisible(true);
    m_ui->testResultLabel->setText(result.message);
    updateValidation();
}

void ProfilesDialog::importFromEnvironment()
{
    if (!m_resolver || !mayDiscardChanges())
        return;
    const EnvCredentials env = EnvCredentials::fromEnvironment(m_resolver->environment());
    if (!env.isPresent()) {
        showStatus(tr("TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY are not set in this program's "
                      "environment."),
            true);
        return;
    }
    if (!env.error().isEmpty()) {
        showStatus(env.error(), true);
        return;
    }
    Profile p;
    p.name = uniqueName(tr("Environment"));
    p.credentials = env.credentials();
    p.region = env.region();
    startDraft(p, tr("Imported from the environment variables: review and Save."));
}

void ProfilesDialog::importFromTccli()
{
    if (!m_resolver || !mayDiscardChanges())
        return;
    const TccliProfiles tccli(m_resolver->homeDir());
    const QStringList names = tccli.profileNames();
    if (names.isEmpty()) {
        showStatus(tr("No profiles of the official CLI were found in %1.").arg(tccli.directory()), true);
        return;
    }
    QString name = names.first();
    if (names.size() > 1) {
        name = chooseTccliProfile
            ? chooseTccliProfile(names, TccliProfiles::selectedProfileName(m_resolver->environment()))
            : QString();
        if (name.isEmpty())
            return;
    }
    const TccliProfiles::Entry entry = tccli.read(name);
    if (!entry.isUsable()) {
        showStatus(entry.error.isEmpty() ? tr("The tccli profile \"%1\" has no credentials.").arg(name)
                                         : entry.error,
            true);
        return;
    }
    Profile p = entry.profile;
    p.name = uniqueName(tr("tccli %1").arg(name));
    p.plaintextSecrets = false;
    p.emulator = false;
    startDraft(p, tr("Imported from the tccli profile \"%1\": review and Save.").arg(name));
}

void ProfilesDialog::importFromSdkFile()
{
    if (!m_resolver || !mayDiscardChanges())
        return;
    const SdkCredentialsFile file(m_resolver->homeDir());
    const SdkCredentialsFile::Entry entry = file.read();
    if (!entry.isUsable()) {
        showStatus(
            entry.error.isEmpty() ? tr("%1 has no [default] section.").arg(file.displayPath()) : entry.error,
            true);
        return;
    }
    Profile p;
    p.name = uniqueName(tr("SDK credentials"));
    p.credentials = entry.credentials;
    startDraft(p, tr("Imported from %1: review and Save.").arg(file.displayPath()));
}

void ProfilesDialog::reject()
{
    if (!mayDiscardChanges())
        return;
    m_test->cancel();
    QDialog::reject();
}
