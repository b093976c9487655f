#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One entry of DescribeTasks.TaskSet.
struct TaskSummary
{
    QString taskId;
    QString status;
    QString taskType;
    QDateTime createTime;
    QDateTime beginProcessTime;
    QDateTime finishTime;
    QString fileId;

    static TaskSummary fromJson(const QJsonObject& o);
    QJsonObject toJson() const;
};
