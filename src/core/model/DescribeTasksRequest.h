#pragma once

#include "core/support/ValidationIssue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <optional>

// DescribeTasks (spec §6): the service's own task list for the last 3 days.
class DescribeTasksRequest
{
    Q_DECLARE_TR_FUNCTIONS(DescribeTasksRequest)

public:
    std::optional<quint64> subAppId;
    QString status; // WAITING | PROCESSING | FINISH
    QDateTime createTimeAfter, createTimeBefore;
    QDateTime finishTimeAfter, finishTimeBefore;
    QString sortField; // CreateTime | FinishTime
    QString sortOrder; // Asc | Desc
    std::optional<qint64> limit; // 1..100
    QString scrollToken;

    static constexpr int kMaxLimit = 100;

    ValidationIssues validate() const;
    QJsonObject toJson() const;
    static DescribeTasksRequest fromJson(const QJsonObject& o, ValidationIssues* typeIssues = nullptr);
};
