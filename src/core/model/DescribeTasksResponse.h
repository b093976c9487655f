#pragma once

#include "core/model/TaskSummary.h"

#include <QJsonObject>
#include <QList>

// The answer of DescribeTasks: one page of the service's task list.
struct DescribeTasksResponse
{
    QList<TaskSummary> taskSet;
    QString scrollToken; // empty: no more pages
    QString requestId;

    static DescribeTasksResponse fromJson(const QJsonObject& response);
};
