#include "core/model/AudioOutput.h"

#include "core/support/JsonFields.h"

using namespace Qt::StringLiterals;

AudioOutput AudioOutput::fromJson(const QJsonObject& o)
{
    AudioOutput a;
    a.storageMode = JsonFields::string(o, "StorageMode"_L1);
    a.mediaName = JsonFields::string(o, "MediaName"_L1);
    a.classId = JsonFields::integer(o, "ClassId"_L1);
    a.expireTime = JsonFields::dateTime(o, "ExpireTime"_L1);
    a.fileType = JsonFields::string(o, "FileType"_L1);
    a.fileUrl = JsonFields::string(o, "FileUrl"_L1);
    a.fileId = JsonFields::string(o, "FileId"_L1);
    a.duration = JsonFields::real(o, "Duration"_L1);
    a.metaData = JsonFields::object(o, "MetaData"_L1);
    if (a.duration <= 0.0)
        a.duration = JsonFields::real(a.metaData, "Duration"_L1);
    return a;
}

QJsonObject AudioOutput::toJson() const
{
    QJsonObject o;
    o.insert("StorageMode"_L1, storageMode);
    o.insert("MediaName"_L1, mediaName);
    o.insert("ClassId"_L1, classId);
    o.insert("ExpireTime"_L1, JsonFields::formatDateTime(expireTime));
    o.insert("FileType"_L1, fileType);
    o.insert("FileUrl"_L1, fileUrl);
    o.insert("FileId"_L1, fileId);
    o.insert("Duration"_L1, duration);
    if (!metaData.isEmpty())
        o.insert("MetaData"_L1, metaData);
    return o;
}
