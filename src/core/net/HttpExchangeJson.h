#pragma once

#include "core/net/HttpExchange.h"

#include <QByteArray>
#include <QJsonObject>

// HttpExchange to and from JSON, for the history database (TaskRecord::exchangeJson) and logs.
// The X-TC-Token header is redacted again on the way out, whatever the exchange holds.
namespace HttpExchangeJson {

QJsonObject toJson(const HttpExchange& exchange);
QByteArray toBytes(const HttpExchange& exchange); // compact UTF-8
HttpExchange fromJson(const QJsonObject& o);
HttpExchange fromBytes(const QByteArray& json); // lenient: garbage gives an empty exchange

} // namespace HttpExchangeJson
