#pragma once

#include "core/net/HttpExchange.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

// Turns a request the client made (an HttpExchange) into something a person can run themselves:
//
//   curl():  a POSIX-shell snippet that signs the same body with TC3-HMAC-SHA256 at run time, with
//            openssl, from TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY (and TENCENTCLOUD_TOKEN
//            when the original request carried a token), then POSTs it with curl. No signature and no
//            secret is embedded: the SecretId appears only as $TENCENTCLOUD_SECRET_ID.
//   tccli(): the official CLI's command, in the documented --cli-unfold-argument form
//            (`tccli vod CreateAigcAudioTask --cli-unfold-argument --OutputConfig.Duration 6 ...`);
//            credentials are left to tccli's own environment/profile handling.
//
// Pure functions: no I/O, no clock.
class CommandExport
{
public:
    struct Options
    {
        QString region; // X-TC-Region; empty: taken from the exchange's headers, if any
        QString language; // X-TC-Language; empty: taken from the exchange's headers, if any
        bool usedToken = false; // the request carried X-TC-Token (also detected from the headers)
    };

    static QString curl(const HttpExchange& exchange, const Options& options);
    static QString tccli(const HttpExchange& exchange, const Options& options);

    // One POSIX shell word: unchanged when it is made of safe characters only, otherwise in single
    // quotes with each embedded ' written as '\''. The empty string gives ''.
    static QString shellQuote(const QString& word);

    // One tccli parameter in unfold form: name "OutputConfig.Duration", values {"6"}; several values
    // for an array of scalars (--FileIds a b).
    struct TccliParameter
    {
        QString name;
        QStringList values;
    };
    static QList<TccliParameter> tccliParameters(const QJsonObject& body);

private:
    static void flatten(const QString& path, const QJsonValue& value, QList<TccliParameter>* params);
    static QString scalarText(const QJsonValue& value);
    static QByteArray header(const HttpExchange& exchange, const QByteArray& name);
};
