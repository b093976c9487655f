#pragma once

#include "core/profiles/Profile.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// The official CLI's profiles (spec §8): ~/.tccli/<name>.credential, JSON {secretId, secretKey, token?},
// and ~/.tccli/<name>.configure, JSON {"_sys_param":{"region","output","language"},"vod":{"endpoint",
// "version"}} (older files keep "region" at the top level). Pure: the home directory is injected.
class TccliProfiles
{
    Q_DECLARE_TR_FUNCTIONS(TccliProfiles)

public:
    struct Entry
    {
        QString name;
        bool found = false; // the .credential file exists
        // name, endpoint (from vod.endpoint), region, language, and the credentials.
        Profile profile;
        QString credentialPath;
        QString configurePath;
        // Set when a file exists but is unusable; names the file ("~/.tccli/x.credential") and the problem.
        QString error;

        bool isUsable() const { return found && error.isEmpty(); }
    };

    explicit TccliProfiles(const QString& homeDir);

    QString homeDir() const { return m_homeDir; }
    QString directory() const; // <home>/.tccli
    QString credentialPath(const QString& name) const;
    QString configurePath(const QString& name) const;

    // Every profile with a .credential or a .configure file, sorted.
    QStringList profileNames() const;
    // TCCLI_PROFILE when set, else "default".
    static QString selectedProfileName(const QProcessEnvironment& environment);

    Entry read(const QString& name) const;

private:
    QString displayPath(const QString& path) const;
    QString m_homeDir;
};
