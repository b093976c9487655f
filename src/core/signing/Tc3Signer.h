#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// TC3-HMAC-SHA256, exactly as the official SDKs sign a POST (spec §2). Pure: no network, no clock;
// the timestamp is an input. Reproduces ../shared/vectors/tc3_sign_vectors.json.
class Tc3Signer
{
public:
    struct Input
    {
        QString secretId;
        QString secretKey;
        QString token; // empty: long-term key, no X-TC-Token
        QString host; // hostname, a port is stripped before signing
        QString
            service; // empty: the first DNS label of host if it is a *.tencentcloudapi.com host, else "vod"
        QString action;
        QString version = QStringLiteral("2018-07-17");
        QString region; // empty: no X-TC-Region
        QString language; // empty: no X-TC-Language
        QString requestClient; // empty: no X-TC-RequestClient
        qint64 timestamp = 0; // Unix seconds
        QByteArray payload; // the exact body bytes that go on the wire
        QByteArray contentType = QByteArrayLiteral("application/json");
    };

    struct Output
    {
        QByteArray hashedPayload;
        QByteArray canonicalRequest;
        QByteArray hashedCanonicalRequest;
        QString date; // YYYY-MM-DD, UTC
        QByteArray credentialScope;
        QByteArray stringToSign;
        QByteArray signature;
        QByteArray authorization;
        // Every header the client sends, in the order it sends them.
        QList<QPair<QByteArray, QByteArray>> headers;

        QByteArray header(const QByteArray& name) const;
    };

    static Output sign(const Input& in);

    // Hostname without port, lower-cased ("vod.tencentcloudapi.com:8443" -> "vod.tencentcloudapi.com").
    static QString hostWithoutPort(const QString& host);
    // The service name the SDKs derive from a host; "vod" for anything that is not a Tencent Cloud API host.
    static QString serviceForHost(const QString& host);
    static QString utcDate(qint64 timestamp);
    static QByteArray hmacSha256(const QByteArray& key, const QByteArray& message);
    static QByteArray sha256Hex(const QByteArray& data);
};
