#include "core/net/HttpExchangeJson.h"

#include "core/support/JsonFields.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

QJsonArray headersToJson(const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QJsonArray out;
    for (const auto& h : headers) {
        const bool secret = h.first.compare("X-TC-Token", Qt::CaseInsensitive) == 0;
        out.append(QJsonArray { QString::fromLatin1(h.first),
            secret ? QString::fromLatin1(HttpExchange::kRedacted) : QString::fromUtf8(h.second) });
    }
    return out;
}

QList<QPair<QByteArray, QByteArray>> headersFromJson(const QJsonArray& a)
{
    QList<QPair<QByteArray, QByteArray>> out;
    for (const QJsonValue v : a) {
        const QJsonArray pair = v.toArray();
        if (pair.size() == 2)
            out.append({ pair.at(0).toString().toLatin1(), pair.at(1).toString().toUtf8() });
    }
    return out;
}

} // namespace

namespace HttpExchangeJson {

QJsonObject toJson(const HttpExchange& e)
{
    QJsonObject o;
    o.insert("Url"_L1, e.url.toString());
    o.insert("Action"_L1, e.action);
    o.insert("Timestamp"_L1, e.timestamp);
    o.insert("RequestHeaders"_L1, headersToJson(e.requestHeaders));
    o.insert("RequestBody"_L1, QString::fromUtf8(e.requestBody));
    o.insert("CanonicalRequest"_L1, QString::fromUtf8(e.canonicalRequest));
    o.insert("StringToSign"_L1, QString::fromUtf8(e.stringToSign));
    o.insert("HttpStatus"_L1, e.httpStatus);
    o.insert("ResponseHeaders"_L1, headersToJson(e.responseHeaders));
    o.insert("ResponseBody"_L1, QString::fromUtf8(e.responseBody));
    o.insert("ElapsedMs"_L1, e.elapsedMs);
    return o;
}

QByteArray toBytes(const HttpExchange& exchange)
{
    return QJsonDocument(toJson(exchange)).toJson(QJsonDocument::Compact);
}

HttpExchange fromJson(const QJsonObject& o)
{
    HttpExchange e;
    e.url = QUrl(JsonFields::string(o, "Url"_L1));
    e.action = JsonFields::string(o, "Action"_L1);
    e.timestamp = JsonFields::integer(o, "Timestamp"_L1);
    e.requestHeaders = headersFromJson(JsonFields::array(o, "RequestHeaders"_L1));
    e.requestBody = JsonFields::string(o, "RequestBody"_L1).toUtf8();
    e.canonicalRequest = JsonFields::string(o, "CanonicalRequest"_L1).toUtf8();
    e.stringToSign = JsonFields::string(o, "StringToSign"_L1).toUtf8();
    e.httpStatus = static_cast<int>(JsonFields::integer(o, "HttpStatus"_L1));
    e.responseHeaders = headersFromJson(JsonFields::array(o, "ResponseHeaders"_L1));
    e.responseBody = JsonFields::string(o, "ResponseBody"_L1).toUtf8();
    e.elapsedMs = JsonFields::integer(o, "ElapsedMs"_L1);
    return e;
}

HttpExchange fromBytes(const QByteArray& json)
{
    return fromJson(QJsonDocument::fromJson(json).object());
}

} // namespace HttpExchangeJson
