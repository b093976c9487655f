#include "core/model/ManageTaskRequest.h"

#include "core/support/FieldParse.h"

using namespace Qt::StringLiterals;

ValidationIssues ManageTaskRequest::validate() const
{
    ValidationIssues issues;
    if (taskId.trimmed().isEmpty())
        issues.append({ u"TaskId"_s, tr("is required") });
    if (operationType != "Abort"_L1)
        issues.append({ u"OperationType"_s, tr("must be Abort (got \"%1\")").arg(operationType) });
    return issues;
}

QJsonObject ManageTaskRequest::toJson() const
{
    QJsonObject o;
    o.insert("TaskId"_L1, taskId);
    o.insert("OperationType"_L1, operationType);
    if (subAppId)
        o.insert("SubAppId"_L1, static_cast<qint64>(*subAppId));
    return o;
}

ManageTaskRequest ManageTaskRequest::fromJson(const QJsonObject& o, ValidationIssues* typeIssues)
{
    ManageTaskRequest r;
    r.taskId = FieldParse::jsonString(o, "TaskId"_L1, u"TaskId"_s, typeIssues);
    r.operationType = FieldParse::jsonString(o, "OperationType"_L1, u"OperationType"_s, typeIssues);
    r.subAppId = FieldParse::jsonUnsigned(o, "SubAppId"_L1, u"SubAppId"_s, typeIssues);
    return r;
}
