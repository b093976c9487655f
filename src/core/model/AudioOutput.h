#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One entry of AigcAudioTask.Output.AudioInfos (or VideoInfos): a generated file.
struct AudioOutput
{
    QString storageMode;
    QString mediaName;
    qint64 classId = 0;
    QDateTime expireTime;
    QString fileType; // mp3, wav...
    QString fileUrl; // Temporary: valid 7 days
    QString fileId; // Permanent only
    double duration = 0.0;
    QJsonObject metaData; // Permanent only: Size, Duration, AudioStreamSet...

    // The most bytes this file can plausibly have: its MetaData.Size when given, else its duration (or the
    // longest a generation makes) at the highest rate of its format, with a margin. A download that
    // goes past it is not this file. Never more than cap.
    qint64 maxPlausibleBytes(qint64 cap) const;

    static AudioOutput fromJson(const QJsonObject& o);
    QJsonObject toJson() const;
};
