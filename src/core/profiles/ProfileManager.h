#pragma once

#include "core/profiles/Profile.h"
#include "core/profiles/ProfileStore.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>
#include <optional>

class CredentialResolver;
class SecretStore;

// Every change to the saved profiles and their secrets, for the Profiles dialog and `aigc-audio
// profiles` alike, in one order that a crash between two steps cannot leave half-done:
//   - secrets (and a proxy password) are written before the profile that names them;
//   - a profile is removed (or renamed) before the secrets it leaves behind;
//   - secrets that may lose their profile are first recorded in the profile file, and removed at the
//     next start (cleanUp()) when a crash stopped their removal.
// The secret stores are the resolver's (keychain, plain-text file, or the emulator's memory).
class ProfileManager : public QObject
{
    Q_OBJECT

public:
    ProfileManager(ProfileStore* profiles, CredentialResolver* resolver, QObject* parent = nullptr);

    // What save() is to do.
    struct Change
    {
        Profile profile; // as it is to be saved; its credentials count when secretsChanged
        QString previousName; // the saved profile it replaces ("" for a new one); another name renames
        bool secretsChanged = true; // false: the stored secrets stay (and follow a rename)
        std::optional<QString> proxyPassword; // a new one; nullopt: the stored one stays (and follows)
        bool makeDefault = false;
        // The profile becomes the default when none is set (the CLI's `add`; the app chooses its
        // active profile itself).
        bool defaultWhenNone = false;
    };

    // How a change ended. step names what failed, for the caller's own advice (the dialog offers the
    // plain-text file when the keychain refuses; the CLI says --plaintext).
    struct Result
    {
        enum class Step
        {
            None,
            Invalid, // the profile breaks a rule, or the name is taken: nothing was done
            Secrets, // the secret store refused: nothing was saved
            ProxyPassword, // the proxy password was refused: nothing was saved
            ProfileFile, // the profile file could not be written: the secrets written are cleaned up
        };
        Step step = Step::None;
        QString error;
        // The change is done, but something left behind could not be removed yet (it will be).
        QString warning;
        QString storageDescription; // where the secrets now are, for the user
        bool isOk() const { return step == Step::None; }
    };
    using Done = std::function<void(const Result& result)>;

    // Both call back later from the event loop, unless context is destroyed first.
    void save(const Change& change, QObject* context, Done done);
    void remove(const QString& name, QObject* context, Done done);
    bool setDefault(const QString& name, QString* error = nullptr);

    // Removes the secrets a crash left without their profile; done(removed) when finished.
    void cleanUp(QObject* context, std::function<void(int removed)> done = {});

    ProfileStore* profiles() const { return m_profiles; }
    // The store of a profile, and the name under which the profile file records it.
    SecretStore* storeFor(const Profile& profile) const;
    static QString storeKind(const Profile& profile);

private:
    // Removes the secret entries (and the proxy password entry) of `name` from the store of `kind`,
    // then forgets the record; callback(error).
    void removeSecrets(const ProfileStore::SecretsToRemove& entry, std::function<void(QString)> callback);
    SecretStore* storeOfKind(const QString& kind) const;

    QPointer<ProfileStore> m_profiles;
    QPointer<CredentialResolver> m_resolver;
};
