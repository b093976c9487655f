#include "core/tasks/OutputLibrary.h"

#include "core/model/AudioOutput.h"
#include "core/support/Clock.h"
#include "core/support/JsonFields.h"
#include "core/support/SafeFileName.h"
#include "core/tasks/DownloadJob.h"
#include "core/tasks/HistoryStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSaveFile>
#include <QUrl>
#include <algorithm>

using namespace Qt::StringLiterals;

OutputLibrary::OutputLibrary(
    HistoryStore* store, QNetworkAccessManager* network, Clock* clock, const QString& folder, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_network(network)
    , m_clock(clock)
    , m_folder(folder)
{
}

OutputLibrary::~OutputLibrary()
{
    // Stop quietly: the rows stay Partial/Pending and their .part files stay for resumePending().
    const auto jobs = m_jobs.values();
    m_jobs.clear();
    for (DownloadJob* job : jobs) {
        job->disconnect(this);
        delete job;
    }
}

void OutputLibrary::setMaxConcurrent(int n)
{
    m_maxConcurrent = std::max(1, n);
    pump();
}

bool OutputLibrary::isQueued(qint64 id) const
{
    return std::any_of(m_queue.cbegin(), m_queue.cend(), [id](const Queued& q) { return q.id == id; });
}

// --- naming -----------------------------------------------------------------------------------

QString OutputLibrary::slugify(const QString& prompt, int maxLength)
{
    return SafeFileName::clean(prompt, maxLength, u"audio"_s);
}

QString OutputLibrary::taskIdSuffix(const QString& taskId)
{
    QString hex = taskId.section(u'-', -1);
    if (hex.size() > 1 && hex.endsWith(u't'))
        hex.chop(1);
    QString clean;
    for (const QChar c : std::as_const(hex)) {
        if ((c >= u'0' && c <= u'9') || (c.toLower() >= u'a' && c.toLower() <= u'f'))
            clean.append(c.toLower());
    }
    if (clean.isEmpty()) {
        for (const QChar c : taskId) {
            if (c.isLetterOrNumber() && c.unicode() < 128)
                clean.append(c.toLower());
        }
    }
    return clean.right(8);
}

QString OutputLibrary::baseName(const TaskRecord& record)
{
    QDateTime when = record.finishTime;
    for (const QDateTime& candidate : { record.createTime, record.submittedAt, record.updatedAt }) {
        if (!when.isValid())
            when = candidate;
    }
    if (!when.isValid())
        when = QDateTime::currentDateTimeUtc();
    QString suffix = taskIdSuffix(record.taskId);
    if (suffix.isEmpty())
        suffix = u"id%1"_s.arg(record.id);
    return when.toLocalTime().date().toString(Qt::ISODate) + u'_' + slugify(record.prompt) + u'_' + suffix;
}

QString OutputLibrary::fileExtension(const TaskRecord& record)
{
    return SafeFileName::extension(record.fileType, record.fileUrl);
}

QString OutputLibrary::audioPath(const TaskRecord& record, QString* error) const
{
    QString ignored;
    return SafeFileName::inside(
        m_folder, baseName(record) + u'.' + fileExtension(record), error ? error : &ignored);
}

QString OutputLibrary::sidecarPath(const QString& audioPath)
{
    const QFileInfo info(audioPath);
    return info.dir().filePath(info.completeBaseName() + u".json"_s);
}

QByteArray OutputLibrary::sidecarJson(
    const TaskRecord& record, const QString& audioPath, const QDateTime& savedAt)
{
    QJsonObject o;
    o.insert("Request"_L1, QJsonDocument::fromJson(record.requestJson).object());
    o.insert("Response"_L1, QJsonDocument::fromJson(record.responseJson).object());
    o.insert("SavedAt"_L1, JsonFields::formatDateTime(savedAt));
    o.insert("TaskId"_L1, record.taskId);
    o.insert("AudioFile"_L1, QFileInfo(audioPath).fileName());
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

// --- downloads --------------------------------------------------------------------------------

void OutputLibrary::download(const TaskRecord& given)
{
    if (!m_store)
        return;
    const qint64 id = given.id;
    if (isQueued(id) || isRunning(id))
        return;
    const TaskRecord record = m_store->record(id).value_or(given);

    if (record.downloadState == TaskRecord::DownloadState::Done && !record.localPath.isEmpty()
        && QFileInfo::exists(record.localPath)) {
        emit downloadFinished(id, ApiError());
        return;
    }
    if (record.fileUrl.isEmpty()) {
        finishWith(id, {},
            ApiError::invalidRequest(record.fileId.isEmpty()
                    ? tr("task %1 has no output to download").arg(record.taskId)
                    : tr("task %1 has no download URL (FileId %2): ask DescribeMediaInfos for one")
                          .arg(record.taskId, record.fileId)));
        return;
    }
    if (record.urlExpiresAt.isValid() && m_clock->nowMs() >= record.urlExpiresAt.toMSecsSinceEpoch()) {
        finishWith(id, {},
            ApiError::fromApi(u"ResourceNotFound"_s,
                tr("the temporary URL has expired: it was valid until %1 (7 days after the task finished)")
                    .arg(JsonFields::formatDateTime(record.urlExpiresAt)),
                {}, 0));
        return;
    }

    // Keep the path of an interrupted download: its .part is resumed.
    QString path = record.localPath;
    const bool resumable = !path.isEmpty()
        && (record.downloadState == TaskRecord::DownloadState::Pending
            || record.downloadState == TaskRecord::DownloadState::Partial
            || QFileInfo::exists(path + u".part"_s));
    if (!resumable) {
        QString error;
        path = audioPath(record, &error);
        if (path.isEmpty()) {
            finishWith(id, {}, ApiError::invalidRequest(error));
            return;
        }
    }

    m_store->setDownload(id, TaskRecord::DownloadState::Pending, path, {});
    AudioOutput output;
    output.fileType = record.fileType;
    output.duration = record.duration;
    m_queue.append({ id, record.fileUrl, path, output.maxPlausibleBytes(m_capBytes) });
    pump();
}

void OutputLibrary::resumePending()
{
    if (!m_store)
        return;
    const QList<TaskRecord> pending = m_store->pendingDownloads();
    for (const TaskRecord& record : pending)
        download(record);
}

void OutputLibrary::cancel(qint64 id)
{
    if (DownloadJob* job = m_jobs.value(id)) {
        job->cancel(); // finished -> onJobFinished
        return;
    }
    const auto it
        = std::find_if(m_queue.cbegin(), m_queue.cend(), [id](const Queued& q) { return q.id == id; });
    if (it == m_queue.cend())
        return;
    const QString path = it->path;
    m_queue.erase(it);
    finishWith(id, QFileInfo::exists(path + u".part"_s) ? path : QString(),
        ApiError::transport(ApiError::Kind::Cancelled, tr("download cancelled")));
}

void OutputLibrary::pump()
{
    while (m_jobs.size() < m_maxConcurrent && !m_queue.isEmpty())
        start(m_queue.takeFirst());
}

void OutputLibrary::start(const Queued& item)
{
    if (m_store)
        m_store->setDownload(item.id, TaskRecord::DownloadState::Partial, item.path, {});
    auto* job = new DownloadJob(m_network, m_clock, QUrl(item.url), item.path, this);
    job->setAutoDelete(false);
    job->setMaxAttempts(m_maxAttempts);
    job->setStallTimeoutMs(m_stallTimeoutMs);
    job->setMaxBytes(item.maxBytes);
    m_jobs.insert(item.id, job);
    const qint64 id = item.id;
    connect(job, &DownloadJob::progress, this,
        [this, id](qint64 received, qint64 total) { emit downloadProgress(id, received, total); });
    connect(job, &DownloadJob::finished, this, [this, id](DownloadJob* j) { onJobFinished(id, j); });
    emit downloadStarted(id);
    job->start();
}

void OutputLibrary::onJobFinished(qint64 id, DownloadJob* job)
{
    if (m_jobs.value(id) == job)
        m_jobs.remove(id);
    job->deleteLater();
    const QString path = job->path();
    const ApiError error = job->error();

    if (error.isOk()) {
        QString sidecarError;
        writeSidecar(id, path, &sidecarError);
        if (m_store) {
            m_store->setDownload(id, TaskRecord::DownloadState::Done, path,
                sidecarError.isEmpty()
                    ? QString()
                    : tr("saved, but the sidecar could not be written: %1").arg(sidecarError));
        }
        emit downloadFinished(id, ApiError());
        pump();
        return;
    }

    const int status = error.httpStatus();
    if (status == 403 || status == 404 || status == 410) {
        // The .part of a file that is gone is of no use.
        QFile::remove(job->partPath());
        const std::optional<TaskRecord> record = m_store ? m_store->record(id) : std::nullopt;
        QString message;
        if (record && record->urlExpiresAt.isValid()) {
            message
                = tr("the temporary URL has expired or was withdrawn (HTTP %1): a Temporary output can be "
                     "downloaded for 7 days after the task finished, until %2")
                      .arg(status)
                      .arg(JsonFields::formatDateTime(record->urlExpiresAt));
        } else {
            message = tr("the file is no longer available (HTTP %1): the URL has expired or was withdrawn")
                          .arg(status);
        }
        finishWith(id, {}, ApiError::fromApi(u"ResourceNotFound"_s, message, {}, status));
    } else {
        // Keep the .part for a later attempt.
        finishWith(id, QFileInfo::exists(job->partPath()) ? path : QString(), error);
    }
    pump();
}

void OutputLibrary::finishWith(qint64 id, const QString& path, const ApiError& error)
{
    if (m_store) {
        const QString text = error.message().isEmpty() ? error.toString() : error.message();
        m_store->setDownload(id, TaskRecord::DownloadState::Failed, path, text);
    }
    emit downloadFinished(id, error);
}

bool OutputLibrary::writeSidecar(qint64 id, const QString& audioPath, QString* error)
{
    const std::optional<TaskRecord> record = m_store ? m_store->record(id) : std::nullopt;
    if (!record) {
        *error = tr("the history record %1 is gone").arg(id);
        return false;
    }
    QSaveFile file(sidecarPath(audioPath));
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    file.write(sidecarJson(*record, audioPath, m_clock->nowUtc()));
    if (!file.commit()) {
        *error = tr("cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}
