#pragma once

#include "core/profiles/ProfileStore.h"
#include "core/profiles/ResolvedCredentials.h"
#include "core/profiles/SecretStore.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QString>
#include <functional>

// Finds the credentials a call should use, in this order:
//   1. the profile named by the caller (ProfileStore + SecretStore); if it is missing or its secrets
//      cannot be read, that is the answer: an error, never a silent fall-through;
//   2. with no name given, the store's default profile, when one is set (same rule); a damaged
//      profile file is an error naming it, never a fall-through to the sources below;
//   3. the environment (TENCENTCLOUD_SECRET_ID...);
//   4. the official CLI's profile (~/.tccli/<TCCLI_PROFILE or default>.credential);
//   5. ~/.tencentcloud/credentials [default].
// A source that is present but broken (half a key pair, malformed JSON or INI) stops the search with
// an error naming it. Home directory and environment are injected; by default the real ones.
class CredentialResolver : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ResolvedCredentials& result)>;

    // Either may be null: then only the environment and the files are consulted.
    CredentialResolver(ProfileStore* profiles, SecretStore* secrets, QObject* parent = nullptr);

    void setHomeDir(const QString& homeDir) { m_homeDir = homeDir; }
    QString homeDir() const { return m_homeDir; }
    void setEnvironment(const QProcessEnvironment& environment) { m_environment = environment; }
    QProcessEnvironment environment() const { return m_environment; }
    // Stores for profiles with plaintextSecrets / emulator set; without them the main store is used.
    void setPlaintextSecretStore(SecretStore* store) { m_plaintextSecrets = store; }
    void setEmulatorSecretStore(SecretStore* store) { m_emulatorSecrets = store; }
    SecretStore* secretStoreFor(const Profile& profile) const;

    // Calls back from the event loop (never inside this call), unless context is destroyed first.
    void resolve(const QString& profileName, QObject* context, Callback callback);

    // The password of the profile's own proxy, from the profile's secret store ("" and no error when
    // the proxy has no user). Calls back from the event loop.
    using ProxyCallback = std::function<void(const QString& password, const QString& error)>;
    void readProxyPassword(const Profile& profile, QObject* context, ProxyCallback callback);

    // Steps 3-5 alone, synchronously.
    ResolvedCredentials resolveFromEnvironmentAndFiles() const;

private:
    void resolveProfile(const QString& name, QObject* context, Callback callback);
    void deliver(QObject* context, Callback callback, const ResolvedCredentials& result);

    QPointer<ProfileStore> m_profiles;
    QPointer<SecretStore> m_secrets;
    QPointer<SecretStore> m_plaintextSecrets;
    QPointer<SecretStore> m_emulatorSecrets;
    QString m_homeDir;
    QProcessEnvironment m_environment;
};
