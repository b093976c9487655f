#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

// One ApplyUpload: the object key it reserved in the emulated bucket, the temporary credentials that
// may write that key (and only that key) until credentialExpiresSecs, the object once it was stored,
// and the FileId once CommitUpload made it a media file (docs/emulator.md, "Object storage").
struct UploadSession
{
    QString sessionKey; // VodSessionKey: opaque, random
    std::optional<quint64> subAppId;
    QString mediaType; // lower-case extension: "wav", "mp4"...
    QString mediaName;
    qint64 classId = 0;
    QString expireTime; // ISO 8601 as given, empty: never
    QString storageRegion;
    QString bucket;
    QString storagePath; // MediaStoragePath: the object key with a leading '/'
    QString secretId; // TempCertificate
    QString secretKey;
    QString token;
    qint64 credentialExpiresSecs = 0; // TempCertificate.ExpiredTime
    qint64 createMs = 0;
    QString objectFile; // the stored object, relative to MediaStore::storageDir(); empty: none yet
    qint64 objectSize = 0;
    QString objectEtag; // as COS answers it, quotes included
    qint64 objectMs = 0;
    QString fileId; // set by CommitUpload

    bool hasObject() const { return !objectFile.isEmpty(); }
    bool isCommitted() const { return !fileId.isEmpty(); }
    // The key as object storage sees it: storagePath without its leading '/'.
    QString objectKey() const { return storagePath.mid(1); }

    QJsonObject toJson() const;
    static UploadSession fromJson(const QJsonObject& o);
};
