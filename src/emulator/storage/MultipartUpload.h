#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

// One multipart upload in progress (InitiateMultipartUpload until Complete or Abort): its parts are
// files in MediaStore::storageDir()/parts/<uploadId>/.
struct MultipartUpload
{
    struct Part
    {
        int number = 0;
        qint64 size = 0;
        QString etag; // quotes included, as UploadPart answered it
        qint64 modifiedMs = 0;
    };

    QString uploadId;
    QString sessionKey; // the UploadSession whose key this is
    QString key; // object key, no leading '/'
    qint64 initiatedMs = 0;
    QMap<int, Part> parts;

    QJsonObject toJson() const;
    static MultipartUpload fromJson(const QJsonObject& o);
};
