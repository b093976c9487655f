#pragma once

#include "core/support/ValidationIssue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <optional>

// ManageTask (spec §6): only Abort, only for WAITING tasks.
class ManageTaskRequest
{
    Q_DECLARE_TR_FUNCTIONS(ManageTaskRequest)

public:
    QString taskId;
    QString operationType = QStringLiteral("Abort");
    std::optional<quint64> subAppId;

    ValidationIssues validate() const;
    QJsonObject toJson() const;
    static ManageTaskRequest fromJson(const QJsonObject& o, ValidationIssues* typeIssues = nullptr);
};
