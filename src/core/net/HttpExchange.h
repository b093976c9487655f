#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

// One request and its answer as they crossed the wire, for the request inspector and logs.
// Secrets never enter it: the token header is replaced, the SecretKey is never part of a request.
struct HttpExchange
{
    QUrl url;
    QString action;
    qint64 timestamp = 0; // X-TC-Timestamp
    QList<QPair<QByteArray, QByteArray>> requestHeaders;
    QByteArray requestBody;
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    int httpStatus = 0;
    QList<QPair<QByteArray, QByteArray>> responseHeaders;
    QByteArray responseBody;
    qint64 elapsedMs = 0;

    static constexpr const char* kRedacted = "***redacted***";
};
