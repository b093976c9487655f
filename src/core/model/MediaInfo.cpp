#include "core/model/MediaInfo.h"

#include "core/support/JsonFields.h"

using namespace Qt::StringLiterals;

MediaInfo MediaInfo::fromJson(const QJsonObject& o)
{
    MediaInfo m;
    m.raw = o;
    m.fileId = JsonFields::string(o, "FileId"_L1);
    const QJsonObject basic = JsonFields::object(o, "BasicInfo"_L1);
    m.name = JsonFields::string(basic, "Name"_L1);
    m.type = JsonFields::string(basic, "Type"_L1);
    m.mediaUrl = JsonFields::string(basic, "MediaUrl"_L1);
    m.category = JsonFields::string(basic, "Category"_L1);
    const QDateTime expire = JsonFields::dateTime(basic, "ExpireTime"_L1);
    // "9999-12-31T23:59:59Z" is the service's "never".
    if (expire.isValid() && expire.date().year() < 9999)
        m.expireTime = expire;
    const QJsonObject meta = JsonFields::object(o, "MetaData"_L1);
    m.duration = JsonFields::real(meta, "Duration"_L1);
    m.size = JsonFields::integer(meta, "Size"_L1);
    return m;
}
