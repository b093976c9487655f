#include "core/model/DescribeTasksResponse.h"

#include "core/support/JsonFields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

DescribeTasksResponse DescribeTasksResponse::fromJson(const QJsonObject& response)
{
    DescribeTasksResponse r;
    for (const QJsonValue v : JsonFields::array(response, "TaskSet"_L1)) {
        if (v.isObject())
            r.taskSet.append(TaskSummary::fromJson(v.toObject()));
    }
    r.scrollToken = JsonFields::string(response, "ScrollToken"_L1);
    r.requestId = JsonFields::string(response, "RequestId"_L1);
    return r;
}
