#pragma once

#include <QString>

// The temporary object-storage credentials ApplyUpload hands out (TempCertificate): they authorise
// one object key until expiresAtSecs (Unix seconds).
struct CosCredentials
{
    QString secretId;
    QString secretKey;
    QString token;
    qint64 expiresAtSecs = 0;

    bool isEmpty() const { return secretId.isEmpty() || secretKey.isEmpty(); }
};
