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

qint64 AudioOutput::maxPlausibleBytes(qint64 cap) const
{
    const qint64 declared = JsonFields::integer(metaData, "Size"_L1);
    qint64 bound = 0;
    if (declared > 0) {
        bound = declared;
    } else {
        // Bytes per second at the most a format can carry here: PCM at 96 kHz, 32-bit, stereo; a
        // compressed audio stream at 320 kbit/s; a video at 100 Mbit/s.
        const QString type = fileType.toLower();
        const bool video = type == "mp4"_L1 || type == "mov"_L1 || type == "mkv"_L1 || type == "webm"_L1;
        const qint64 perSecond = type == "wav"_L1 || type == "flac"_L1 || type == "aiff"_L1 ? 96000 * 4 * 2
            : video                                                                         ? 100'000'000 / 8
                                                                                            : 320'000 / 8;
        const double seconds = duration > 0 ? duration : (video ? 600.0 : 300.0);
        bound = static_cast<qint64>(seconds * perSecond) + 64 * 1024; // headers, tags
    }
    bound += bound / 4 + 1024 * 1024; // a margin for what the metadata does not count
    return cap > 0 ? qMin(bound, cap) : bound;
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
