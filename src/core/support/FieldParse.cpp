#include "core/support/FieldParse.h"

#include <QJsonValue>
#include <QRegularExpression>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString describe(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return u"\""_s + v.toString() + u"\""_s;
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 17);
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    default:
        return u"null"_s;
    }
}

} // namespace

QString FieldParse::jsonString(
    const QJsonObject& o, QLatin1StringView key, const QString& field, ValidationIssues* issues)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    if (!v.isUndefined() && !v.isNull() && issues)
        issues->append({ field, tr("must be a string (got %1)").arg(describe(v)) });
    return {};
}

std::optional<qint64> FieldParse::jsonInteger(
    const QJsonObject& o, QLatin1StringView key, const QString& field, ValidationIssues* issues)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::isfinite(d) && std::floor(d) == d && std::abs(d) < 9.0e15)
            return static_cast<qint64>(d);
    }
    if (issues)
        issues->append({ field, tr("must be an integer (got %1)").arg(describe(v)) });
    return std::nullopt;
}

std::optional<quint64> FieldParse::jsonUnsigned(
    const QJsonObject& o, QLatin1StringView key, const QString& field, ValidationIssues* issues)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::isfinite(d) && std::floor(d) == d && d >= 0 && d < 9.0e15)
            return static_cast<quint64>(d);
    }
    if (issues)
        issues->append({ field, tr("must be an unsigned integer (got %1)").arg(describe(v)) });
    return std::nullopt;
}

std::optional<qint64> FieldParse::textInteger(
    const QString& text, const QString& field, ValidationIssues& issues)
{
    bool ok = false;
    const qint64 n = text.trimmed().toLongLong(&ok);
    if (ok)
        return n;
    issues.append({ field, tr("must be an integer (got \"%1\")").arg(text) });
    return std::nullopt;
}

std::optional<quint64> FieldParse::textUnsigned(
    const QString& text, const QString& field, ValidationIssues& issues)
{
    bool ok = false;
    const QString t = text.trimmed();
    const quint64 n = t.toULongLong(&ok);
    if (ok && !t.startsWith(u'-') && !t.startsWith(u'+'))
        return n;
    issues.append({ field, tr("must be an unsigned integer (got \"%1\")").arg(text) });
    return std::nullopt;
}

int FieldParse::characterCount(const QString& s)
{
    int n = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

QDateTime FieldParse::parseIso8601(const QString& text)
{
    static const QRegularExpression re(
        u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})$"_s);
    const QString t = text.trimmed();
    if (!re.match(t).hasMatch())
        return {};
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::ISODate);
    return dt;
}
