#pragma once

#include "emulator/http/EmulatorInfo.h"
#include "emulator/http/FaultConfig.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// Everything an EmulatorServer can be told, settable from C++ (tests, the app's in-process emulator)
// and from the command line (EmulatorCommandLine). Defaults are the documented ones.
struct EmulatorConfig
{
    // SecretId -> SecretKey pairs that authenticate; default: the demo pair of EmulatorInfo.h.
    QList<QPair<QString, QString>> credentials { { QString::fromLatin1(kEmulatorDemoSecretId),
        QString::fromLatin1(kEmulatorDemoSecretKey) } };
    QString token; // non-empty: X-TC-Token must equal it (AuthFailure.TokenFailure)
    quint64 accountId = kEmulatorDefaultAccountId; // TaskId prefix when a request has no SubAppId
    QList<quint64> subAppIds; // accepted SubAppIds; empty = any
    double taskSeconds = 4.0; // processing time of a task (WAITING for the first 10%)
    QStringList blockedWords = EmulatorInfo::defaultBlockedWords();
    QString dataDir; // empty: state in memory only
    int createPerSecond = 20; // per SecretId; 0 = unlimited
    int readPerSecond = 100; // per SecretId and read action; 0 = unlimited
    qint64 clockOffsetSeconds = 0; // the emulator's clock runs this far from the injected clock
    int queryWindowHours = 72; // tasks older than this are gone (DescribeTaskDetail/DescribeTasks)
    int temporaryUrlDays = 7; // a Temporary output's FileUrl expires this long after FINISH
    int maxSignatureSkewSeconds = 300; // AuthFailure.SignatureExpire beyond this
    qint64 uploadCredentialSeconds = 3600; // lifetime of ApplyUpload's TempCertificate
    bool log = false; // one line per request on stderr
    // What one connection may cost (HttpRequestParser, HttpConnection): a request head (431 beyond),
    // a body (413 beyond; uploads spill to disk), a head that trickles in, a connection left idle.
    qint64 maxHeadBytes = 64 * 1024;
    qint64 maxBodyBytes = 2 * 1024 * 1024; // API calls and every request but PUT
    qint64 maxUploadBytes = 5LL * 1024 * 1024 * 1024; // a PUT (object upload)
    int headerTimeoutMs = 30'000;
    int idleTimeoutMs = 120'000;
    // Rendered outputs kept in memory, least recently used first out (on disk with dataDir they stay).
    qint64 renderCacheBytes = 64 * 1024 * 1024;
    FaultConfig faults;

    QString secretKeyFor(const QString& secretId) const
    {
        for (const auto& [id, key] : credentials) {
            if (id == secretId)
                return key;
        }
        return {};
    }
    bool hasSecretId(const QString& secretId) const
    {
        for (const auto& pair : credentials) {
            if (pair.first == secretId)
                return true;
        }
        return false;
    }
};
