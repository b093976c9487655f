#pragma once

#include "core/signing/Credentials.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <functional>

// Where a profile's SecretId, SecretKey and token are kept, keyed by profile name. Asynchronous,
// because the system keychain is: every callback runs later from the event loop (never inside the
// call), and never once `context` has been destroyed. A null context means the store itself.
//
// read() of a profile with nothing stored gives empty credentials and no error; remove() of one is
// not an error either. Error texts never contain the SecretKey or the token.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(Credentials credentials, QString error)>;
    using DoneCallback = std::function<void(QString error)>;

    explicit SecretStore(QObject* parent = nullptr);
    ~SecretStore() override;

    virtual void read(const QString& profileName, QObject* context, ReadCallback callback) = 0;
    virtual void write(
        const QString& profileName, const Credentials& credentials, QObject* context, DoneCallback callback)
        = 0;
    virtual void remove(const QString& profileName, QObject* context, DoneCallback callback) = 0;

    // Moves the secrets of a renamed profile: read, write under the new name, remove the old entry.
    void rename(const QString& oldName, const QString& newName, QObject* context, DoneCallback callback);

    // True when the secrets sit in a readable file: every place that shows the profile says so.
    virtual bool isPlaintext() const { return false; }
    // For the user: "secrets stored in the system keychain", "secrets stored in plain text at PATH"...
    virtual QString storageDescription(const QString& profileName) const = 0;

    // The compact JSON kept in a keychain entry or a file: {"secretId":..,"secretKey":..,"token":..}.
    static QByteArray toJson(const Credentials& credentials);
    // False with a reason (never quoting the content) when the bytes are not that JSON.
    static bool fromJson(const QByteArray& json, Credentials* credentials, QString* problem);

protected:
    // Runs fn from the event loop, unless context is destroyed first.
    void deliverLater(QObject* context, std::function<void()> fn);
};
