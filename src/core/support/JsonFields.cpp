#include "core/support/JsonFields.h"

#include "core/support/FieldParse.h"

#include <cmath>
#include <limits>

namespace JsonFields {

QString string(const QJsonObject& o, QLatin1StringView key, const QString& fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::floor(d) == d && std::abs(d) < 9.0e15)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d);
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return fallback;
}

std::optional<qint64> optionalInteger(const QJsonObject& o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (!std::isfinite(d) || d > 9.2e18 || d < -9.2e18)
            return std::nullopt;
        return static_cast<qint64>(d);
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

qint64 integer(const QJsonObject& o, QLatin1StringView key, qint64 fallback)
{
    return optionalInteger(o, key).value_or(fallback);
}

double real(const QJsonObject& o, QLatin1StringView key, double fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        return std::isfinite(v.toDouble()) ? v.toDouble() : fallback;
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    return fallback;
}

bool boolean(const QJsonObject& o, QLatin1StringView key, bool fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isBool())
        return v.toBool();
    if (v.isDouble())
        return v.toDouble() != 0.0;
    if (v.isString())
        return v.toString() == QLatin1String("true") || v.toString() == QLatin1String("1");
    return fallback;
}

QJsonObject object(const QJsonObject& o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    return v.isObject() ? v.toObject() : QJsonObject();
}

QJsonArray array(const QJsonObject& o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    return v.isArray() ? v.toArray() : QJsonArray();
}

QDateTime parseDateTime(const QString& text)
{
    // Strictly "YYYY-MM-DDThh:mm[:ss[.fff]]" with a zone: Qt alone also reads "01:02.39" as fractional
    // minutes (01:02:23.4), a time the service never meant.
    const QDateTime dt = FieldParse::parseIso8601(text);
    if (!dt.isValid() || dt.toUTC().date().year() < 1971)
        return {};
    return dt.toUTC();
}

QDateTime dateTime(const QJsonObject& o, QLatin1StringView key)
{
    return parseDateTime(string(o, key));
}

QString formatDateTime(const QDateTime& dt)
{
    if (!dt.isValid())
        return {};
    // Milliseconds only when there are some, so that a parsed time comes back as the same time.
    const QDateTime utc = dt.toUTC();
    return utc.toString(utc.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate);
}

} // namespace JsonFields
