#pragma once

#include "emulator/storage/MultipartUpload.h"
#include "emulator/storage/UploadSession.h"
#include "emulator/storage/UploadedMedia.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <memory>

class QTemporaryDir;

// The upload side of the emulator: ApplyUpload sessions, multipart uploads in progress and the media
// files CommitUpload made. Metadata lives in memory and, with a data directory, in
// <dataDir>/media.json (rewritten atomically after every change); object and part bytes always live on
// disk, in <dataDir>/uploads/ or a private temporary directory, so that a large upload never sits in
// memory beyond the one request body being written.
class MediaStore
{
    Q_DECLARE_TR_FUNCTIONS(MediaStore)

public:
    explicit MediaStore(const QString& dataDir = {});
    ~MediaStore();

    bool load(QString* error = nullptr);
    bool save(QString* error = nullptr) const;
    // Where objects and parts are kept.
    QString storageDir() const { return m_storageDir; }
    QString absolutePath(const QString& relative) const;

    void addSession(const UploadSession& session);
    UploadSession* session(const QString& sessionKey);
    UploadSession* sessionBySecretId(const QString& secretId);
    const QList<UploadSession>& sessions() const { return m_sessions; }

    MultipartUpload* upload(const QString& uploadId);
    void addUpload(const MultipartUpload& upload);
    // Forgets the upload and deletes its part files.
    void removeUpload(const QString& uploadId);
    QList<const MultipartUpload*> uploadsOf(const QString& sessionKey) const;

    void addMedia(const UploadedMedia& media);
    const UploadedMedia* media(const QString& fileId) const;
    bool hasFileId(const QString& fileId) const { return m_mediaIndex.contains(fileId); }

    // An uploaded body: in memory, or in a file of this store's folder (then moved into place, never
    // copied or read into memory), with its size and MD5 computed while it arrived.
    struct Body
    {
        QByteArray bytes;
        QString file; // non-empty: the body is there
        qint64 size = 0;
        QByteArray md5;
    };
    // Where HttpRequestParser puts large bodies, so that writeObject() and writePart() can move them.
    QString incomingDir() const { return absolutePath(QStringLiteral("incoming")); }

    // Writes a whole object (PUT Object) for the session; sets objectFile/Size/Etag/Ms.
    bool writeObject(UploadSession& session, const Body& body, qint64 nowMs, QString* error);
    // Writes one part; returns its ETag (quotes included) through etag.
    bool writePart(
        MultipartUpload& upload, int number, const Body& body, qint64 nowMs, QString* etag, QString* error);
    // Concatenates the parts (in chunks) into the session's object, then removes the upload.
    bool completeUpload(UploadSession& session, const QString& uploadId, const QList<int>& numbers,
        const QString& etag, qint64 nowMs, QString* error);

private:
    QString objectFileFor(const UploadSession& session) const;
    QString partFile(const QString& uploadId, int number) const;
    static bool writeFile(const QString& path, const QByteArray& data, QString* error);
    static bool storeBody(const QString& path, const Body& body, QString* error);

    QString m_dataDir;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_storageDir;
    QList<UploadSession> m_sessions;
    QList<MultipartUpload> m_uploads;
    QList<UploadedMedia> m_media;
    QHash<QString, qsizetype> m_mediaIndex;
};
