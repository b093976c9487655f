#include "core/profiles/ProfileManager.h"

#include "core/net/ProxySettings.h"
#include "core/profiles/CredentialResolver.h"
#include "core/profiles/SecretStore.h"

#include <QCoreApplication>
#include <QTimer>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Calls done(result) from the event loop, unless context is gone by then.
void deliver(QObject* context, const ProfileManager::Done& done, const ProfileManager::Result& result)
{
    QTimer::singleShot(0, context ? context : qApp, [done, result] {
        if (done)
            done(result);
    });
}

// Calls done(result) now, unless context is gone: for the last step of a chain that is already
// running from the event loop.
void reply(const QPointer<QObject>& context, bool hadContext, const ProfileManager::Done& done,
    const ProfileManager::Result& result)
{
    if ((hadContext && !context) || !done)
        return;
    done(result);
}

ProfileManager::Result failure(ProfileManager::Result::Step step, const QString& error)
{
    ProfileManager::Result r;
    r.step = step;
    r.error = error;
    return r;
}

// Reads the secrets of `name` from `from` (when it is set) or takes `given`, then writes them to `to`
// under `newName`; then(error).
void copyOrWrite(SecretStore* from, const QString& name, std::optional<Credentials> given, SecretStore* to,
    const QString& newName, QObject* context, std::function<void(QString)> then)
{
    if (given) {
        to->write(newName, *given, context, then);
        return;
    }
    from->read(name, context, [to, newName, context, then](Credentials credentials, QString error) {
        if (!error.isEmpty()) {
            then(error);
            return;
        }
        if (credentials.secretId.isEmpty() && credentials.secretKey.isEmpty()) {
            then(QString()); // nothing was stored: nothing to carry over
            return;
        }
        to->write(newName, credentials, context, then);
    });
}

} // namespace

ProfileManager::ProfileManager(ProfileStore* profiles, CredentialResolver* resolver, QObject* parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_resolver(resolver)
{
}

QString ProfileManager::storeKind(const Profile& profile)
{
    if (profile.emulator)
        return u"memory"_s;
    return profile.plaintextSecrets ? u"plaintext"_s : u"keychain"_s;
}

SecretStore* ProfileManager::storeFor(const Profile& profile) const
{
    return m_resolver ? m_resolver->secretStoreFor(profile) : nullptr;
}

SecretStore* ProfileManager::storeOfKind(const QString& kind) const
{
    Profile p;
    p.emulator = kind == "memory"_L1;
    p.plaintextSecrets = kind == "plaintext"_L1;
    return storeFor(p);
}

bool ProfileManager::setDefault(const QString& name, QString* error)
{
    return m_profiles && m_profiles->setDefaultProfileName(name, error);
}

void ProfileManager::removeSecrets(
    const ProfileStore::SecretsToRemove& entry, std::function<void(QString)> callback)
{
    SecretStore* store = storeOfKind(entry.store);
    if (!store) {
        callback(tr("no secret store is available"));
        return;
    }
    const QPointer<ProfileStore> profiles = m_profiles;
    store->remove(ProxySettings::secretEntryName(entry.name), this, [](const QString&) {});
    store->remove(entry.name, this, [profiles, entry, callback](const QString& error) {
        if (error.isEmpty() && profiles)
            profiles->forgetSecretsToRemove(entry);
        callback(error);
    });
}

void ProfileManager::save(const Change& change, QObject* context, Done done)
{
    using Step = Result::Step;
    const Profile p = change.profile;
    if (!m_profiles) {
        deliver(context, done, failure(Step::ProfileFile, tr("no profile file is open")));
        return;
    }
    if (const ValidationIssues issues = p.validate(); !issues.isEmpty()) {
        deliver(context, done, failure(Step::Invalid, issues.first().toString()));
        return;
    }
    std::optional<Profile> previous;
    if (!change.previousName.isEmpty()) {
        previous = m_profiles->profile(change.previousName);
        if (!previous) {
            deliver(context, done,
                failure(Step::Invalid, tr("There is no profile named \"%1\"").arg(change.previousName)));
            return;
        }
    }
    if (p.name != change.previousName && m_profiles->contains(p.name)) {
        deliver(
            context, done, failure(Step::Invalid, tr("A profile named \"%1\" already exists").arg(p.name)));
        return;
    }
    SecretStore* store = storeFor(p);
    if (!store) {
        deliver(
            context, done, failure(Step::Secrets, tr("No secret store is available: nothing was saved.")));
        return;
    }
    SecretStore* oldStore = previous ? storeFor(*previous) : nullptr;
    // The secrets move when the profile is renamed or changes stores: they go to an entry no profile
    // names yet, and the old entry is left behind.
    const bool moved = previous && (previous->name != p.name || oldStore != store);
    const bool newEntry = !previous || moved;
    const ProfileStore::SecretsToRemove fresh { p.name, storeKind(p) };
    const ProfileStore::SecretsToRemove left { change.previousName,
        previous ? storeKind(*previous) : QString() };

    QString fileError;
    if (newEntry && !m_profiles->addSecretsToRemove(fresh, &fileError)) {
        deliver(context, done, failure(Step::ProfileFile, fileError));
        return;
    }
    // Something failed before the profile was saved: the new entry goes again, nothing else changed.
    const QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    auto abandon = [this, newEntry, fresh, guard, hadContext, done](const Result& result) {
        if (newEntry)
            removeSecrets(fresh, [](const QString&) {});
        reply(guard, hadContext, done, result);
    };

    // 3. The profile, then what it left behind.
    auto saveProfile = [=, this] {
        QString error;
        if (moved && !m_profiles->addSecretsToRemove(left, &error)) {
            abandon(failure(Step::ProfileFile, error));
            return;
        }
        if (!m_profiles->replace(change.previousName, p, &error)) {
            if (moved)
                m_profiles->forgetSecretsToRemove(left);
            abandon(failure(Step::ProfileFile, error));
            return;
        }
        if (newEntry)
            m_profiles->forgetSecretsToRemove(fresh);
        if (change.makeDefault || (change.defaultWhenNone && m_profiles->defaultProfileName().isEmpty()))
            m_profiles->setDefaultProfileName(p.name);
        Result result;
        result.storageDescription = store->storageDescription(p.name);
        if (!p.proxy.usesPassword() && !moved)
            store->remove(ProxySettings::secretEntryName(p.name), this, [](const QString&) {});
        if (!moved) {
            reply(guard, hadContext, done, result);
            return;
        }
        removeSecrets(
            left, [guard, hadContext, done, result, name = change.previousName](const QString& removeError) {
                Result r = result;
                if (!removeError.isEmpty())
                    r.warning
                        = tr("The secrets of \"%1\" could not be removed yet (%2); they will be at the next "
                             "start.")
                              .arg(name, removeError);
                reply(guard, hadContext, done, r);
            });
    };

    // 2. The proxy password, beside the secrets, under its own entry.
    auto writeProxyPassword = [=, this] {
        const QString entry = ProxySettings::secretEntryName(p.name);
        if (!p.proxy.usesPassword() || (!change.proxyPassword && !moved)) {
            saveProfile();
            return;
        }
        std::optional<Credentials> given;
        if (change.proxyPassword)
            given = Credentials { p.proxy.user, *change.proxyPassword, {} };
        copyOrWrite(oldStore, ProxySettings::secretEntryName(change.previousName), given, store, entry, this,
            [=](const QString& error) {
                if (!error.isEmpty()) {
                    abandon(failure(Step::ProxyPassword,
                        tr("The proxy password could not be stored: %1. Nothing was saved.").arg(error)));
                    return;
                }
                saveProfile();
            });
    };

    // 1. The secrets.
    if (!change.secretsChanged && !moved) {
        QTimer::singleShot(0, this, writeProxyPassword); // the answer comes from the event loop
        return;
    }
    std::optional<Credentials> given;
    if (change.secretsChanged)
        given = p.credentials;
    copyOrWrite(oldStore, change.previousName, given, store, p.name, this, [=](const QString& error) {
        if (!error.isEmpty()) {
            abandon(failure(Step::Secrets, error));
            return;
        }
        writeProxyPassword();
    });
}

void ProfileManager::remove(const QString& name, QObject* context, Done done)
{
    using Step = Result::Step;
    const std::optional<Profile> p = m_profiles ? m_profiles->profile(name) : std::nullopt;
    if (!p) {
        deliver(context, done, failure(Step::Invalid, tr("There is no profile named \"%1\"").arg(name)));
        return;
    }
    const ProfileStore::SecretsToRemove entry { name, storeKind(*p) };
    QString error;
    if (!m_profiles->addSecretsToRemove(entry, &error)) {
        deliver(context, done, failure(Step::ProfileFile, error));
        return;
    }
    if (!m_profiles->remove(name, &error)) {
        m_profiles->forgetSecretsToRemove(entry);
        deliver(context, done, failure(Step::ProfileFile, error));
        return;
    }
    removeSecrets(entry,
        [guard = QPointer<QObject>(context), hadContext = context != nullptr, done, name](
            const QString& removeError) {
            Result r;
            if (!removeError.isEmpty())
                r.warning
                    = tr("The profile \"%1\" was deleted, but its secrets could not be removed yet (%2); "
                         "they will be at the next start.")
                          .arg(name, removeError);
            reply(guard, hadContext, done, r);
        });
}

void ProfileManager::cleanUp(QObject* context, std::function<void(int removed)> done)
{
    const QList<ProfileStore::SecretsToRemove> entries
        = m_profiles ? m_profiles->secretsToRemove() : QList<ProfileStore::SecretsToRemove>();
    auto pending = std::make_shared<int>(0);
    auto removed = std::make_shared<int>(0);
    auto finishOne = [context, done, pending, removed] {
        if (--*pending == 0 && done)
            QTimer::singleShot(0, context ? context : qApp, [done, removed] { done(*removed); });
    };
    for (const ProfileStore::SecretsToRemove& entry : entries) {
        // Still the secrets of a profile of that name in that store: a crash stopped a change before
        // the profile file moved on, and they are not orphans.
        const std::optional<Profile> owner = m_profiles->profile(entry.name);
        if (owner && storeKind(*owner) == entry.store) {
            m_profiles->forgetSecretsToRemove(entry);
            continue;
        }
        ++*pending;
        removeSecrets(entry, [removed, finishOne](const QString& error) {
            if (error.isEmpty())
                ++*removed;
            finishOne();
        });
    }
    if (*pending == 0 && done)
        QTimer::singleShot(0, context ? context : qApp, [done] { done(0); });
}
