#include "core/profiles/KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

QString KeychainSecretStore::defaultServiceName()
{
    return u"aigc-audio-studio"_s;
}

KeychainSecretStore::KeychainSecretStore(QObject* parent, const QString& serviceName)
    : SecretStore(parent)
    , m_serviceName(serviceName)
{
}

QString KeychainSecretStore::storageDescription(const QString&) const
{
    return tr("secrets stored in the system keychain");
}

QString KeychainSecretStore::describeError(
    const QKeychain::Job* job, Operation operation, const QString& profileName) const
{
    QString detail = job->errorString().trimmed();
    if (detail.isEmpty())
        detail = tr("error %1").arg(int(job->error()));

    QString consequence;
    switch (operation) {
    case Operation::Read:
        consequence = tr("the secrets of profile \"%1\" could not be read").arg(profileName);
        break;
    case Operation::Write:
        consequence = tr("secrets were not saved");
        break;
    case Operation::Remove:
        consequence = tr("secrets were not removed");
        break;
    }

    switch (job->error()) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return tr("Access to the system keychain was denied (%1): %2").arg(detail, consequence);
    case QKeychain::CouldNotDeleteEntry:
        return tr("The system keychain could not delete the entry (%1): %2").arg(detail, consequence);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    default:
        // Without a D-Bus session, a Secret Service or a KWallet, QtKeychain reports OtherError
        // with the D-Bus/libsecret reason: all of these mean "there is no usable keychain".
        return tr("The system keychain is not available (%1): %2").arg(detail, consequence);
    }
}

void KeychainSecretStore::read(const QString& profileName, QObject* context, ReadCallback callback)
{
    auto* job = new QKeychain::ReadPasswordJob(m_serviceName, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(profileName);
    connect(job, &QKeychain::Job::finished, context ? context : this, [this, job, profileName, callback] {
        if (!callback)
            return;
        if (job->error() == QKeychain::EntryNotFound) {
            callback(Credentials(), QString());
            return;
        }
        if (job->error() != QKeychain::NoError) {
            callback(Credentials(), describeError(job, Operation::Read, profileName));
            return;
        }
        Credentials credentials;
        QString problem;
        if (!fromJson(job->textData().toUtf8(), &credentials, &problem)) {
            callback(Credentials(),
                tr("The keychain entry of profile \"%1\" is damaged (%2): save the profile's secrets again")
                    .arg(profileName, problem));
            return;
        }
        callback(credentials, QString());
    });
    job->start();
}

void KeychainSecretStore::write(
    const QString& profileName, const Credentials& credentials, QObject* context, DoneCallback callback)
{
    auto* job = new QKeychain::WritePasswordJob(m_serviceName, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(profileName);
    job->setTextData(QString::fromUtf8(toJson(credentials)));
    connect(job, &QKeychain::Job::finished, context ? context : this, [this, job, profileName, callback] {
        if (!callback)
            return;
        callback(job->error() == QKeychain::NoError ? QString()
                                                    : describeError(job, Operation::Write, profileName));
    });
    job->start();
}

void KeychainSecretStore::remove(const QString& profileName, QObject* context, DoneCallback callback)
{
    auto* job = new QKeychain::DeletePasswordJob(m_serviceName, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(profileName);
    connect(job, &QKeychain::Job::finished, context ? context : this, [this, job, profileName, callback] {
        if (!callback)
            return;
        const bool ok = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        callback(ok ? QString() : describeError(job, Operation::Remove, profileName));
    });
    job->start();
}
