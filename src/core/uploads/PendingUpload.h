#pragma once

#include <QList>
#include <QString>

// A reference of a submission that is still a local file being uploaded (UploadQueue): the entry
// `index` of `field` ("AudioInfos" or "VideoInfos") becomes {"Type":"File","FileId":...} once the
// upload `uploadId` is done. TaskService sends nothing before every one of them has its FileId.
struct PendingUpload
{
    QString field;
    int index = 0;
    qint64 uploadId = 0;
    QString fileName; // for messages

    bool operator==(const PendingUpload&) const = default;
};

using PendingUploads = QList<PendingUpload>;
