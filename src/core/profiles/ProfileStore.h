#pragma once

#include "core/profiles/Profile.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

class QSettings;

// The non-secret fields of every profile, in one INI file whose path is injected (the app passes its
// config location, tests a QTemporaryDir). SecretKey and token are never written here: only name,
// endpoint, region, SubAppId, language and the two flags. Unknown keys in a profile's section (a
// hand-edited secret, say) are dropped when the profile is saved.
//
// Every change is written to a new file beside it (AtomicFile), read back, and only then renamed over
// the old one: on a full disk the old file stays and the error says "the disk is full". The file ends
// with an end marker ([~end]); a file that is not INI, lacks a profile's endpoint or secret-storage
// flags, or ends without the marker (cut short) is damaged: it reads as no profiles, damage() says why
// naming the file, and the next change moves it aside to "<file>.corrupt-<date>" (notice()) instead
// of writing over it.
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    explicit ProfileStore(const QString& filePath, QObject* parent = nullptr);
    ~ProfileStore() override;

    QString filePath() const { return m_filePath; }
    // "" when the file is absent or sound; else "The profile file ... is damaged (why)".
    QString damage() const;
    // After a change: what happened beside it (the damaged file moved aside), else "".
    QString notice() const { return m_notice; }

    QStringList names() const; // sorted, case-insensitively
    QList<Profile> list() const; // in names() order, credentials empty
    bool contains(const QString& name) const;
    // The stored profile (credentials empty), or nullopt when there is none by that name.
    std::optional<Profile> profile(const QString& name) const;

    // Adds or replaces the profile of that name. Refuses an invalid profile (error lists the issues).
    bool save(const Profile& profile, QString* error = nullptr);
    // Saves profile in place of the profile previousName, in one write of the file: a rename when the
    // names differ (the default follows), an add when previousName is empty. Refuses a name taken by
    // another profile.
    bool replace(const QString& previousName, const Profile& profile, QString* error = nullptr);
    bool remove(const QString& name, QString* error = nullptr);
    // Keeps the default pointing at the profile. Refuses when newName is taken or invalid.
    // Secrets are keyed by name too: move them with SecretStore::rename.
    bool rename(const QString& oldName, const QString& newName, QString* error = nullptr);

    // "" when none is set or the named profile no longer exists.
    QString defaultProfileName() const;
    // "" clears the default; otherwise the profile must exist.
    bool setDefaultProfileName(const QString& name, QString* error = nullptr);

    // Secrets that may be left without their profile: a remove or a rename records the old entries here
    // in the same write that changes the profile, and ProfileManager forgets them once the secret store
    // has removed them; what a crash left behind is removed at the next start.
    struct SecretsToRemove
    {
        QString name; // the secret entry's profile name
        QString store; // ProfileManager's name of the store: keychain, plaintext, memory
    };
    QList<SecretsToRemove> secretsToRemove() const;
    bool addSecretsToRemove(const SecretsToRemove& entry, QString* error = nullptr);
    bool forgetSecretsToRemove(const SecretsToRemove& entry, QString* error = nullptr);

signals:
    void changed();

private:
    std::unique_ptr<QSettings> openSettings() const;
    bool usable() const { return damage().isEmpty(); }
    // Applies `edit` to a copy of the file, checks the copy with `verify` ("" = as expected), then
    // puts it in place. On failure nothing changes and *error says why.
    bool change(const std::function<void(QSettings&)>& edit,
        const std::function<QString(const ProfileStore& written)>& verify, QString* error);
    static QString damageOf(const QString& path);
    // "" when `written` has exactly the `expected` profiles, that default and, given one, `profile`
    // with its endpoint and secret-storage flags; else what differs.
    static QString readsBack(const ProfileStore& written, QStringList expected, const QString& defaultName,
        const Profile* profile = nullptr);
    static void writeProfile(QSettings& settings, const Profile& profile);
    static Profile readProfile(QSettings& settings, const QString& name);

    QString m_filePath;
    QString m_notice;
};
