#include "core/profiles/TccliProfiles.h"

#include "core/support/HomePath.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// The JSON object in path, or an error naming displayPath and the problem. A missing file gives an
// empty object and no error; *exists says which.
QJsonObject readJsonObject(const QString& path, const QString& displayPath, bool* exists, QString* error)
{
    QFile file(path);
    *exists = file.exists();
    if (!*exists)
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        *error = TccliProfiles::tr("%1: cannot be read (%2)").arg(displayPath, file.errorString());
        return {};
    }
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &err);
    if (err.error != QJsonParseError::NoError) {
        *error = TccliProfiles::tr("%1: not valid JSON (%2 at character %3)")
                     .arg(displayPath, err.errorString())
                     .arg(err.offset);
        return {};
    }
    if (!doc.isObject()) {
        *error = TccliProfiles::tr("%1: not a JSON object").arg(displayPath);
        return {};
    }
    return doc.object();
}

// A string member; a present non-string value is an error naming the key.
QString stringMember(const QJsonObject& o, QLatin1StringView key, const QString& displayPath, QString* error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString()) {
        if (error->isEmpty())
            *error = TccliProfiles::tr("%1: \"%2\" must be a string").arg(displayPath, key);
        return {};
    }
    return v.toString().trimmed();
}
} // namespace

TccliProfiles::TccliProfiles(const QString& homeDir)
    : m_homeDir(homeDir)
{
}

QString TccliProfiles::directory() const
{
    return HomePath::join(m_homeDir, u".tccli"_s);
}

QString TccliProfiles::credentialPath(const QString& name) const
{
    return directory() + u'/' + name + u".credential"_s;
}

QString TccliProfiles::configurePath(const QString& name) const
{
    return directory() + u'/' + name + u".configure"_s;
}

QString TccliProfiles::displayPath(const QString& path) const
{
    return HomePath::display(path, m_homeDir);
}

QStringList TccliProfiles::profileNames() const
{
    const QDir dir(directory());
    QStringList names;
    const QFileInfoList files = dir.entryInfoList(
        { u"*.credential"_s, u"*.configure"_s }, QDir::Files | QDir::Readable | QDir::Hidden);
    for (const QFileInfo& info : files) {
        const QString base = info.completeBaseName();
        if (!base.isEmpty() && !names.contains(base))
            names.append(base);
    }
    std::sort(names.begin(), names.end());
    return names;
}

QString TccliProfiles::selectedProfileName(const QProcessEnvironment& environment)
{
    const QString name = environment.value(u"TCCLI_PROFILE"_s).trimmed();
    return name.isEmpty() ? u"default"_s : name;
}

TccliProfiles::Entry TccliProfiles::read(const QString& name) const
{
    Entry entry;
    entry.name = name;
    entry.profile.name = name;
    entry.credentialPath = credentialPath(name);
    entry.configurePath = configurePath(name);
    if (name.isEmpty() || name.contains(u'/') || name.contains(u'\\')) {
        entry.error = tr("\"%1\" is not a tccli profile name").arg(name);
        return entry;
    }

    const QString credentialDisplay = displayPath(entry.credentialPath);
    QString error;
    const QJsonObject credential
        = readJsonObject(entry.credentialPath, credentialDisplay, &entry.found, &error);
    if (!entry.found)
        return entry;
    if (error.isEmpty()) {
        Credentials& c = entry.profile.credentials;
        c.secretId = stringMember(credential, "secretId"_L1, credentialDisplay, &error);
        c.secretKey = stringMember(credential, "secretKey"_L1, credentialDisplay, &error);
        c.token = stringMember(credential, "token"_L1, credentialDisplay, &error);
        if (error.isEmpty() && c.secretId.isEmpty())
            error = tr("%1: \"secretId\" is missing or empty").arg(credentialDisplay);
        else if (error.isEmpty() && c.secretKey.isEmpty())
            error = tr("%1: \"secretKey\" is missing or empty").arg(credentialDisplay);
    }
    if (!error.isEmpty()) {
        entry.profile.credentials = Credentials();
        entry.error = error;
        return entry;
    }

    // The .configure file is optional; when present it must make sense.
    const QString configureDisplay = displayPath(entry.configurePath);
    bool configureExists = false;
    const QJsonObject configure
        = readJsonObject(entry.configurePath, configureDisplay, &configureExists, &error);
    if (configureExists && error.isEmpty()) {
        const QJsonValue sysValue = configure.value("_sys_param"_L1);
        const QJsonValue vodValue = configure.value("vod"_L1);
        if (!sysValue.isUndefined() && !sysValue.isNull() && !sysValue.isObject())
            error = tr("%1: \"_sys_param\" must be an object").arg(configureDisplay);
        else if (!vodValue.isUndefined() && !vodValue.isNull() && !vodValue.isObject())
            error = tr("%1: \"vod\" must be an object").arg(configureDisplay);
        const QJsonObject sys = sysValue.toObject();
        const QJsonObject vod = vodValue.toObject();

        QString region = stringMember(sys, "region"_L1, configureDisplay, &error);
        if (region.isEmpty()) // older layout: region at the top level
            region = stringMember(configure, "region"_L1, configureDisplay, &error);
        QString language = stringMember(sys, "language"_L1, configureDisplay, &error);
        if (language.isEmpty())
            language = stringMember(configure, "language"_L1, configureDisplay, &error);
        const QString endpointText = stringMember(vod, "endpoint"_L1, configureDisplay, &error);

        if (error.isEmpty() && !region.isEmpty() && !Profile::isValidRegion(region))
            error = tr("%1: region \"%2\" is not a region name such as ap-singapore")
                        .arg(configureDisplay, region);
        if (error.isEmpty()) {
            QString endpointError;
            const Endpoint endpoint = Endpoint::parse(endpointText, &endpointError);
            if (!endpoint.isValid())
                error = tr("%1: vod endpoint: %2")
                            .arg(configureDisplay,
                                endpointError.isEmpty() ? tr("\"%1\" is not valid").arg(endpointText)
                                                        : endpointError);
            else
                entry.profile.endpoint = endpoint;
        }
        entry.profile.region = region;
        // Only the values the API knows; anything else (tccli accepts more) means "not chosen".
        entry.profile.language = Profile::languages().contains(language) ? language : QString();
    }
    if (!error.isEmpty()) {
        entry.profile.credentials = Credentials();
        entry.error = error;
    }
    return entry;
}
