#include "emulator/storage/UploadSession.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

QJsonObject UploadSession::toJson() const
{
    QJsonObject o;
    o.insert("SessionKey"_L1, sessionKey);
    if (subAppId)
        o.insert("SubAppId"_L1, QString::number(*subAppId));
    o.insert("MediaType"_L1, mediaType);
    o.insert("MediaName"_L1, mediaName);
    o.insert("ClassId"_L1, classId);
    o.insert("ExpireTime"_L1, expireTime);
    o.insert("StorageRegion"_L1, storageRegion);
    o.insert("Bucket"_L1, bucket);
    o.insert("StoragePath"_L1, storagePath);
    o.insert("SecretId"_L1, secretId);
    o.insert("SecretKey"_L1, secretKey);
    o.insert("Token"_L1, token);
    o.insert("CredentialExpires"_L1, credentialExpiresSecs);
    o.insert("CreateMs"_L1, createMs);
    o.insert("ObjectFile"_L1, objectFile);
    o.insert("ObjectSize"_L1, objectSize);
    o.insert("ObjectEtag"_L1, objectEtag);
    o.insert("ObjectMs"_L1, objectMs);
    o.insert("FileId"_L1, fileId);
    return o;
}

UploadSession UploadSession::fromJson(const QJsonObject& o)
{
    UploadSession s;
    s.sessionKey = o.value("SessionKey"_L1).toString();
    if (o.contains("SubAppId"_L1))
        s.subAppId = o.value("SubAppId"_L1).toString().toULongLong();
    s.mediaType = o.value("MediaType"_L1).toString();
    s.mediaName = o.value("MediaName"_L1).toString();
    s.classId = o.value("ClassId"_L1).toInteger();
    s.expireTime = o.value("ExpireTime"_L1).toString();
    s.storageRegion = o.value("StorageRegion"_L1).toString();
    s.bucket = o.value("Bucket"_L1).toString();
    s.storagePath = o.value("StoragePath"_L1).toString();
    s.secretId = o.value("SecretId"_L1).toString();
    s.secretKey = o.value("SecretKey"_L1).toString();
    s.token = o.value("Token"_L1).toString();
    s.credentialExpiresSecs = o.value("CredentialExpires"_L1).toInteger();
    s.createMs = o.value("CreateMs"_L1).toInteger();
    s.objectFile = o.value("ObjectFile"_L1).toString();
    s.objectSize = o.value("ObjectSize"_L1).toInteger();
    s.objectEtag = o.value("ObjectEtag"_L1).toString();
    s.objectMs = o.value("ObjectMs"_L1).toInteger();
    s.fileId = o.value("FileId"_L1).toString();
    return s;
}
