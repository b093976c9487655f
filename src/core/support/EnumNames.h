#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>
#include <cstddef>
#include <optional>

// An enum's names written once, as a table, instead of a switch per direction: the name a value has in
// a file, on the wire or on the command line, the value a name stands for, and (for tables of
// QT_TRANSLATE_NOOP texts) the label a person reads.
template <typename E>
struct EnumName
{
    E value;
    const char* name;
};

namespace EnumNames {

// The name of value; fallback when the table does not hold it.
template <typename E, std::size_t N>
QString name(const EnumName<E> (&table)[N], E value, QLatin1StringView fallback = {})
{
    for (const EnumName<E>& e : table) {
        if (e.value == value)
            return QString::fromLatin1(e.name);
    }
    return fallback;
}

// The value a name stands for; nullopt for a name the table does not hold.
template <typename E, std::size_t N>
std::optional<E> value(
    const EnumName<E> (&table)[N], QStringView name, Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    for (const EnumName<E>& e : table) {
        if (name.compare(QLatin1StringView(e.name), cs) == 0)
            return e.value;
    }
    return std::nullopt;
}

// The translated text of value, from a table of QT_TRANSLATE_NOOP(context, ...) texts.
template <typename E, std::size_t N>
QString label(const char* context, const EnumName<E> (&table)[N], E value)
{
    for (const EnumName<E>& e : table) {
        if (e.value == value)
            return QCoreApplication::translate(context, e.name);
    }
    return {};
}

// Every value of the table, in its order.
template <typename E, std::size_t N>
QList<E> values(const EnumName<E> (&table)[N])
{
    QList<E> out;
    out.reserve(qsizetype(N));
    for (const EnumName<E>& e : table)
        out.append(e.value);
    return out;
}

} // namespace EnumNames
