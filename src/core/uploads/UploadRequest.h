#pragma once

#include <QString>

// What to upload and how to file it in VOD (ApplyUpload's MediaName, ClassId, ExpireTime,
// StorageRegion; MediaType comes from the file's extension).
struct UploadRequest
{
    QString filePath;
    QString mediaName; // empty: the file's base name
    qint64 classId = 0;
    QString expireTime; // ISO 8601, empty: never
    QString storageRegion; // empty: the service's choice
    QString profileName; // for the history, never sent
};
