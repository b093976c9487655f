#include "core/profiles/ProfileStore.h"

#include "core/support/AtomicFile.h"
#include "core/support/PrivateFiles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const auto kProfilesGroup = "profiles"_L1;
const auto kDefaultKey = "defaultProfile"_L1;
const auto kFormatKey = "formatVersion"_L1;
const auto kSecretsToRemoveGroup = "secretsToRemove"_L1;
// Version 2 files end with this key (QSettings writes "~" sections last): a file cut short lacks it.
constexpr int kFormatVersion = 2;
const auto kEndKey = "~end/complete"_L1;

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
    // Readable by its owner only, a file an older version left readable by others too.
    QString error;
    if (!PrivateFiles::restrictFile(m_filePath, &error))
        qWarning("%s", qUtf8Printable(error));
}

ProfileStore::~ProfileStore() = default;

std::unique_ptr<QSettings> ProfileStore::openSettings() const
{
    return std::make_unique<QSettings>(m_filePath, QSettings::IniFormat);
}

QString ProfileStore::damage() const
{
    const QString why = damageOf(m_filePath);
    return why.isEmpty()
        ? QString()
        : tr("The profile file %1 is damaged (%2)").arg(QDir::toNativeSeparators(m_filePath), why);
}

QString ProfileStore::damageOf(const QString& path)
{
    if (!QFileInfo::exists(path))
        return {};
    // Every file this program writes has its format version (an empty one is what a full disk left).
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && file.readAll().trimmed().isEmpty())
        return tr("it is empty");
    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError)
        return tr("it is not a valid INI file");
    // Without formatVersion: a file made by hand, accepted when it has profiles; a file cut short
    // within its [General] section (written first) has none.
    if (!settings.contains(kFormatKey) && !settings.childGroups().contains(kProfilesGroup))
        return tr("it has no formatVersion and no profiles: it was cut short or is not a profile file");
    bool number = false;
    const int version = settings.value(kFormatKey, u"1"_s).toString().toInt(&number);
    if (!number || version < 1)
        return tr("formatVersion is \"%1\", not a version").arg(settings.value(kFormatKey).toString());
    if (version >= kFormatVersion && settings.value(kEndKey).toString() != "true"_L1)
        return tr("it ends early: the end marker is missing, the file was cut short");
    settings.beginGroup(kProfilesGroup);
    for (const QString& name : settings.childGroups()) {
        settings.beginGroup(name);
        // Where the secrets are kept must never be guessed: the flags are there, and true or false.
        QStringList required { kEndpoint };
        if (version >= kFormatVersion)
            required << kPlaintextSecrets << kEmulator;
        for (const QString& key : std::as_const(required)) {
            if (!settings.contains(key))
                return tr("profile \"%1\" has no %2").arg(name, key);
        }
        for (const auto key : { kPlaintextSecrets, kEmulator }) {
            const QString value = settings.value(key, u"false"_s).toString();
            if (value != "true"_L1 && value != "false"_L1)
                return tr("profile \"%1\": %2 is \"%3\", not true or false").arg(name, key, value);
        }
        QString why;
        if (!Endpoint::parse(settings.value(kEndpoint).toString(), &why).isValid())
            return tr("profile \"%1\": the endpoint is not valid (%2)").arg(name, why);
        const QString subAppId = settings.value(kSubAppId).toString();
        number = true;
        if (!subAppId.isEmpty())
            subAppId.toULongLong(&number);
        if (!number)
            return tr("profile \"%1\": SubAppId \"%2\" is not a number").arg(name, subAppId);
        settings.endGroup();
    }
    settings.endGroup();
    return {};
}

bool ProfileStore::change(const std::function<void(QSettings&)>& edit,
    const std::function<QString(const ProfileStore&)>& verify, QString* error)
{
    m_notice.clear();
    const auto failed = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    const QString native = QDir::toNativeSeparators(m_filePath);
    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath()))
        return failed(
            tr("Could not create the folder %1").arg(QDir::toNativeSeparators(info.absolutePath())));

    // The current content, or nothing: a damaged file is moved aside, never written over.
    QByteArray current;
    if (info.exists()) {
        const QString damaged = damage();
        if (!damaged.isEmpty()) {
            const QString aside
                = m_filePath + u".corrupt-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
            if (!QFile::rename(m_filePath, aside))
                return failed(tr("%1, and it could not be moved aside to %2: nothing was changed")
                                  .arg(damaged, QDir::toNativeSeparators(aside)));
            m_notice = tr("%1: it was moved to %2 and a new file was started")
                           .arg(damaged, QDir::toNativeSeparators(aside));
        } else {
            QFile file(m_filePath);
            if (!file.open(QIODevice::ReadOnly))
                return failed(tr("Could not read %1: %2").arg(native, file.errorString()));
            current = file.readAll();
        }
    }

    QString why;
    const QString staging = AtomicFile::createTemporary(m_filePath, current, &why);
    if (staging.isEmpty())
        return failed(tr("Could not save the profiles: %1; %2 is unchanged").arg(why, native));
    QSettings::Status status = QSettings::NoError;
    {
        QSettings settings(staging, QSettings::IniFormat);
        edit(settings);
        settings.setValue(kFormatKey, kFormatVersion);
        settings.setValue(kEndKey, true);
        settings.sync();
        status = settings.status();
    }
    // What was written is read back: a writer that failed quietly (a full disk) is caught here.
    QString problem = status == QSettings::NoError ? damageOf(staging) : tr("the write failed");
    if (problem.isEmpty())
        problem = verify(ProfileStore(staging));
    if (!problem.isEmpty()) {
        AtomicFile::discard(staging);
        const QString full = AtomicFile::diskFullText(info.absolutePath());
        return failed(
            tr("Could not save the profiles: %1; %2 is unchanged")
                .arg(full.isEmpty() ? tr("the new file did not read back (%1)").arg(problem) : full, native));
    }
    if (!AtomicFile::commit(staging, m_filePath, &why))
        return failed(tr("Could not save the profiles: %1; %2 is unchanged").arg(why, native));
    Q_EMIT changed();
    return true;
}

QStringList ProfileStore::names() const
{
    if (!usable())
        return {};
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
    QStringList expected = names();
    if (!expected.contains(profile.name))
        expected.append(profile.name);
    const QString defaultName = defaultProfileName();
    return change([&profile](QSettings& settings) { writeProfile(settings, profile); },
        [&](const ProfileStore& written) { return readsBack(written, expected, defaultName, &profile); },
        error);
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
    QStringList expected = names();
    expected.removeAll(previousName);
    expected.append(profile.name);
    QString defaultName = defaultProfileName();
    if (defaultName == previousName)
        defaultName = profile.name;
    return change(
        [&](QSettings& settings) {
            writeProfile(settings, profile);
            settings.beginGroup(kProfilesGroup);
            settings.remove(previousName);
            settings.endGroup();
            if (settings.value(kDefaultKey).toString() == previousName)
                settings.setValue(kDefaultKey, profile.name);
        },
        [&](const ProfileStore& written) { return readsBack(written, expected, defaultName, &profile); },
        error);
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
    const QStringList expected = names();
    const QString defaultName = defaultProfileName();
    return change(
        [&entry](QSettings& settings) {
            settings.beginGroup(kSecretsToRemoveGroup);
            QStringList stores = settings.value(entry.name).toStringList();
            if (!stores.contains(entry.store))
                stores.append(entry.store);
            settings.setValue(entry.name, stores);
            settings.endGroup();
        },
        [&](const ProfileStore& written) { return readsBack(written, expected, defaultName); }, error);
}

bool ProfileStore::forgetSecretsToRemove(const SecretsToRemove& entry, QString* error)
{
    const QStringList expected = names();
    const QString defaultName = defaultProfileName();
    return change(
        [&entry](QSettings& settings) {
            settings.beginGroup(kSecretsToRemoveGroup);
            QStringList stores = settings.value(entry.name).toStringList();
            stores.removeAll(entry.store);
            if (stores.isEmpty())
                settings.remove(entry.name);
            else
                settings.setValue(entry.name, stores);
            settings.endGroup();
        },
        [&](const ProfileStore& written) { return readsBack(written, expected, defaultName); }, error);
}

bool ProfileStore::remove(const QString& name, QString* error)
{
    if (!contains(name)) {
        if (error)
            *error = tr("There is no profile named \"%1\"").arg(name);
        return false;
    }
    QStringList expected = names();
    expected.removeAll(name);
    QString defaultName = defaultProfileName();
    if (defaultName == name)
        defaultName.clear();
    return change(
        [&name](QSettings& settings) {
            settings.beginGroup(kProfilesGroup);
            settings.remove(name);
            settings.endGroup();
            if (settings.value(kDefaultKey).toString() == name)
                settings.remove(kDefaultKey);
        },
        [&](const ProfileStore& written) { return readsBack(written, expected, defaultName); }, error);
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
    QStringList expected = names();
    expected.removeAll(oldName);
    expected.append(newName);
    QString defaultName = defaultProfileName();
    if (defaultName == oldName)
        defaultName = newName;
    return change(
        [&](QSettings& settings) {
            writeProfile(settings, renamed);
            settings.beginGroup(kProfilesGroup);
            settings.remove(oldName);
            settings.endGroup();
            if (settings.value(kDefaultKey).toString() == oldName)
                settings.setValue(kDefaultKey, newName);
        },
        [&](const ProfileStore& written) { return readsBack(written, expected, defaultName, &renamed); },
        error);
}

QString ProfileStore::defaultProfileName() const
{
    if (!usable())
        return {};
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
    const QStringList expected = names();
    return change(
        [&name](QSettings& settings) {
            if (name.isEmpty())
                settings.remove(kDefaultKey);
            else
                settings.setValue(kDefaultKey, name);
        },
        [&](const ProfileStore& written) { return readsBack(written, expected, name); }, error);
}

QString ProfileStore::readsBack(
    const ProfileStore& written, QStringList expected, const QString& defaultName, const Profile* profile)
{
    std::sort(expected.begin(), expected.end());
    QStringList got = written.names();
    std::sort(got.begin(), got.end());
    if (got != expected)
        return tr("profiles %1 instead of %2").arg(got.join(u", "_s), expected.join(u", "_s));
    if (written.defaultProfileName() != defaultName)
        return tr("default \"%1\" instead of \"%2\"").arg(written.defaultProfileName(), defaultName);
    if (!profile)
        return {};
    const std::optional<Profile> stored = written.profile(profile->name);
    if (!stored || stored->plaintextSecrets != profile->plaintextSecrets
        || stored->emulator != profile->emulator
        || stored->endpoint.toString() != Endpoint::parse(profile->endpoint.toString()).toString())
        return tr("profile \"%1\" did not read back as written").arg(profile->name);
    return {};
}
