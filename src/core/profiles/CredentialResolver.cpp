#include "core/profiles/CredentialResolver.h"

#include "core/profiles/EnvCredentials.h"
#include "core/profiles/ProfileStore.h"
#include "core/profiles/SdkCredentialsFile.h"
#include "core/profiles/SecretStore.h"
#include "core/profiles/TccliProfiles.h"
#include "core/support/HomePath.h"

#include <QDir>

using namespace Qt::StringLiterals;

CredentialResolver::CredentialResolver(ProfileStore* profiles, SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_homeDir(QDir::homePath())
    , m_environment(QProcessEnvironment::systemEnvironment())
{
}

SecretStore* CredentialResolver::secretStoreFor(const Profile& profile) const
{
    if (profile.emulator && m_emulatorSecrets)
        return m_emulatorSecrets;
    if (profile.plaintextSecrets && m_plaintextSecrets)
        return m_plaintextSecrets;
    return m_secrets;
}

void CredentialResolver::deliver(QObject* context, Callback callback, const ResolvedCredentials& result)
{
    QMetaObject::invokeMethod(
        context ? context : this,
        [callback, result] {
            if (callback)
                callback(result);
        },
        Qt::QueuedConnection);
}

void CredentialResolver::resolve(const QString& profileName, QObject* context, Callback callback)
{
    const QString name = profileName.trimmed();
    if (!name.isEmpty()) {
        resolveProfile(name, context, callback);
        return;
    }
    if (m_profiles) {
        // A damaged profiles.ini stops the search: its default profile may be in it.
        if (const QString damage = m_profiles->damage(); !damage.isEmpty()) {
            ResolvedCredentials result;
            result.sourceKind = ResolvedCredentials::Source::Profile;
            result.source = QDir::toNativeSeparators(m_profiles->filePath());
            result.error = damage;
            deliver(context, callback, result);
            return;
        }
        const QString defaultName = m_profiles->defaultProfileName();
        if (!defaultName.isEmpty()) {
            resolveProfile(defaultName, context, callback);
            return;
        }
    }
    deliver(context, callback, resolveFromEnvironmentAndFiles());
}

void CredentialResolver::resolveProfile(const QString& name, QObject* context, Callback callback)
{
    ResolvedCredentials result;
    result.sourceKind = ResolvedCredentials::Source::Profile;
    result.source = tr("profile \"%1\"").arg(name);
    const std::optional<Profile> profile = m_profiles ? m_profiles->profile(name) : std::nullopt;
    if (!profile) {
        const QStringList names = m_profiles ? m_profiles->names() : QStringList();
        const QString damage = m_profiles ? m_profiles->damage() : QString();
        result.error = !damage.isEmpty() ? tr("There is no profile named \"%1\": %2").arg(name, damage)
            : names.isEmpty()
            ? tr("There is no profile named \"%1\" (no profiles exist yet)").arg(name)
            : tr("There is no profile named \"%1\" (profiles: %2)").arg(name, names.join(u", "_s));
        deliver(context, callback, result);
        return;
    }
    result.profile = *profile;
    SecretStore* store = secretStoreFor(*profile);
    if (!store) {
        result.error = tr("Profile \"%1\": no secret store is available to read its secrets").arg(name);
        deliver(context, callback, result);
        return;
    }
    result.storage = store->storageDescription(name);
    result.plaintextSecrets = store->isPlaintext();

    const QPointer<QObject> guard(context ? context : this);
    const QPointer<CredentialResolver> self(this);
    store->read(name, this,
        [self, guard, callback, result, name](const Credentials& credentials, const QString& error) {
            if (!guard || !callback)
                return;
            ResolvedCredentials r = result;
            if (!error.isEmpty()) {
                r.error = tr("Profile \"%1\": %2").arg(name, error);
            } else if (!credentials.isComplete()) {
                r.error
                    = tr("Profile \"%1\" has no SecretId and SecretKey saved (%2): enter them in the profile")
                          .arg(name, r.storage);
            } else {
                r.credentials = credentials;
                r.profile.credentials = credentials;
            }
            if (!r.error.isEmpty() || !r.profile.proxy.usesPassword()) {
                callback(r);
                return;
            }
            self->readProxyPassword(
                r.profile, guard, [callback, r](const QString& password, const QString& e) {
                    ResolvedCredentials withProxy = r;
                    withProxy.proxyPassword = password;
                    withProxy.error = e;
                    callback(withProxy);
                });
        });
}

void CredentialResolver::readProxyPassword(const Profile& profile, QObject* context, ProxyCallback callback)
{
    SecretStore* store = secretStoreFor(profile);
    if (!profile.proxy.usesPassword() || !store) {
        QMetaObject::invokeMethod(
            context ? context : this,
            [callback] {
                if (callback)
                    callback(QString(), QString());
            },
            Qt::QueuedConnection);
        return;
    }
    const QString name = profile.name;
    const QPointer<QObject> guard(context ? context : this);
    store->read(ProxySettings::secretEntryName(name), this,
        [guard, callback, name](const Credentials& entry, const QString& error) {
            if (!guard || !callback)
                return;
            callback(entry.secretKey,
                error.isEmpty() ? QString() : tr("Profile \"%1\": the proxy password: %2").arg(name, error));
        });
}

ResolvedCredentials CredentialResolver::resolveFromEnvironmentAndFiles() const
{
    ResolvedCredentials result;

    // 3. The environment.
    const EnvCredentials env = EnvCredentials::fromEnvironment(m_environment);
    if (env.isPresent()) {
        result.sourceKind = ResolvedCredentials::Source::Environment;
        result.source = tr("environment");
        if (!env.error().isEmpty()) {
            result.error = tr("Environment: %1").arg(env.error());
            return result;
        }
        result.credentials = env.credentials();
        result.profile.region = env.region();
        result.profile.credentials = result.credentials;
        return result;
    }

    // 4. The official CLI's profile.
    const TccliProfiles tccli(m_homeDir);
    const QString tccliName = TccliProfiles::selectedProfileName(m_environment);
    const TccliProfiles::Entry entry = tccli.read(tccliName);
    if (entry.found || !entry.error.isEmpty()) {
        result.sourceKind = ResolvedCredentials::Source::TccliProfile;
        result.source = tr("tccli profile \"%1\" (%2)")
                            .arg(tccliName, HomePath::display(entry.credentialPath, m_homeDir));
        if (!entry.error.isEmpty()) {
            result.error = entry.error;
            return result;
        }
        result.profile = entry.profile;
        result.credentials = entry.profile.credentials;
        return result;
    }

    // 5. The SDKs' shared file.
    const SdkCredentialsFile sdkFile(m_homeDir);
    const SdkCredentialsFile::Entry sdk = sdkFile.read(u"default"_s);
    if (sdk.found) {
        result.sourceKind = ResolvedCredentials::Source::SdkCredentialsFile;
        result.source = tr("%1 [%2]").arg(sdkFile.displayPath(), sdk.section);
        if (!sdk.error.isEmpty()) {
            result.error = sdk.error;
            return result;
        }
        result.credentials = sdk.credentials;
        result.profile.credentials = sdk.credentials;
        return result;
    }

    result.error
        = tr("No credentials found. Tried: the default profile (none is set); the environment (%1 and %2 "
             "are not set); %3; %4 [default]. Create a profile, or set %1 and %2.")
              .arg(EnvCredentials::kSecretId, EnvCredentials::kSecretKey,
                  HomePath::display(entry.credentialPath, m_homeDir), sdkFile.displayPath());
    return result;
}
