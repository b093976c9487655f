#pragma once

#include "emulator/http/EmulatorConfig.h"
#include "emulator/http/IncomingRequest.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

// Checks one API request the way the service does (spec §2/§3): the headers, the Authorization
// header, the SecretId, the timestamp window, the credential scope and the TC3 signature, recomputed
// with Tc3Signer from the request as received (the Content-Type value byte for byte, the Host header
// without its port, the body bytes, X-TC-Timestamp, X-TC-Action). Pure: the time is an input.
class RequestAuthenticator
{
    Q_DECLARE_TR_FUNCTIONS(RequestAuthenticator)

public:
    struct Authorization
    {
        QString algorithm;
        QString secretId;
        QString date;
        QString service;
        QString terminator;
        QString signedHeaders;
        QByteArray signature;
    };

    struct Result
    {
        QString code; // empty: authenticated
        QString message;
        QString secretId; // known as soon as the Authorization header parses (for logs and rate limits)
        QString action;
        bool ok() const { return code.isEmpty(); }
    };

    // `actions`: the actions this emulator implements (others: InvalidAction).
    static Result authenticate(const IncomingRequest& request, const EmulatorConfig& config, qint64 nowSecs,
        const QStringList& actions);
    static std::optional<Authorization> parseAuthorization(const QByteArray& header, QString* why = nullptr);
};
