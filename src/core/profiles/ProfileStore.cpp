#include "core/profiles/ProfileStore.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const auto kProfilesGroup = "profiles"_L1;
const auto kDefaultKey = "defaultProfile"_L1;
const auto kFormatKey = "formatVersion"_L1;
const auto kSecretsToRemoveGroup = "secretsToRemove"_L1;

const auto kEndpoint = "endpoint"_L1;
const auto kRegion = "region"_L1;
const auto kSubAppId = "subAppId"_L1;
const auto kLanguage = "language"_L1;
const auto kPlaintextSecrets = "plaintextSecrets"_L1;
const auto kEmulator = "emulator"_L1;
const auto kProxy = "proxy"_L1; // ProxySettings::toString(): never a password

QString joinIssues(const ValidationIssues& issues)
{
    QStringList parts;
    for (const ValidationIssue& issue : issues)
        parts.append(issue.toString());
    return parts.join(u"; "_s);
}
} // namespace

ProfileStore::ProfileStore(const QString& filePath, QObject* parent)
    : QObject(parent)
    , m_filePath(filePath)
{
}

ProfileStore::~ProfileStore() = default;

std::unique_ptr<QSettings> ProfileStore::openSettings() const
{
    return std::make_unique<QSettings>(m_filePath, QSettings::IniFormat);
}

bool ProfileStore::finish(QSettings& settings, QString* error) const
{
    settings.sync();
    if (settings.status() == QSettings::NoError)
        return true;
    if (error) {
        *error = settings.status() == QSettings::AccessError
            ? tr("Could not write the profile file %1 (permission denied or disk full)")
                  .arg(QDir::toNativeSeparators(m_filePath))
            : tr("The profile file %1 is not a valid INI file").arg(QDir::toNativeSeparators(m_filePath));
    }
    return false;
}

QStringList ProfileStore::names() const
{
    auto settings = openSettings();
    settings->beginGroup(kProfilesGroup);
    QStringList result = settings->childGroups();
    settings->endGroup();
    std::sort(result.begin(), result.end(), [](const QString& a, const QString& b) {
        const int c = a.compare(b, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });
    return result;
}

QList<Profile> ProfileStore::list() const
{
    QList<Profile> result;
    auto settings = openSettings();
    for (const QString& name : names())
        result.append(readProfile(*settings, name));
    return result;
}

bool ProfileStore::contains(const QString& name) const
{
    if (name.isEmpty())
        return false;
    return names().contains(name);
}

std::optional<Profile> ProfileStore::profile(const QString& name) const
{
    if (!contains(name))
        return std::nullopt;
    auto settings = openSettings();
    return readProfile(*settings, name);
}

Profile ProfileStore::readProfile(QSettings& settings, const QString& name)
{
    Profile p;
    p.name = name;
    settings.beginGroup(kProfilesGroup);
    settings.beginGroup(name);
    p.endpoint = Endpoint::parse(settings.value(kEndpoint).toString());
    p.region = settings.value(kRegion).toString();
    const QString subAppId = settings.value(kSubAppId).toString().trimmed();
    if (!subAppId.isEmpty()) {
        bool ok = false;
        const quint64 value = subAppId.toULongLong(&ok);
        if (ok)
            p.subAppId = value;
    }
    p.language = settings.value(kLanguage).toString();
    p.plaintextSecrets = settings.value(kPlaintextSecrets, false).toBool();
    p.emulator = settings.value(kEmulator, false).toBool();
    QString proxyProblem;
    p.proxy = ProxySettings::parse(settings.value(kProxy).toString(), &proxyProblem);
    if (!proxyProblem.isEmpty())
        qWarning("profile \"%s\": the proxy setting is not understood (%s); using the system settings",
            qUtf8Printable(name), qUtf8Printable(proxyProblem));
    settings.endGroup();
    settings.endGroup();
    return p;
}

void ProfileStore::writeProfile(QSettings& settings, const Profile& p)
{
    settings.beginGroup(kProfilesGroup);
    settings.remove(p.name); // drop whatever was there, hand-edited extras included
    settings.beginGroup(p.name);
    settings.setValue(kEndpoint, p.endpoint.toString());
    if (!p.region.isEmpty())
        settings.setValue(kRegion, p.region);
    if (p.subAppId)
        settings.setValue(kSubAppId, QString::number(*p.subAppId));
    if (!p.language.isEmpty())
        settings.setValue(kLanguage, p.language);
    settings.setValue(kPlaintextSecrets, p.plaintextSecrets);
    settings.setValue(kEmulator, p.emulator);
    if (p.proxy.mode != ProxySettings::Mode::System)
        settings.setValue(kProxy, p.proxy.toString());
    settings.endGroup();
    settings.endGroup();
}

bool ProfileStore::save(const Profile& profile, QString* error)
{
    const ValidationIssues issues = profile.validate();
    if (!issues.isEmpty()) {
        if (error)
            *error = tr("The profile cannot be saved: %1").arg(joinIssues(issues));
        return false;
    }
    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = tr("Could not create the folder %1").arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    auto settings = openSettings();
    settings->setValue(kFormatKey, 1);
    writeProfile(*settings, profile);
    if (!finish(*settings, error))
        return false;
    Q_EMIT changed();
    return true;
}

bool ProfileStore::replace(const QString& previousName, const Profile& profile, QString* error)
{
    if (previousName.isEmpty() || previousName == profile.name)
        return save(profile, error);
    if (!contains(previousName)) {
        if (error)
            *error = tr("There is no profile named \"%1\"").arg(previousName);
        return false;
    }
    if (contains(profile.name)) {
        if (error)
            *error = tr("A profile named \"%1\" already exists").arg(profile.name);
        return false;
    }
    const ValidationIssues issues = profile.validate();
    if (!issues.isEmpty()) {
        if (error)
            *error = tr("The profile cannot be saved: %1").arg(joinIssues(issues));
        return false;
    }
    auto settings = openSettings();
    writeProfile(*settings, profile);
    settings->beginGroup(kProfilesGroup);
    settings->remove(previousName);
    settings->endGroup();
    if (settings->value(kDefaultKey).toString() == previousName)
        settings->setValue(kDefaultKey, profile.name);
    if (!finish(*settings, error))
        return false;
    Q_EMIT changed();
    return true;
}

QList<ProfileStore::SecretsToRemove> ProfileStore::secretsToRemove() const
{
    QList<SecretsToRemove> out;
    auto settings = openSettings();
    settings->beginGroup(kSecretsToRemoveGroup);
    for (const QString& key : settings->childKeys()) {
        for (const QString& store : settings->value(key).toStringList())
            out.append({ key, store });
    }
    settings->endGroup();
    return out;
}

bool ProfileStore::addSecretsToRemove(const SecretsToRemove& entry, QString* error)
{
    auto settings = openSettings();
    settings->beginGroup(kSecretsToRemoveGroup);
    QStringList stores = settings->value(entry.name).toStringList();
    if (!stores.contains(entry.store))
        stores.append(entry.store);
    settings->setValue(entry.name, stores);
    settings->endGroup();
    return finish(*settings, error);
}

bool ProfileStore::forgetSecretsToRemove(const SecretsToRemove& entry, QString* error)
{
    auto settings = openSettings();
    settings->beginGroup(kSecretsToRemoveGroup);
    QStringList stores = settings->value(entry.name).toStringList();
    stores.removeAll(entry.store);
    if (stores.isEmpty())
        settings->remove(entry.name);
    else
        settings->setValue(entry.name, stores);
    settings->endGroup();
    return finish(*settings, error);
}

bool ProfileStore::remove(const QString& name, QString* error)
{
    if (!contains(name)) {
        if (error)
            *error = tr("There is no profile named \"%1\"").arg(name);
        return false;
    }
    auto settings = openSettings();
    settings->beginGroup(kProfilesGroup);
    settings->remove(name);
    settings->endGroup();
    if (settings->value(kDefaultKey).toString() == name)
        settings->remove(kDefaultKey);
    if (!finish(*settings, error))
        return false;
    Q_EMIT changed();
    return true;
}

bool ProfileStore::rename(const QString& oldName, const QString& newName, QString* error)
{
    const std::optional<Profile> existing = profile(oldName);
    if (!existing) {
        if (error)
            *error = tr("There is no profile named \"%1\"").arg(oldName);
        return false;
    }
    if (oldName == newName)
        return true;
    if (contains(newName)) {
        if (error)
            *error = tr("A profile named \"%1\" already exists").arg(newName);
        return false;
    }
    Profile renamed = *existing;
    renamed.name = newName;
    const ValidationIssues issues = renamed.validate();
    if (!issues.isEmpty()) {
        if (error)
            *error = tr("The profile cannot be renamed: %1").arg(joinIssues(issues));
        return false;
    }
    auto settings = openSettings();
    writeProfile(*settings, renamed);
    settings->beginGroup(kProfilesGroup);
    settings->remove(oldName);
    settings->endGroup();
    if (settings->value(kDefaultKey).toString() == oldName)
        settings->setValue(kDefaultKey, newName);
    if (!finish(*settings, error))
        return false;
    Q_EMIT changed();
    return true;
}

QString ProfileStore::defaultProfileName() const
{
    auto settings = openSettings();
    const QString name = settings->value(kDefaultKey).toString();
    return contains(name) ? name : QString();
}

bool ProfileStore::setDefaultProfileName(const QString& name, QString* error)
{
    if (!name.isEmpty() && !contains(name)) {
        if (error)
            *error = tr("There is no profile named \"%1\"").arg(name);
        return false;
    }
    auto settings = openSettings();
    if (name.isEmpty())
        settings->remove(kDefaultKey);
    else
        settings->setValue(kDefaultKey, name);
    if (!finish(*settings, error))
        return false;
    Q_EMIT changed();
    return true;
}
