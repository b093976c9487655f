#pragma once

#include "core/profiles/SecretStore.h"

#include <QHash>

// Secrets kept in memory only: tests, and the emulator's offline demo profile. setError() makes every
// call fail with that text, to play an unavailable keychain.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit MemorySecretStore(QObject* parent = nullptr);

    void read(const QString& profileName, QObject* context, ReadCallback callback) override;
    void write(const QString& profileName, const Credentials& credentials, QObject* context,
        DoneCallback callback) override;
    void remove(const QString& profileName, QObject* context, DoneCallback callback) override;
    QString storageDescription(const QString& profileName) const override;

    // Synchronous access for tests and for seeding the demo profile.
    void set(const QString& profileName, const Credentials& credentials)
    {
        m_secrets.insert(profileName, credentials);
    }
    Credentials get(const QString& profileName) const { return m_secrets.value(profileName); }
    bool contains(const QString& profileName) const { return m_secrets.contains(profileName); }
    int count() const { return int(m_secrets.size()); }
    void setError(const QString& error) { m_error = error; }

private:
    QHash<QString, Credentials> m_secrets;
    QString m_error;
};
