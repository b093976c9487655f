#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One entry of DescribeMediaInfos' MediaInfoSet: what VOD knows about a stored media (a Permanent
// output or an uploaded reference). Only the fields the client uses are typed; raw keeps the rest.
struct MediaInfo
{
    QString fileId;
    QString name; // BasicInfo.Name
    QString type; // BasicInfo.Type: the container, "mp3", "wav"...
    QString mediaUrl; // BasicInfo.MediaUrl: where to play or download it
    QString category; // BasicInfo.Category: "Audio", "Video"...
    QDateTime expireTime; // BasicInfo.ExpireTime; invalid when it never expires
    double duration = 0.0; // MetaData.Duration, seconds
    qint64 size = 0; // MetaData.Size, bytes
    QJsonObject raw;

    static MediaInfo fromJson(const QJsonObject& o);
};
