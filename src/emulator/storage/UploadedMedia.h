#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

// A media file made by CommitUpload: what DescribeMediaInfos reports, what a CreateAigcAudioTask may
// reference by FileId, served at urlPath() like generated outputs.
struct UploadedMedia
{
    QString fileId; // 19 digits, like VOD's
    std::optional<quint64> subAppId;
    QString name; // MediaName, or the FileId when none was given
    QString type; // extension: "wav", "mp4"...
    qint64 classId = 0;
    QString expireTime; // ISO 8601 as given to ApplyUpload; empty: never
    QString storageRegion;
    qint64 createMs = 0;
    QString objectFile; // relative to MediaStore::storageDir()
    qint64 size = 0;
    QString etag;
    QString sessionKey;

    // "Audio" or "Video" (from the extension).
    QString category() const { return categoryOf(type); }
    // When the media stops existing (ExpireTime), 0: never.
    qint64 expiryMs() const;
    bool existsAt(qint64 nowMs) const
    {
        const qint64 e = expiryMs();
        return e == 0 || nowMs < e;
    }
    // "<name made URL-safe>.<type>"
    QString fileName() const;
    QString urlPath() const { return QStringLiteral("/files/media/") + fileId + u'/' + fileName(); }
    QByteArray contentType() const;

    QJsonObject toJson() const;
    static UploadedMedia fromJson(const QJsonObject& o);

    // The extensions ApplyUpload accepts: "Audio", "Video", or empty when unsupported.
    static QString categoryOf(const QString& extension);
};
