#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <optional>

// Lenient readers for service JSON: a null, a missing field or a value of the wrong type gives the
// default, never a crash. Numbers sent as strings (and the other way round) are accepted.
namespace JsonFields {

QString string(const QJsonObject& o, QLatin1StringView key, const QString& fallback = {});
qint64 integer(const QJsonObject& o, QLatin1StringView key, qint64 fallback = 0);
std::optional<qint64> optionalInteger(const QJsonObject& o, QLatin1StringView key);
double real(const QJsonObject& o, QLatin1StringView key, double fallback = 0.0);
bool boolean(const QJsonObject& o, QLatin1StringView key, bool fallback = false);
QJsonObject object(const QJsonObject& o, QLatin1StringView key);
QJsonArray array(const QJsonObject& o, QLatin1StringView key);
// ISO 8601 with a zone ("Z" or an offset), seconds and fractions optional; anything else (fractional
// minutes, no zone) and "0001-01-01T00:00:00Z" and other placeholders before 1971 give an invalid
// QDateTime, never a different time.
QDateTime dateTime(const QJsonObject& o, QLatin1StringView key);
QDateTime parseDateTime(const QString& text);
QString formatDateTime(const QDateTime& dt); // "2026-01-02T03:04:05Z", ".678" when there are ms

} // namespace JsonFields
