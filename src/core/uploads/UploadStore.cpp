#include "core/uploads/UploadStore.h"

#include "core/support/Clock.h"
#include "core/support/PrivateFiles.h"
#include "core/support/SystemClock.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

const QString kColumns
    = u"id, file_path, file_size, file_mtime, media_type, media_name, class_id, "
      "sub_app_id, endpoint, profile_name, state, vod_session_key, bucket, region, "
      "storage_path, temp_secret_id, temp_secret_key, temp_token, temp_expires, "
      "multipart_upload_id, part_size, file_id, media_url, error, created_at, updated_at"_s;

QVariant optionalText(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace

UploadStore::UploadStore(Clock* clock)
    : m_clock(clock ? clock : SystemClock::instance())
    , m_sql(u"aigc-uploads"_s, tr("the history database"))
{
}

UploadStore::~UploadStore()
{
    close();
}

bool UploadStore::isOpen() const
{
    return m_sql.isOpen();
}

void UploadStore::close()
{
    m_sql.close();
}

QString UploadStore::path() const
{
    return m_sql.path();
}

QString UploadStore::lastError() const
{
    return m_sql.lastError();
}

qint64 UploadStore::nowMs() const
{
    return m_clock->nowMs();
}

bool UploadStore::fail(const QString& message)
{
    return m_sql.fail(message);
}

bool UploadStore::exec(const QString& sql, const QVariantList& values)
{
    return m_sql.exec(sql, values, tr("writing the upload state"));
}

bool UploadStore::open(const QString& path, QString* error)
{
    // The tables live beside HistoryStore's (which checks the file and owns user_version).
    SqliteDatabase::Options options;
    options.integrityCheck = false;
    options.pragmas = {
        u"PRAGMA synchronous=NORMAL"_s,
        // Wiped credentials are overwritten on disk, not just unlinked from the b-tree.
        u"PRAGMA secure_delete=ON"_s,
        u"CREATE TABLE IF NOT EXISTS uploads ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " file_path TEXT NOT NULL, file_size INTEGER NOT NULL, file_mtime INTEGER NOT NULL,"
        " media_type TEXT NOT NULL, media_name TEXT, class_id INTEGER NOT NULL DEFAULT 0, sub_app_id TEXT,"
        " endpoint TEXT, profile_name TEXT, state TEXT NOT NULL,"
        " vod_session_key TEXT, bucket TEXT, region TEXT, storage_path TEXT,"
        " temp_secret_id TEXT, temp_secret_key TEXT, temp_token TEXT, temp_expires INTEGER,"
        " multipart_upload_id TEXT, part_size INTEGER NOT NULL DEFAULT 0,"
        " file_id TEXT, media_url TEXT, error TEXT,"
        " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)"_s,
        u"CREATE INDEX IF NOT EXISTS uploads_by_file ON uploads(file_path, file_size, file_mtime)"_s,
        u"CREATE TABLE IF NOT EXISTS upload_parts ("
        " upload_id INTEGER NOT NULL REFERENCES uploads(id) ON DELETE CASCADE,"
        " part_number INTEGER NOT NULL, etag TEXT NOT NULL, size INTEGER NOT NULL,"
        " PRIMARY KEY (upload_id, part_number))"_s,
        u"CREATE TABLE IF NOT EXISTS task_uploads ("
        " task_row INTEGER NOT NULL, field TEXT NOT NULL, idx INTEGER NOT NULL,"
        " upload_id INTEGER NOT NULL, file_name TEXT,"
        " PRIMARY KEY (task_row, field, idx))"_s,
    };
    if (m_sql.open(path, options))
        return true;
    if (error)
        *error = m_sql.lastError();
    return false;
}

qint64 UploadStore::add(const UploadRecord& r)
{
    if (!isOpen()) {
        fail(tr("the upload state is not open"));
        return 0;
    }
    const qint64 now = nowMs();
    QSqlQuery q(m_sql.db());
    q.prepare(u"INSERT INTO uploads (file_path, file_size, file_mtime, media_type, media_name, class_id, "
              "sub_app_id, endpoint, profile_name, state, created_at, updated_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(r.filePath);
    q.addBindValue(r.fileSize);
    q.addBindValue(r.fileModifiedMs);
    q.addBindValue(r.mediaType);
    q.addBindValue(optionalText(r.mediaName));
    q.addBindValue(r.classId);
    q.addBindValue(r.subAppId ? QVariant(QString::number(*r.subAppId)) : QVariant());
    q.addBindValue(optionalText(r.endpoint));
    q.addBindValue(optionalText(r.profileName));
    q.addBindValue(UploadRecord::stateName(r.state));
    q.addBindValue(r.createdAtMs > 0 ? r.createdAtMs : now);
    q.addBindValue(now);
    if (!q.exec()) {
        fail(tr("cannot record the upload: %1").arg(q.lastError().text()));
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool UploadStore::update(const UploadRecord& r)
{
    if (!isOpen())
        return fail(tr("the upload state is not open"));
    const bool wipe = r.isFinished();
    const bool ok = exec(
        u"UPDATE uploads SET media_name = ?, class_id = ?, state = ?, vod_session_key = ?, bucket = ?, "
        "region = ?, storage_path = ?, temp_secret_id = ?, temp_secret_key = ?, temp_token = ?, "
        "temp_expires = ?, multipart_upload_id = ?, part_size = ?, file_id = ?, media_url = ?, "
        "error = ?, updated_at = ? WHERE id = ?"_s,
        { optionalText(r.mediaName), r.classId, UploadRecord::stateName(r.state),
            optionalText(wipe ? QString() : r.vodSessionKey), optionalText(r.bucket), optionalText(r.region),
            optionalText(r.storagePath), optionalText(wipe ? QString() : r.credentials.secretId),
            optionalText(wipe ? QString() : r.credentials.secretKey),
            optionalText(wipe ? QString() : r.credentials.token), wipe ? 0 : r.credentials.expiresAtSecs,
            optionalText(r.multipartUploadId), r.partSize, optionalText(r.fileId), optionalText(r.mediaUrl),
            optionalText(r.error), nowMs(), r.id });
    if (ok && wipe)
        truncateLog();
    return ok;
}

void UploadStore::truncateLog()
{
    // The old row (credentials included) may still sit in the write-ahead log: fold it into the
    // database, where secure_delete has zeroed it, and empty the log. A reader of the same file (the
    // history's connection) is waited for (the busy timeout); say so if the log still stays.
    QSqlQuery q(m_sql.db());
    if (q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s) && q.next() && q.value(0).toInt() == 0)
        return;
    qWarning("upload state: the write-ahead log of %s could not be emptied; the temporary credentials of "
             "a finished upload stay in it (readable by you only) until the next checkpoint",
        qUtf8Printable(path()));
}

bool UploadStore::addPart(qint64 uploadId, const UploadRecord::Part& part)
{
    if (!isOpen())
        return fail(tr("the upload state is not open"));
    return exec(
        u"INSERT OR REPLACE INTO upload_parts (upload_id, part_number, etag, size) VALUES (?, ?, ?, ?)"_s,
        { uploadId, part.number, QString::fromLatin1(part.etag), part.size });
}

bool UploadStore::clearParts(qint64 uploadId)
{
    if (!isOpen())
        return fail(tr("the upload state is not open"));
    return exec(u"DELETE FROM upload_parts WHERE upload_id = ?"_s, { uploadId });
}

bool UploadStore::remove(qint64 uploadId)
{
    if (!isOpen())
        return fail(tr("the upload state is not open"));
    const bool ok = exec(u"DELETE FROM upload_parts WHERE upload_id = ?"_s, { uploadId })
        && exec(u"DELETE FROM uploads WHERE id = ?"_s, { uploadId });
    if (ok)
        truncateLog(); // the row may have held credentials
    return ok;
}

QList<UploadRecord> UploadStore::fetch(const QString& where, const QVariantList& values)
{
    QList<UploadRecord> out;
    if (!isOpen()) {
        fail(tr("the upload state is not open"));
        return out;
    }
    QSqlQuery q(m_sql.db());
    q.prepare(u"SELECT "_s + kColumns + u" FROM uploads "_s + where);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        fail(tr("cannot read the upload state: %1").arg(q.lastError().text()));
        return out;
    }
    while (q.next()) {
        UploadRecord r;
        int c = 0;
        r.id = q.value(c++).toLongLong();
        r.filePath = q.value(c++).toString();
        r.fileSize = q.value(c++).toLongLong();
        r.fileModifiedMs = q.value(c++).toLongLong();
        r.mediaType = q.value(c++).toString();
        r.mediaName = q.value(c++).toString();
        r.classId = q.value(c++).toLongLong();
        const QVariant sub = q.value(c++);
        if (!sub.isNull())
            r.subAppId = sub.toString().toULongLong();
        r.endpoint = q.value(c++).toString();
        r.profileName = q.value(c++).toString();
        r.state = UploadRecord::stateFromName(q.value(c++).toString()).value_or(UploadRecord::State::Failed);
        r.vodSessionKey = q.value(c++).toString();
        r.bucket = q.value(c++).toString();
        r.region = q.value(c++).toString();
        r.storagePath = q.value(c++).toString();
        r.credentials.secretId = q.value(c++).toString();
        r.credentials.secretKey = q.value(c++).toString();
        r.credentials.token = q.value(c++).toString();
        r.credentials.expiresAtSecs = q.value(c++).toLongLong();
        r.multipartUploadId = q.value(c++).toString();
        r.partSize = q.value(c++).toLongLong();
        r.fileId = q.value(c++).toString();
        r.mediaUrl = q.value(c++).toString();
        r.error = q.value(c++).toString();
        r.createdAtMs = q.value(c++).toLongLong();
        r.updatedAtMs = q.value(c++).toLongLong();
        out.append(r);
    }
    for (UploadRecord& r : out) {
        QSqlQuery p(m_sql.db());
        p.prepare(
            u"SELECT part_number, etag, size FROM upload_parts WHERE upload_id = ? ORDER BY part_number"_s);
        p.addBindValue(r.id);
        if (!p.exec()) {
            fail(tr("cannot read the upload state: %1").arg(p.lastError().text()));
            return {};
        }
        while (p.next())
            r.parts.append({ p.value(0).toInt(), p.value(1).toString().toLatin1(), p.value(2).toLongLong() });
    }
    return out;
}

bool UploadStore::setTaskUploads(qint64 taskRow, const PendingUploads& pending)
{
    if (!isOpen())
        return fail(tr("the upload state is not open"));
    return m_sql.transaction([&] {
        if (!exec(u"DELETE FROM task_uploads WHERE task_row = ?"_s, { taskRow }))
            return false;
        for (const PendingUpload& p : pending) {
            if (!exec(u"INSERT INTO task_uploads (task_row, field, idx, upload_id, file_name) "
                      "VALUES (?, ?, ?, ?, ?)"_s,
                    { taskRow, p.field, p.index, p.uploadId, p.fileName }))
                return false;
        }
        return true;
    });
}

PendingUploads UploadStore::taskUploads(qint64 taskRow)
{
    PendingUploads out;
    if (!isOpen()) {
        fail(tr("the upload state is not open"));
        return out;
    }
    QSqlQuery q(m_sql.db());
    q.prepare(u"SELECT field, idx, upload_id, file_name FROM task_uploads WHERE task_row = ? "
              "ORDER BY field, idx"_s);
    q.addBindValue(taskRow);
    if (!m_sql.exec(q, tr("reading the upload state")))
        return out;
    while (q.next())
        out.append(
            { q.value(0).toString(), q.value(1).toInt(), q.value(2).toLongLong(), q.value(3).toString() });
    return out;
}

bool UploadStore::removeTaskUploads(qint64 taskRow)
{
    if (!isOpen())
        return fail(tr("the upload state is not open"));
    return exec(u"DELETE FROM task_uploads WHERE task_row = ?"_s, { taskRow });
}

std::optional<UploadRecord> UploadStore::record(qint64 id)
{
    const auto list = fetch(u"WHERE id = ?"_s, { id });
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

QList<UploadRecord> UploadStore::unfinished()
{
    return fetch(u"WHERE state IN ('applying', 'uploading', 'committing') ORDER BY id"_s, {});
}

std::optional<UploadRecord> UploadStore::findResumable(const QString& filePath, qint64 fileSize,
    qint64 modifiedMs, const QString& endpoint, std::optional<quint64> subAppId)
{
    const auto list = fetch(u"WHERE file_path = ? AND file_size = ? AND file_mtime = ? AND "
                            "IFNULL(endpoint, '-') = ? AND IFNULL(sub_app_id, '-') = ? AND "
                            "state IN ('applying', 'uploading', 'committing') ORDER BY id DESC LIMIT 1"_s,
        { filePath, fileSize, modifiedMs, endpoint.isEmpty() ? u"-"_s : endpoint,
            subAppId ? QString::number(*subAppId) : u"-"_s });
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}
