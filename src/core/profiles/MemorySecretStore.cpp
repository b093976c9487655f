#include "core/profiles/MemorySecretStore.h"

MemorySecretStore::MemorySecretStore(QObject* parent)
    : SecretStore(parent)
{
}

void MemorySecretStore::read(const QString& profileName, QObject* context, ReadCallback callback)
{
    const Credentials credentials = m_error.isEmpty() ? m_secrets.value(profileName) : Credentials();
    const QString error = m_error;
    deliverLater(context, [callback, credentials, error] {
        if (callback)
            callback(credentials, error);
    });
}

void MemorySecretStore::write(
    const QString& profileName, const Credentials& credentials, QObject* context, DoneCallback callback)
{
    if (m_error.isEmpty())
        m_secrets.insert(profileName, credentials);
    const QString error = m_error;
    deliverLater(context, [callback, error] {
        if (callback)
            callback(error);
    });
}

void MemorySecretStore::remove(const QString& profileName, QObject* context, DoneCallback callback)
{
    if (m_error.isEmpty())
        m_secrets.remove(profileName);
    const QString error = m_error;
    deliverLater(context, [callback, error] {
        if (callback)
            callback(error);
    });
}

QString MemorySecretStore::storageDescription(const QString&) const
{
    return tr("secrets kept in memory only (not saved)");
}
