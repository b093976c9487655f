#include "emulator/storage/UploadedMedia.h"

#include "core/support/FieldParse.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

QString UploadedMedia::categoryOf(const QString& extension)
{
    static const QStringList audio { u"mp3"_s, u"m4a"_s, u"flac"_s, u"ogg"_s, u"wav"_s, u"aac"_s, u"amr"_s };
    static const QStringList video { u"mp4"_s, u"mov"_s, u"avi"_s, u"mkv"_s, u"flv"_s, u"webm"_s, u"wmv"_s,
        u"mpeg"_s, u"mpg"_s, u"3gp"_s, u"ts"_s, u"m4v"_s, u"rm"_s, u"rmvb"_s, u"asf"_s, u"m3u8"_s, u"vob"_s,
        u"f4v"_s, u"m2ts"_s, u"mts"_s };
    const QString e = extension.toLower();
    if (audio.contains(e))
        return u"Audio"_s;
    if (video.contains(e))
        return u"Video"_s;
    return {};
}

qint64 UploadedMedia::expiryMs() const
{
    if (expireTime.isEmpty())
        return 0;
    const QDateTime t = FieldParse::parseIso8601(expireTime);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

QString UploadedMedia::fileName() const
{
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]+"_s);
    QString base = name;
    if (base.endsWith(u'.' + type, Qt::CaseInsensitive))
        base.chop(type.size() + 1);
    base.replace(unsafe, u"_"_s);
    while (base.startsWith(u'.') || base.startsWith(u'_'))
        base.remove(0, 1);
    if (base.isEmpty())
        base = u"media"_s;
    return base.left(64) + u'.' + type;
}

QByteArray UploadedMedia::contentType() const
{
    static const QList<QPair<const char*, const char*>> types { { "mp3", "audio/mpeg" },
        { "wav", "audio/wav" }, { "m4a", "audio/mp4" }, { "flac", "audio/flac" }, { "ogg", "audio/ogg" },
        { "aac", "audio/aac" }, { "amr", "audio/amr" }, { "mp4", "video/mp4" }, { "mov", "video/quicktime" },
        { "webm", "video/webm" }, { "mkv", "video/x-matroska" }, { "avi", "video/x-msvideo" },
        { "flv", "video/x-flv" }, { "wmv", "video/x-ms-wmv" }, { "mpeg", "video/mpeg" },
        { "mpg", "video/mpeg" }, { "3gp", "video/3gpp" }, { "ts", "video/mp2t" }, { "m4v", "video/x-m4v" } };
    for (const auto& [ext, mime] : types) {
        if (type == QLatin1StringView(ext))
            return mime;
    }
    return "application/octet-stream";
}

QJsonObject UploadedMedia::toJson() const
{
    QJsonObject o;
    o.insert("FileId"_L1, fileId);
    if (subAppId)
        o.insert("SubAppId"_L1, QString::number(*subAppId));
    o.insert("Name"_L1, name);
    o.insert("Type"_L1, type);
    o.insert("ClassId"_L1, classId);
    o.insert("ExpireTime"_L1, expireTime);
    o.insert("StorageRegion"_L1, storageRegion);
    o.insert("CreateMs"_L1, createMs);
    o.insert("ObjectFile"_L1, objectFile);
    o.insert("Size"_L1, size);
    o.insert("ETag"_L1, etag);
    o.insert("SessionKey"_L1, sessionKey);
    return o;
}

UploadedMedia UploadedMedia::fromJson(const QJsonObject& o)
{
    UploadedMedia m;
    m.fileId = o.value("FileId"_L1).toString();
    if (o.contains("SubAppId"_L1))
        m.subAppId = o.value("SubAppId"_L1).toString().toULongLong();
    m.name = o.value("Name"_L1).toString();
    m.type = o.value("Type"_L1).toString();
    m.classId = o.value("ClassId"_L1).toInteger();
    m.expireTime = o.value("ExpireTime"_L1).toString();
    m.storageRegion = o.value("StorageRegion"_L1).toString();
    m.createMs = o.value("CreateMs"_L1).toInteger();
    m.objectFile = o.value("ObjectFile"_L1).toString();
    m.size = o.value("Size"_L1).toInteger();
    m.etag = o.value("ETag"_L1).toString();
    m.sessionKey = o.value("SessionKey"_L1).toString();
    return m;
}
