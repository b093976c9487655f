#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// The object-storage "q-sign" signature (spec §7), exactly as cos-nodejs-sdk-v5's
// COS.getAuthorization computes it. Pure: no network, no clock; the KeyTime is an input.
// Reproduces ../shared/vectors/cos_sign_vectors.json.
//
// Details of the SDK that this reproduces (util.js getAuth):
//  - the object key goes into the FormatString verbatim (raw UTF-8, not percent-encoded), with a '/'
//    put in front unless it already starts with one;
//  - only some headers are signed: names containing "x-cos-" or "x-ci-", or one of a fixed list
//    (host, content-length, content-type, content-md5, range, ...); the others are ignored;
//  - names and values are percent-encoded (all but A-Z a-z 0-9 - _ . ~), then names are lower-cased,
//    so a name's escapes come out as "%e5" while a value's stay "%E5"; an empty value gives "name=";
//  - the "k=v" pairs are ordered by the lower-cased raw name, while q-header-list and
//    q-url-param-list are ordered by the lower-cased encoded name (these differ only for names with
//    characters that get encoded);
//  - the method is lower-cased (empty: "get").
class CosSigner
{
public:
    // Name/value pairs in the caller's order; a name given twice keeps its first place and last value.
    using Pairs = QList<QPair<QString, QString>>;

    struct Input
    {
        QString secretId;
        QString secretKey;
        QString method; // any case; empty: get
        QString key; // object key, with or without the leading '/'
        Pairs query; // the request's query parameters, e.g. {"uploads", ""} or {"partNumber", "3"}
        Pairs headers; // the request's headers; only the ones the SDK signs are used
        QString keyTime; // "<start>;<end>", Unix seconds
        // Optional, like the SDK's Bucket/Region: when neither "Host" nor "host" is among the headers,
        // Host = <bucket>.cos.<region>.myqcloud.com is signed.
        QString bucket;
        QString region;
    };

    struct Output
    {
        QByteArray signKey; // hex(HMAC_SHA1(SecretKey, KeyTime))
        QByteArray pathname; // "/" + key, raw UTF-8
        QByteArray httpParameters; // "k=v&..."
        QByteArray httpHeaders; // "k=v&..."
        QByteArray formatString; // the SDK's FormatString ("HttpString" in the docs)
        QByteArray formatStringSha1; // hex(SHA1(formatString))
        QByteArray stringToSign;
        QByteArray signature;
        QByteArray headerList; // q-header-list
        QByteArray urlParamList; // q-url-param-list
        QByteArray authorization; // the Authorization header value
        Pairs signedHeaders; // the headers that were signed, as given (after the Host default)
    };

    static Output sign(const Input& in);

    // Percent-encodes all but A-Z a-z 0-9 - _ . ~ (so ! ' ( ) * are encoded), upper-case hex, UTF-8.
    static QByteArray urlEncode(const QString& text);
    // Whether the SDK signs a header of this name (any case).
    static bool isSignedHeader(const QString& name);
    // "START;END": two non-negative decimal integers, START <= END.
    static bool isValidKeyTime(const QString& keyTime);
    static QByteArray hmacSha1Hex(const QByteArray& key, const QByteArray& message);
    static QByteArray sha1Hex(const QByteArray& data);
};
