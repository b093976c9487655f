#include "emulator/storage/MediaStore.h"

#include "emulator/storage/JsonFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSaveFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

MediaStore::MediaStore(const QString& dataDir)
    : m_dataDir(dataDir)
{
    if (m_dataDir.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        m_storageDir = m_tempDir->path();
    } else {
        m_storageDir = QDir(m_dataDir).filePath(u"uploads"_s);
    }
}

MediaStore::~MediaStore() = default;

QString MediaStore::absolutePath(const QString& relative) const
{
    return QDir(m_storageDir).filePath(relative);
}

bool MediaStore::load(QString* error)
{
    if (m_dataDir.isEmpty())
        return true;
    const std::optional<QJsonObject> stored
        = JsonFile::read(QDir(m_dataDir).filePath(u"media.json"_s), error);
    if (!stored)
        return false;
    const QJsonObject& root = *stored;
    m_sessions.clear();
    m_uploads.clear();
    m_media.clear();
    m_mediaIndex.clear();
    for (const QJsonValue v : root.value("Sessions"_L1).toArray())
        m_sessions.append(UploadSession::fromJson(v.toObject()));
    for (const QJsonValue v : root.value("Uploads"_L1).toArray())
        m_uploads.append(MultipartUpload::fromJson(v.toObject()));
    for (const QJsonValue v : root.value("Media"_L1).toArray())
        addMedia(UploadedMedia::fromJson(v.toObject()));
    return true;
}

bool MediaStore::save(QString* error) const
{
    if (m_dataDir.isEmpty())
        return true;
    QJsonArray sessions, uploads, media;
    for (const UploadSession& s : m_sessions)
        sessions.append(s.toJson());
    for (const MultipartUpload& u : m_uploads)
        uploads.append(u.toJson());
    for (const UploadedMedia& m : m_media)
        media.append(m.toJson());
    QJsonObject root;
    root.insert("Format"_L1, 1);
    root.insert("Sessions"_L1, sessions);
    root.insert("Uploads"_L1, uploads);
    root.insert("Media"_L1, media);
    return JsonFile::write(QDir(m_dataDir).filePath(u"media.json"_s), root, error);
}

void MediaStore::addSession(const UploadSession& session)
{
    m_sessions.append(session);
}

UploadSession* MediaStore::session(const QString& sessionKey)
{
    for (UploadSession& s : m_sessions) {
        if (s.sessionKey == sessionKey)
            return &s;
    }
    return nullptr;
}

UploadSession* MediaStore::sessionBySecretId(const QString& secretId)
{
    for (UploadSession& s : m_sessions) {
        if (s.secretId == secretId)
            return &s;
    }
    return nullptr;
}

MultipartUpload* MediaStore::upload(const QString& uploadId)
{
    for (MultipartUpload& u : m_uploads) {
        if (u.uploadId == uploadId)
            return &u;
    }
    return nullptr;
}

void MediaStore::addUpload(const MultipartUpload& upload)
{
    m_uploads.append(upload);
}

void MediaStore::removeUpload(const QString& uploadId)
{
    QDir(absolutePath(u"parts/"_s + uploadId)).removeRecursively();
    m_uploads.removeIf([&uploadId](const MultipartUpload& u) { return u.uploadId == uploadId; });
}

QList<const MultipartUpload*> MediaStore::uploadsOf(const QString& sessionKey) const
{
    QList<const MultipartUpload*> out;
    for (const MultipartUpload& u : m_uploads) {
        if (u.sessionKey == sessionKey)
            out.append(&u);
    }
    return out;
}

void MediaStore::addMedia(const UploadedMedia& media)
{
    m_mediaIndex.insert(media.fileId, m_media.size());
    m_media.append(media);
}

const UploadedMedia* MediaStore::media(const QString& fileId) const
{
    const auto it = m_mediaIndex.constFind(fileId);
    return it == m_mediaIndex.cend() ? nullptr : &m_media.at(it.value());
}

QString MediaStore::objectFileFor(const UploadSession& session) const
{
    return u"objects/"_s
        + QString::fromLatin1(
            QCryptographicHash::hash(session.sessionKey.toUtf8(), QCryptographicHash::Sha1).toHex());
}

QString MediaStore::partFile(const QString& uploadId, int number) const
{
    return u"parts/"_s + uploadId + u'/' + QString::number(number);
}

bool MediaStore::writeFile(const QString& path, const QByteArray& data, QString* error)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = tr("cannot create the directory of %1").arg(path);
        return false;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        *error = tr("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

bool MediaStore::storeBody(const QString& path, const Body& body, QString* error)
{
    if (body.file.isEmpty())
        return writeFile(path, body.bytes, error);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = tr("cannot create the directory of %1").arg(path);
        return false;
    }
    QFile::remove(path);
    if (!QFile::rename(body.file, path)) {
        *error = tr("cannot move the received body to %1").arg(path);
        return false;
    }
    return true;
}

bool MediaStore::writeObject(UploadSession& session, const Body& body, qint64 nowMs, QString* error)
{
    const QString relative = objectFileFor(session);
    if (!storeBody(absolutePath(relative), body, error))
        return false;
    session.objectFile = relative;
    session.objectSize = body.size;
    session.objectEtag = u'"' + QString::fromLatin1(body.md5.toHex()) + u'"';
    session.objectMs = nowMs;
    return true;
}

bool MediaStore::writePart(
    MultipartUpload& upload, int number, const Body& body, qint64 nowMs, QString* etag, QString* error)
{
    if (!storeBody(absolutePath(partFile(upload.uploadId, number)), body, error))
        return false;
    MultipartUpload::Part part;
    part.number = number;
    part.size = body.size;
    part.etag = u'"' + QString::fromLatin1(body.md5.toHex()) + u'"';
    part.modifiedMs = nowMs;
    upload.parts.insert(number, part);
    *etag = part.etag;
    return true;
}

bool MediaStore::completeUpload(UploadSession& session, const QString& uploadId, const QList<int>& numbers,
    const QString& etag, qint64 nowMs, QString* error)
{
    const MultipartUpload* up = upload(uploadId);
    if (!up) {
        *error = tr("no such upload %1").arg(uploadId);
        return false;
    }
    const QString relative = objectFileFor(session);
    const QString path = absolutePath(relative);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = tr("cannot create the directory of %1").arg(path);
        return false;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(path, out.errorString());
        return false;
    }
    constexpr qint64 kChunk = 1 << 20;
    qint64 total = 0;
    for (const int n : numbers) {
        QFile in(absolutePath(partFile(uploadId, n)));
        if (!in.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read %1: %2").arg(in.fileName(), in.errorString());
            out.cancelWriting();
            return false;
        }
        while (!in.atEnd()) {
            const QByteArray chunk = in.read(kChunk);
            if (chunk.isEmpty() || out.write(chunk) != chunk.size()) {
                *error = tr("cannot copy %1: %2").arg(in.fileName(), out.errorString());
                out.cancelWriting();
                return false;
            }
            total += chunk.size();
        }
    }
    if (!out.commit()) {
        *error = tr("cannot write %1: %2").arg(path, out.errorString());
        return false;
    }
    session.objectFile = relative;
    session.objectSize = total;
    session.objectEtag = etag;
    session.objectMs = nowMs;
    removeUpload(uploadId);
    return true;
}
