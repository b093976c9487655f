#pragma once

#include "core/profiles/Profile.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

class QSettings;

// The non-secret fields of every profile, in one INI file whose path is injected (the app passes its
// config location, tests a QTemporaryDir). SecretKey and token are never written here: only name,
// endpoint, region, SubAppId, language and the two flags. Unknown keys in a profile's section (a
// hand-edited secret, say) are dropped when the profile is saved.
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    explicit ProfileStore(const QString& filePath, QObject* parent = nullptr);
    ~ProfileStore() override;

    QString filePath() const { return m_filePath; }

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
    bool finish(QSettings& settings, QString* error) const;
    static void writeProfile(QSettings& settings, const Profile& profile);
    static Profile readProfile(QSettings& settings, const QString& name);

    QString m_filePath;
};
