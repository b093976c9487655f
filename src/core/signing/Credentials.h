#pragma once

#include <QString>

// A key pair, and a token for temporary (STS) credentials. Never logged, never shown whole.
struct Credentials
{
    QString secretId;
    QString secretKey;
    QString token;

    bool isComplete() const { return !secretId.trimmed().isEmpty() && !secretKey.isEmpty(); }
    // "AKID****Wcf": enough to recognise, not enough to use.
    static QString maskId(const QString& secretId);
    bool operator==(const Credentials&) const = default;
};
