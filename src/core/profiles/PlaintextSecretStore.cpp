#include "core/profiles/PlaintextSecretStore.h"

#include "core/support/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kGroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
} // namespace

PlaintextSecretStore::PlaintextSecretStore(const QString& directory, QObject* parent)
    : SecretStore(parent)
    , m_directory(QDir::cleanPath(directory))
{
}

QString PlaintextSecretStore::filePath(const QString& profileName) const
{
    // Letters, digits and -._~ stay readable; anything else (spaces, '/', non-ASCII) is %XX.
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(profileName));
    return m_directory + u'/' + encoded + u".json"_s;
}

QString PlaintextSecretStore::storageDescription(const QString& profileName) const
{
    return tr("secrets stored in plain text at %1").arg(QDir::toNativeSeparators(filePath(profileName)));
}

QString PlaintextSecretStore::readNow(const QString& profileName, Credentials* credentials) const
{
    *credentials = Credentials();
    const QString path = filePath(profileName);
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return tr("Could not read the secrets file %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    QString problem;
    if (!fromJson(file.readAll(), credentials, &problem)) {
        *credentials = Credentials();
        return tr("The secrets file %1 is %2").arg(QDir::toNativeSeparators(path), problem);
    }
    return {};
}

QString PlaintextSecretStore::writeNow(const QString& profileName, const Credentials& credentials) const
{
    const QString path = filePath(profileName);
    const QString nativePath = QDir::toNativeSeparators(path);
    QDir dir(m_directory);
    if (!dir.exists()) {
        if (!QDir().mkpath(m_directory))
            return tr("Could not create the folder %1: secrets were not saved")
                .arg(QDir::toNativeSeparators(m_directory));
        QFile::setPermissions(m_directory, kOwnerOnly | QFileDevice::ExeOwner);
    }

    // Owner-only before a single secret byte is written (AtomicFile creates it 0600), flushed to the
    // disk, then renamed over the old file; on any failure (a full disk) the old file stays.
    QString error;
    if (!AtomicFile::write(path, toJson(credentials) + '\n', &error))
        return tr("%1: secrets were not saved").arg(error);
    if (QFile::permissions(path) & kGroupOrOther)
        return tr("Could not make %1 readable by its owner only: secrets were not saved").arg(nativePath);
    return {};
}

QString PlaintextSecretStore::removeNow(const QString& profileName) const
{
    const QString path = filePath(profileName);
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.remove())
        return tr("Could not delete %1 (%2): secrets were not removed")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

void PlaintextSecretStore::read(const QString& profileName, QObject* context, ReadCallback callback)
{
    Credentials credentials;
    const QString error = readNow(profileName, &credentials);
    deliverLater(context, [callback, credentials, error] {
        if (callback)
            callback(credentials, error);
    });
}

void PlaintextSecretStore::write(
    const QString& profileName, const Credentials& credentials, QObject* context, DoneCallback callback)
{
    const QString error = writeNow(profileName, credentials);
    deliverLater(context, [callback, error] {
        if (callback)
            callback(error);
    });
}

void PlaintextSecretStore::remove(const QString& profileName, QObject* context, DoneCallback callback)
{
    const QString error = removeNow(profileName);
    deliverLater(context, [callback, error] {
        if (callback)
            callback(error);
    });
}
