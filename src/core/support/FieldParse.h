#pragma once

#include "core/support/ValidationIssue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <optional>

// Typed reading of request fields from JSON (the emulator, a saved draft) or from text (the CLI, the
// form), reporting a wrong type as a ValidationIssue that names the field instead of guessing.
class FieldParse
{
    Q_DECLARE_TR_FUNCTIONS(FieldParse)

public:
    static QString jsonString(
        const QJsonObject& o, QLatin1StringView key, const QString& field, ValidationIssues* issues);
    static std::optional<qint64> jsonInteger(
        const QJsonObject& o, QLatin1StringView key, const QString& field, ValidationIssues* issues);
    static std::optional<quint64> jsonUnsigned(
        const QJsonObject& o, QLatin1StringView key, const QString& field, ValidationIssues* issues);

    // "6" -> 6; "6.5", "six", "" -> nullopt and an issue "must be an integer".
    static std::optional<qint64> textInteger(
        const QString& text, const QString& field, ValidationIssues& issues);
    static std::optional<quint64> textUnsigned(
        const QString& text, const QString& field, ValidationIssues& issues);

    // Unicode code points, which is what a person counts (an emoji is one character, not two).
    static int characterCount(const QString& s);
    // ISO 8601 date and time with a time zone designator (Z or +hh:mm); invalid otherwise.
    static QDateTime parseIso8601(const QString& text);
};
