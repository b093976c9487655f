#include "core/model/DescribeMediaInfosResponse.h"

#include "core/support/JsonFields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

const MediaInfo* DescribeMediaInfosResponse::find(const QString& fileId) const
{
    for (const MediaInfo& m : mediaInfoSet) {
        if (m.fileId == fileId)
            return &m;
    }
    return nullptr;
}

DescribeMediaInfosResponse DescribeMediaInfosResponse::fromJson(const QJsonObject& response)
{
    DescribeMediaInfosResponse r;
    for (const QJsonValue v : JsonFields::array(response, "MediaInfoSet"_L1)) {
        if (v.isObject())
            r.mediaInfoSet.append(MediaInfo::fromJson(v.toObject()));
    }
    for (const QJsonValue v : JsonFields::array(response, "NotExistFileIdSet"_L1)) {
        if (v.isString() && !v.toString().isEmpty())
            r.notExistFileIdSet.append(v.toString());
    }
    r.requestId = JsonFields::string(response, "RequestId"_L1);
    return r;
}
