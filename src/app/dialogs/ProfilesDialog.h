#pragma once

#include "app/dialogs/ProfileFormFields.h"
#include "core/profiles/ConnectionTest.h"
#include "core/profiles/Profile.h"
#include "core/profiles/ProfileManager.h"
#include "core/support/ValidationIssue.h"

#include <QDialog>
#include <QPointer>
#include <functional>
#include <memory>

class Clock;
class CredentialResolver;
class ProfileStore;
class QNetworkAccessManager;
class QWidget;
class SecretStore;

namespace Ui {
class ProfilesDialog;
}

// Create, edit, duplicate, delete, import and test connection profiles, and choose the active one.
// Non-secret fields go to the ProfileStore; SecretId, SecretKey and token go to the store that
// CredentialResolver::secretStoreFor() names for the profile (the system keychain unless the user
// ticked the plain-text option). A keychain failure is shown, and the plain-text file is offered as an
// explicit choice, never used silently. No secret ever reaches a tooltip, an accessible description,
// a log or QSettings.
//
// Scriptable for tests: every control has an objectName (nameEdit, endpointCombo, ..., saveButton),
// and the questions the dialog asks go through the std::function members below.
class ProfilesDialog : public QDialog
{
    Q_OBJECT

public:
    using Preset = ProfileFormFields::Preset;

    ProfilesDialog(ProfileStore* profiles, CredentialResolver* resolver, QNetworkAccessManager* network,
        Clock* clock, QWidget* parent = nullptr);
    ~ProfilesDialog() override;

    void selectProfile(const QString& name);
    QString activeProfileName() const;
    // The stored profile being edited ("" for a new, unsaved one).
    QString currentProfileName() const { return m_loadedName; }
    bool hasUnsavedChanges() const { return m_dirty; }
    // The form's values as a profile, credentials included, and what is wrong with them.
    Profile formProfile() const;
    ValidationIssues formIssues() const;
    // The last "Test connection" result (kind Other with an empty message before any test).
    ConnectionTest::Result lastTestResult() const { return m_lastTest; }

    // Questions the dialog asks; tests replace them. Defaults: message boxes and an item dialog.
    std::function<bool(const QString& profileName)> confirmDelete;
    std::function<bool(const QString& profileName)> confirmDiscard; // unsaved changes would be lost
    std::function<QString(const QStringList& tccliProfiles, const QString& preselected)> chooseTccliProfile;

signals:
    void activeProfileChanged(const QString& name);
    // After every save or delete (for a caller that lists profiles elsewhere).
    void profilesChanged();

public slots:
    void reject() override;

private:
    void setupControls();
    void refreshList(const QString& select);
    void onCurrentRowChanged(int row);
    void loadProfile(const QString& name);
    void fillForm(const Profile& profile);
    void startDraft(const Profile& profile, const QString& message);
    bool mayDiscardChanges();
    void onEdited();
    void onPresetChanged();
    void updateEndpointRows();
    void updateProxyRows();
    void growToFit();
    void updateStorage();
    void updateValidation();
    Preset currentPreset() const;
    QString uniqueName(const QString& base) const;
    SecretStore* storeFor(const Profile& profile) const;
    bool plaintextAvailable() const;

    void newProfile();
    void duplicateProfile();
    void deleteProfile();
    void save();
    void makeActive();
    void testConnection();
    void onTestFinished(const ConnectionTest::Result& result);
    void importFromEnvironment();
    void importFromTccli();
    void importFromSdkFile();
    void showStatus(const QString& text, bool error = false);

    std::unique_ptr<Ui::ProfilesDialog> m_ui;
    ProfileFormFields m_fields;
    QPointer<ProfileStore> m_profiles;
    QPointer<CredentialResolver> m_resolver;
    ProfileManager* m_manager; // every change to the profiles and their secrets
    ConnectionTest* m_test;
    ConnectionTest::Result m_lastTest;
    QString m_loadedName; // "" while editing a new profile
    Profile m_loaded; // the stored profile as loaded, credentials included once read
    int m_currentRow = -1;
    int m_readGeneration = 0;
    bool m_loading = false;
    bool m_dirty = false;
    bool m_saving = false;
};
