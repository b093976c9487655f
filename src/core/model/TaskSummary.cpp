#include "core/model/TaskSummary.h"

#include "core/support/JsonFields.h"

using namespace Qt::StringLiterals;

TaskSummary TaskSummary::fromJson(const QJsonObject& o)
{
    TaskSummary s;
    s.taskId = JsonFields::string(o, "TaskId"_L1);
    s.status = JsonFields::string(o, "Status"_L1);
    s.taskType = JsonFields::string(o, "TaskType"_L1);
    s.createTime = JsonFields::dateTime(o, "CreateTime"_L1);
    s.beginProcessTime = JsonFields::dateTime(o, "BeginProcessTime"_L1);
    s.finishTime = JsonFields::dateTime(o, "FinishTime"_L1);
    s.fileId = JsonFields::string(o, "FileId"_L1);
    return s;
}

QJsonObject TaskSummary::toJson() const
{
    QJsonObject o;
    o.insert("TaskId"_L1, taskId);
    o.insert("Status"_L1, status);
    o.insert("TaskType"_L1, taskType);
    o.insert("CreateTime"_L1, JsonFields::formatDateTime(createTime));
    o.insert("BeginProcessTime"_L1, JsonFields::formatDateTime(beginProcessTime));
    o.insert("FinishTime"_L1, JsonFields::formatDateTime(finishTime));
    o.insert("FileId"_L1, fileId);
    return o;
}
