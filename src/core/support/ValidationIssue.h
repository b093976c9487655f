#pragma once

#include <QList>
#include <QString>

// One broken rule of one field: `field` is the API's name for it ("OutputConfig.Duration",
// "AudioInfos[1].Url"), `message` says the rule and, where useful, what was given.
struct ValidationIssue
{
    QString field;
    QString message;

    QString toString() const { return field + QStringLiteral(": ") + message; }
    bool operator==(const ValidationIssue&) const = default;
};

using ValidationIssues = QList<ValidationIssue>;
