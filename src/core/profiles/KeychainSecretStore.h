#pragma once

#include "core/profiles/SecretStore.h"

namespace QKeychain {
class Job;
}

// Secrets in the system keychain through QtKeychain (Secret Service / KWallet, macOS Keychain,
// Windows Credential Manager): one entry per profile under the service "aigc-audio-studio", holding
// {"secretId","secretKey","token"} as compact JSON. There is no silent fallback: when the keychain is
// unavailable the call fails and the error says so plainly.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    static QString defaultServiceName(); // "aigc-audio-studio"

    // Tests may pass another service name so they never touch the real entries.
    explicit KeychainSecretStore(
        QObject* parent = nullptr, const QString& serviceName = defaultServiceName());

    QString serviceName() const { return m_serviceName; }

    void read(const QString& profileName, QObject* context, ReadCallback callback) override;
    void write(const QString& profileName, const Credentials& credentials, QObject* context,
        DoneCallback callback) override;
    void remove(const QString& profileName, QObject* context, DoneCallback callback) override;
    QString storageDescription(const QString& profileName) const override;

private:
    enum class Operation
    {
        Read,
        Write,
        Remove
    };
    QString describeError(const QKeychain::Job* job, Operation operation, const QString& profileName) const;

    QString m_serviceName;
};
