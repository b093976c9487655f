#pragma once

#include "core/profiles/SecretStore.h"

// Secrets in plain-text JSON files, one per profile, in an injected directory: only ever used when the
// user explicitly chose it over the keychain. Each file is created with mode 0600 before the secret is
// written, and replaced atomically. isPlaintext() is true so that every place showing the profile can
// say "secrets stored in plain text at PATH".
class PlaintextSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit PlaintextSecretStore(const QString& directory, QObject* parent = nullptr);

    QString directory() const { return m_directory; }
    // <directory>/<profile name, percent-encoded where needed>.json
    QString filePath(const QString& profileName) const;

    void read(const QString& profileName, QObject* context, ReadCallback callback) override;
    void write(const QString& profileName, const Credentials& credentials, QObject* context,
        DoneCallback callback) override;
    void remove(const QString& profileName, QObject* context, DoneCallback callback) override;
    bool isPlaintext() const override { return true; }
    QString storageDescription(const QString& profileName) const override;

    // The synchronous work behind the asynchronous calls.
    QString readNow(const QString& profileName, Credentials* credentials) const;
    QString writeNow(const QString& profileName, const Credentials& credentials) const;
    QString removeNow(const QString& profileName) const;

private:
    QString m_directory;
};
