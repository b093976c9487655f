#include "emulator/storage/MultipartUpload.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QJsonObject MultipartUpload::toJson() const
{
    QJsonArray list;
    for (const Part& p : parts) {
        list.append(QJsonObject { { "Number"_L1, p.number }, { "Size"_L1, p.size }, { "ETag"_L1, p.etag },
            { "ModifiedMs"_L1, p.modifiedMs } });
    }
    QJsonObject o;
    o.insert("UploadId"_L1, uploadId);
    o.insert("SessionKey"_L1, sessionKey);
    o.insert("Key"_L1, key);
    o.insert("InitiatedMs"_L1, initiatedMs);
    o.insert("Parts"_L1, list);
    return o;
}

MultipartUpload MultipartUpload::fromJson(const QJsonObject& o)
{
    MultipartUpload u;
    u.uploadId = o.value("UploadId"_L1).toString();
    u.sessionKey = o.value("SessionKey"_L1).toString();
    u.key = o.value("Key"_L1).toString();
    u.initiatedMs = o.value("InitiatedMs"_L1).toInteger();
    for (const QJsonValue v : o.value("Parts"_L1).toArray()) {
        const QJsonObject p = v.toObject();
        Part part;
        part.number = p.value("Number"_L1).toInt();
        part.size = p.value("Size"_L1).toInteger();
        part.etag = p.value("ETag"_L1).toString();
        part.modifiedMs = p.value("ModifiedMs"_L1).toInteger();
        if (part.number > 0)
            u.parts.insert(part.number, part);
    }
    return u;
}
