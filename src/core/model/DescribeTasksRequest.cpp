#include "core/model/DescribeTasksRequest.h"

#include "core/support/FieldParse.h"
#include "core/support/JsonFields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

ValidationIssues DescribeTasksRequest::validate() const
{
    ValidationIssues issues;
    static const QStringList statuses { u"WAITING"_s, u"PROCESSING"_s, u"FINISH"_s };
    if (!status.isEmpty() && !statuses.contains(status))
        issues.append(
            { u"Status"_s, tr("must be one of %1 (got \"%2\")").arg(statuses.join(u", "_s), status) });
    if (!sortField.isEmpty() && sortField != "CreateTime"_L1 && sortField != "FinishTime"_L1)
        issues.append(
            { u"Sort.Field"_s, tr("must be CreateTime or FinishTime (got \"%1\")").arg(sortField) });
    if (!sortOrder.isEmpty() && sortOrder != "Asc"_L1 && sortOrder != "Desc"_L1)
        issues.append({ u"Sort.Order"_s, tr("must be Asc or Desc (got \"%1\")").arg(sortOrder) });
    if (limit && (*limit < 1 || *limit > kMaxLimit))
        issues.append(
            { u"Limit"_s, tr("must be an integer from 1 to %1 (got %2)").arg(kMaxLimit).arg(*limit) });
    return issues;
}

QJsonObject DescribeTasksRequest::toJson() const
{
    QJsonObject o;
    if (subAppId)
        o.insert("SubAppId"_L1, static_cast<qint64>(*subAppId));
    if (!status.isEmpty())
        o.insert("Status"_L1, status);
    auto range = [&o](QLatin1StringView key, const QDateTime& after, const QDateTime& before) {
        if (!after.isValid() && !before.isValid())
            return;
        QJsonObject r;
        if (after.isValid())
            r.insert("After"_L1, JsonFields::formatDateTime(after));
        if (before.isValid())
            r.insert("Before"_L1, JsonFields::formatDateTime(before));
        o.insert(key, r);
    };
    range("CreateTime"_L1, createTimeAfter, createTimeBefore);
    range("FinishTime"_L1, finishTimeAfter, finishTimeBefore);
    if (!sortField.isEmpty() || !sortOrder.isEmpty()) {
        QJsonObject s;
        s.insert("Field"_L1, sortField.isEmpty() ? u"CreateTime"_s : sortField);
        s.insert("Order"_L1, sortOrder.isEmpty() ? u"Desc"_s : sortOrder);
        o.insert("Sort"_L1, s);
    }
    if (limit)
        o.insert("Limit"_L1, *limit);
    if (!scrollToken.isEmpty())
        o.insert("ScrollToken"_L1, scrollToken);
    return o;
}

DescribeTasksRequest DescribeTasksRequest::fromJson(const QJsonObject& o, ValidationIssues* typeIssues)
{
    DescribeTasksRequest r;
    r.subAppId = FieldParse::jsonUnsigned(o, "SubAppId"_L1, u"SubAppId"_s, typeIssues);
    r.status = FieldParse::jsonString(o, "Status"_L1, u"Status"_s, typeIssues);
    const QJsonObject ct = JsonFields::object(o, "CreateTime"_L1);
    r.createTimeAfter = JsonFields::dateTime(ct, "After"_L1);
    r.createTimeBefore = JsonFields::dateTime(ct, "Before"_L1);
    const QJsonObject ft = JsonFields::object(o, "FinishTime"_L1);
    r.finishTimeAfter = JsonFields::dateTime(ft, "After"_L1);
    r.finishTimeBefore = JsonFields::dateTime(ft, "Before"_L1);
    const QJsonObject sort = JsonFields::object(o, "Sort"_L1);
    r.sortField = FieldParse::jsonString(sort, "Field"_L1, u"Sort.Field"_s, typeIssues);
    r.sortOrder = FieldParse::jsonString(sort, "Order"_L1, u"Sort.Order"_s, typeIssues);
    r.limit = FieldParse::jsonInteger(o, "Limit"_L1, u"Limit"_s, typeIssues);
    r.scrollToken = FieldParse::jsonString(o, "ScrollToken"_L1, u"ScrollToken"_s, typeIssues);
    return r;
}
