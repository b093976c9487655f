#include "core/uploads/MediaUploader.h"

#include "core/api/VodClient.h"
#include "core/api/VodJob.h"
#include "core/model/MediaFileTypes.h"
#include "core/support/Clock.h"
#include "core/support/JsonFields.h"
#include "core/uploads/CosJob.h"
#include "core/uploads/UploadStore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kMinPartSize = 1024 * 1024;
constexpr qint64 kMaxParts = 10000;
constexpr qint64 kRateWindowMs = 3000;
constexpr qint64 kProgressIntervalMs = 100;
constexpr qint64 kCredentialMarginSecs = 120;
constexpr int kMaxRestarts = 2;
} // namespace

MediaUploader::MediaUploader(VodClient* client, UploadStore* store, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(client->clock())
    , m_store(store)
{
}

MediaUploader::~MediaUploader()
{
    suspend();
}

qint64 MediaUploader::partSizeFor(qint64 fileSize, qint64 configuredPartSize)
{
    qint64 size = qMax(configuredPartSize, kMinPartSize);
    const qint64 needed = (fileSize + kMaxParts - 1) / kMaxParts;
    if (needed > size)
        size = (needed + kMinPartSize - 1) / kMinPartSize * kMinPartSize;
    return size;
}

int MediaUploader::partCount() const
{
    if (!m_record.isMultipart() || m_record.partSize <= 0)
        return 1;
    return static_cast<int>(qMax<qint64>(1, (m_record.fileSize + m_record.partSize - 1) / m_record.partSize));
}

void MediaUploader::start(const UploadRequest& request)
{
    if (m_started)
        return;
    m_started = true;
    const ValidationIssues issues
        = MediaFileTypes::check(request.filePath, MediaFileTypes::Kind::None, u"file"_s);
    if (!issues.isEmpty()) {
        fail(ApiError::invalidRequest(issues.first().toString()));
        return;
    }
    const QFileInfo info(request.filePath);
    const QString endpoint = m_client->config().baseUrl.toString();
    const auto subAppId = m_client->config().subAppId;
    const qint64 mtime = info.lastModified().toMSecsSinceEpoch();
    if (m_store) {
        if (auto existing
            = m_store->findResumable(info.absoluteFilePath(), info.size(), mtime, endpoint, subAppId)) {
            m_record = *existing;
            m_resumedFromBytes = m_record.confirmedBytes();
            step();
            return;
        }
    }
    m_record = {};
    m_record.filePath = info.absoluteFilePath();
    m_record.fileSize = info.size();
    m_record.fileModifiedMs = mtime;
    m_record.mediaType = MediaFileTypes::extensionOf(request.filePath);
    m_record.mediaName
        = request.mediaName.trimmed().isEmpty() ? info.completeBaseName() : request.mediaName.trimmed();
    m_record.classId = request.classId;
    m_record.subAppId = subAppId;
    m_record.endpoint = endpoint;
    m_record.profileName = request.profileName;
    m_record.state = UploadRecord::State::Applying;
    m_record.createdAtMs = m_clock->nowMs();
    if (m_store) {
        m_record.id = m_store->add(m_record);
        if (m_record.id == 0) {
            fail(ApiError::invalidRequest(m_store->lastError()));
            return;
        }
    }
    m_expireTime = request.expireTime;
    m_storageRegion = request.storageRegion;
    step();
}

void MediaUploader::resume(qint64 recordId)
{
    if (m_started)
        return;
    m_started = true;
    std::optional<UploadRecord> r = m_store ? m_store->record(recordId) : std::nullopt;
    if (!r) {
        fail(ApiError::invalidRequest(tr("there is no upload #%1 to resume").arg(recordId)));
        return;
    }
    m_record = *r;
    if (m_record.isFinished()) {
        if (m_record.state == UploadRecord::State::Done)
            succeed();
        else
            fail(ApiError::invalidRequest(tr("upload #%1 already ended: %2")
                                              .arg(recordId)
                                              .arg(UploadRecord::stateName(m_record.state))));
        return;
    }
    const QFileInfo info(m_record.filePath);
    if (!info.isFile() || info.size() != m_record.fileSize
        || info.lastModified().toMSecsSinceEpoch() != m_record.fileModifiedMs) {
        fail(ApiError::invalidRequest(
            tr("%1 changed or disappeared since its upload began; add it again to upload it anew")
                .arg(m_record.filePath)));
        return;
    }
    m_resumedFromBytes = m_record.confirmedBytes();
    step();
}

void MediaUploader::stopRequests()
{
    ++m_generation; // answers still on their way are ignored
    for (const QPointer<CosJob>& job : std::as_const(m_partJobs)) {
        if (job)
            job->deleteLater();
    }
    m_partJobs.clear();
    m_partsWaiting.clear(); // their retry timers belong to the old generation
    if (m_job)
        m_job->deleteLater();
    if (m_apiJob) {
        m_apiJob->disconnect(this);
        m_apiJob->cancel();
    }
}

void MediaUploader::suspend()
{
    if (m_finished || m_suspended || !m_started)
        return;
    m_suspended = true;
    stopRequests();
}

void MediaUploader::cancel()
{
    if (m_finished)
        return;
    stopRequests();
    // Let the server free the parts; nobody waits for the answer.
    if (m_record.isMultipart() && !m_record.credentials.isEmpty() && m_client) {
        CosJob* abort = newCosJob(cosRequest("DELETE", { { u"uploadId"_s, m_record.multipartUploadId } }));
        abort->setParent(m_client->network());
        connect(abort, &CosJob::finished, abort, &QObject::deleteLater);
        abort->start();
    }
    m_record.state = UploadRecord::State::Cancelled;
    m_record.error = tr("cancelled");
    save();
    m_finished = true;
    m_error = ApiError::transport(ApiError::Kind::Cancelled, tr("upload cancelled"));
    emit stateChanged(m_record.state);
    emit finished(this);
}

void MediaUploader::setState(UploadRecord::State state)
{
    const bool changed = m_record.state != state;
    m_record.state = state;
    m_attempts = 0;
    save();
    if (changed)
        emit stateChanged(state);
}

void MediaUploader::save()
{
    if (m_store && m_record.id != 0 && !m_store->update(m_record))
        qWarning("upload state: %s", qUtf8Printable(m_store->lastError()));
}

bool MediaUploader::credentialsExpiring() const
{
    return m_record.credentials.isEmpty()
        || m_record.credentials.expiresAtSecs - kCredentialMarginSecs < m_client->serverNowMs() / 1000;
}

void MediaUploader::step()
{
    if (m_finished || m_suspended || !m_client)
        return;
    m_progress.totalBytes = m_record.fileSize;
    switch (m_record.state) {
    case UploadRecord::State::Applying:
        applyUpload();
        return;
    case UploadRecord::State::Uploading:
        if (credentialsExpiring()) {
            restartFromApply(tr("the temporary upload credentials expired"));
            return;
        }
        if (m_record.fileSize <= m_config.singlePutLimit)
            putObject();
        else if (!m_record.isMultipart())
            initiateMultipart();
        else
            pumpParts();
        return;
    case UploadRecord::State::Committing:
        commitUpload();
        return;
    case UploadRecord::State::Done:
        succeed();
        return;
    case UploadRecord::State::Failed:
    case UploadRecord::State::Cancelled:
        fail(ApiError::invalidRequest(m_record.error));
        return;
    }
}

void MediaUploader::restartFromApply(const QString& why)
{
    if (++m_restarts > kMaxRestarts) {
        fail(ApiError::invalidRequest(tr("the upload had to start over too often (%1)").arg(why)));
        return;
    }
    if (m_store && m_record.id != 0)
        m_store->clearParts(m_record.id);
    m_record.parts.clear();
    m_record.multipartUploadId.clear();
    m_record.vodSessionKey.clear();
    m_record.credentials = {};
    m_partAttempts.clear();
    m_partsWaiting.clear();
    setState(UploadRecord::State::Applying);
    step();
}

void MediaUploader::callApi(const QString& action, const QJsonObject& params, int& attempts,
    std::function<void(const QJsonObject&)> onOk)
{
    ++attempts;
    VodJob* job = m_client->call(action, params);
    m_apiJob = job;
    const int gen = m_generation;
    connect(job, &VodJob::finished, this, [this, gen, action, params, &attempts, onOk](VodJob* j) {
        if (gen != m_generation || m_finished || m_suspended)
            return;
        m_apiJob = nullptr;
        if (j->error().isOk()) {
            onOk(j->response());
            return;
        }
        retryLater(action, j->error(), attempts,
            [this, action, params, &attempts, onOk] { callApi(action, params, attempts, onOk); });
    });
    job->start();
}

bool MediaUploader::retryLater(
    const QString& what, const ApiError& error, int& attempts, std::function<void()> again)
{
    const bool transient = error.category() == ApiError::Category::Transient
        || error.category() == ApiError::Category::RateLimit;
    if (!transient || attempts >= m_config.maxAttempts) {
        ApiError e = error;
        e.setAttempts(attempts);
        fail(e);
        return false;
    }
    const qint64 delay = qMin<qint64>(m_config.retryBaseDelayMs << qMin(attempts - 1, 4), 16000);
    emit retrying(what, error, delay);
    const int gen = m_generation;
    m_clock->callAfter(delay, this, [this, gen, again] {
        if (gen == m_generation && !m_finished && !m_suspended)
            again();
    });
    return true;
}

void MediaUploader::applyUpload()
{
    QJsonObject params;
    params.insert("MediaType"_L1, m_record.mediaType);
    if (!m_record.mediaName.isEmpty())
        params.insert("MediaName"_L1, m_record.mediaName);
    if (m_record.classId != 0)
        params.insert("ClassId"_L1, m_record.classId);
    if (!m_expireTime.isEmpty())
        params.insert("ExpireTime"_L1, m_expireTime);
    if (!m_storageRegion.isEmpty())
        params.insert("StorageRegion"_L1, m_storageRegion);
    callApi(u"ApplyUpload"_s, params, m_attempts, [this](const QJsonObject& r) {
        const QJsonObject cert = r.value("TempCertificate"_L1).toObject();
        m_record.vodSessionKey = r.value("VodSessionKey"_L1).toString();
        m_record.bucket = r.value("StorageBucket"_L1).toString();
        m_record.region = r.value("StorageRegion"_L1).toString();
        m_record.storagePath = r.value("MediaStoragePath"_L1).toString();
        m_record.credentials.secretId = cert.value("SecretId"_L1).toString();
        m_record.credentials.secretKey = cert.value("SecretKey"_L1).toString();
        m_record.credentials.token = cert.value("Token"_L1).toString();
        m_record.credentials.expiresAtSecs = cert.value("ExpiredTime"_L1).toInteger();
        if (m_record.vodSessionKey.isEmpty() || m_record.bucket.isEmpty() || m_record.region.isEmpty()
            || m_record.storagePath.isEmpty() || m_record.credentials.isEmpty()) {
            fail(ApiError::transport(ApiError::Kind::MissingResponse,
                tr("ApplyUpload answered without VodSessionKey, StorageBucket, StorageRegion, "
                   "MediaStoragePath or TempCertificate")));
            return;
        }
        // The bucket and region become the host name the file is sent to: one DNS label each, so that
        // the host stays <bucket>.cos.<region>.myqcloud.com ("evil.example/x?" would send it elsewhere).
        static const QRegularExpression label(u"^[A-Za-z0-9][A-Za-z0-9-]{0,62}$"_s);
        if (!label.match(m_record.bucket).hasMatch() || !label.match(m_record.region).hasMatch()) {
            fail(ApiError::transport(ApiError::Kind::MissingResponse,
                tr("ApplyUpload answered with an unusable StorageBucket \"%1\" or StorageRegion \"%2\" "
                   "(each must be letters, digits and '-'): nothing was uploaded")
                    .arg(m_record.bucket.left(80), m_record.region.left(80))));
            return;
        }
        m_record.multipartUploadId.clear();
        m_record.parts.clear();
        m_record.partSize = 0;
        setState(UploadRecord::State::Uploading);
        step();
    });
}

CosJob::Request MediaUploader::cosRequest(
    QByteArray method, const QList<QPair<QString, QString>>& query) const
{
    CosJob::Request req;
    req.method = std::move(method);
    req.key = m_record.storagePath;
    req.query = query;
    const QString bucketHost = m_record.bucket + u".cos."_s + m_record.region + u".myqcloud.com"_s;
    const QUrl base = m_client->config().baseUrl;
    if (m_config.cosOrigin.isValid()) {
        req.origin = m_config.cosOrigin;
        req.host = bucketHost;
    } else if (base.host().endsWith(u"tencentcloudapi.com"_s, Qt::CaseInsensitive)) {
        req.origin = QUrl(u"https://"_s + bucketHost + u'/');
    } else {
        req.origin = base;
        req.host = bucketHost;
    }
    return req;
}

CosJob* MediaUploader::newCosJob(const CosJob::Request& request)
{
    auto* job = new CosJob(m_client->network(), m_clock, m_record.credentials, request, this);
    job->setClockOffsetMs(m_client->serverClockOffsetMs());
    job->setStallTimeoutMs(m_config.stallTimeoutMs);
    ++m_objectRequests;
    return job;
}

void MediaUploader::putObject()
{
    CosJob::Request req = cosRequest("PUT", {});
    req.filePath = m_record.filePath;
    req.fileOffset = 0;
    req.fileLength = m_record.fileSize;
    CosJob* job = newCosJob(req);
    ++m_attempts;
    m_job = job;
    m_progress.partsTotal = 1;
    const int gen = m_generation;
    connect(job, &CosJob::uploadProgress, this, [this, gen](qint64, qint64) {
        if (gen == m_generation)
            updateProgress();
    });
    connect(job, &CosJob::finished, this, [this, gen](CosJob* j) {
        j->deleteLater();
        if (gen != m_generation || m_finished || m_suspended)
            return;
        m_job = nullptr;
        if (j->error().isOk()) {
            m_record.parts = { { 1, j->etag(), m_record.fileSize } };
            m_progress.partsDone = 1;
            updateProgress(true);
            setState(UploadRecord::State::Committing);
            step();
            return;
        }
        if (j->error().category() == ApiError::Category::Auth && credentialsExpiring()) {
            restartFromApply(j->error().toString());
            return;
        }
        retryLater(u"PutObject"_s, j->error(), m_attempts, [this] { putObject(); });
    });
    job->start();
}

void MediaUploader::initiateMultipart()
{
    ++m_attempts;
    CosJob* job = newCosJob(cosRequest("POST", { { u"uploads"_s, QString() } }));
    m_job = job;
    const int gen = m_generation;
    connect(job, &CosJob::finished, this, [this, gen](CosJob* j) {
        j->deleteLater();
        if (gen != m_generation || m_finished || m_suspended)
            return;
        m_job = nullptr;
        const QString uploadId
            = j->error().isOk() ? CosJob::xmlElement(j->responseBody(), u"UploadId"_s) : QString();
        if (j->error().isOk() && !uploadId.isEmpty()) {
            m_record.multipartUploadId = uploadId;
            m_record.partSize = partSizeFor(m_record.fileSize, m_config.partSize);
            m_record.parts.clear();
            if (m_store && m_record.id != 0)
                m_store->clearParts(m_record.id);
            m_attempts = 0;
            save();
            pumpParts();
            return;
        }
        const ApiError err = j->error().isOk()
            ? ApiError::transport(ApiError::Kind::MissingResponse,
                tr("object storage answered the start of a multipart upload without an UploadId"))
            : j->error();
        retryLater(u"InitiateMultipartUpload"_s, err, m_attempts, [this] { initiateMultipart(); });
    });
    job->start();
}

void MediaUploader::pumpParts()
{
    if (m_finished || m_suspended)
        return;
    const int total = partCount();
    m_progress.partsTotal = total;
    m_progress.partsDone = static_cast<int>(m_record.parts.size());
    if (m_record.parts.size() == total && m_partJobs.isEmpty()) {
        completeMultipart();
        return;
    }
    QSet<int> have;
    for (const auto& p : std::as_const(m_record.parts))
        have.insert(p.number);
    for (int n = 1; n <= total && m_partJobs.size() < m_config.maxParallelParts; ++n) {
        if (have.contains(n) || m_partJobs.contains(n) || m_partsWaiting.contains(n))
            continue;
        CosJob::Request req = cosRequest("PUT",
            { { u"partNumber"_s, QString::number(n) }, { u"uploadId"_s, m_record.multipartUploadId } });
        req.filePath = m_record.filePath;
        req.fileOffset = qint64(n - 1) * m_record.partSize;
        req.fileLength = qMin(m_record.partSize, m_record.fileSize - req.fileOffset);
        CosJob* job = newCosJob(req);
        ++m_partAttempts[n];
        m_partJobs.insert(n, job);
        const int gen = m_generation;
        connect(job, &CosJob::uploadProgress, this, [this, gen](qint64, qint64) {
            if (gen == m_generation)
                updateProgress();
        });
        connect(job, &CosJob::finished, this, [this, gen, n](CosJob* j) {
            j->deleteLater();
            if (gen != m_generation || m_finished || m_suspended)
                return;
            onPartFinished(j, n);
        });
        job->start();
    }
}

void MediaUploader::onPartFinished(CosJob* job, int partNumber)
{
    m_partJobs.remove(partNumber);
    const ApiError err = job->error();
    if (err.isOk() && !job->etag().isEmpty()) {
        const UploadRecord::Part part { partNumber, job->etag(), job->bodySize() };
        m_record.parts.append(part);
        std::sort(m_record.parts.begin(), m_record.parts.end(),
            [](const UploadRecord::Part& a, const UploadRecord::Part& b) { return a.number < b.number; });
        if (m_store && m_record.id != 0 && !m_store->addPart(m_record.id, part))
            qWarning("upload state: %s", qUtf8Printable(m_store->lastError()));
        updateProgress(true);
        pumpParts();
        return;
    }
    const ApiError e = err.isOk() ? ApiError::transport(ApiError::Kind::MissingResponse,
                           tr("object storage confirmed part %1 without an ETag").arg(partNumber))
                                  : err;
    if (e.code() == "NoSuchUpload"_L1) {
        // The multipart upload is gone on the server (aborted or expired): start a new one.
        stopRequests();
        if (++m_restarts > kMaxRestarts) {
            fail(e);
            return;
        }
        m_record.multipartUploadId.clear();
        m_partAttempts.clear();
        initiateMultipart();
        return;
    }
    if (e.category() == ApiError::Category::Auth && credentialsExpiring()) {
        stopRequests();
        restartFromApply(e.toString());
        return;
    }
    int& attempts = m_partAttempts[partNumber];
    m_partsWaiting.append(partNumber);
    const bool again = retryLater(tr("part %1").arg(partNumber), e, attempts, [this, partNumber] {
        m_partsWaiting.removeAll(partNumber);
        pumpParts();
    });
    if (again)
        pumpParts(); // other parts go on meanwhile
}

void MediaUploader::completeMultipart()
{
    ++m_attempts;
    QByteArray xml = "<CompleteMultipartUpload>";
    for (const auto& p : std::as_const(m_record.parts)) {
        QByteArray etag = p.etag;
        etag.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
        xml += "<Part><PartNumber>" + QByteArray::number(p.number) + "</PartNumber><ETag>" + etag
            + "</ETag></Part>";
    }
    xml += "</CompleteMultipartUpload>";
    CosJob::Request req = cosRequest("POST", { { u"uploadId"_s, m_record.multipartUploadId } });
    req.contentType = "application/xml";
    req.data = xml;
    CosJob* job = newCosJob(req);
    m_job = job;
    const int gen = m_generation;
    connect(job, &CosJob::finished, this, [this, gen](CosJob* j) {
        j->deleteLater();
        if (gen != m_generation || m_finished || m_suspended)
            return;
        m_job = nullptr;
        ApiError err = j->error();
        // Object storage may answer 200 and still put an <Error> in the body.
        if (err.isOk() && j->responseBody().contains("<Error>"))
            err = CosJob::errorFromXml(500, j->responseBody(), j->responseHeader("x-cos-request-id"));
        if (err.isOk()) {
            setState(UploadRecord::State::Committing);
            step();
            return;
        }
        if (err.code() == "NoSuchUpload"_L1 && m_attempts > 1) {
            // A retry after a lost answer: the upload was completed by the first attempt.
            setState(UploadRecord::State::Committing);
            step();
            return;
        }
        if (err.code() == "InvalidPart"_L1 || err.code() == "InvalidPartOrder"_L1) {
            // The server does not have what was recorded: upload the parts again.
            if (++m_restarts > kMaxRestarts) {
                fail(err);
                return;
            }
            m_record.multipartUploadId.clear();
            m_record.parts.clear();
            if (m_store && m_record.id != 0)
                m_store->clearParts(m_record.id);
            save();
            m_attempts = 0;
            initiateMultipart();
            return;
        }
        retryLater(u"CompleteMultipartUpload"_s, err, m_attempts, [this] { completeMultipart(); });
    });
    job->start();
}

void MediaUploader::commitUpload()
{
    QJsonObject params;
    params.insert("VodSessionKey"_L1, m_record.vodSessionKey);
    callApi(u"CommitUpload"_s, params, m_attempts, [this](const QJsonObject& r) {
        m_record.fileId = r.value("FileId"_L1).toString();
        m_record.mediaUrl = r.value("MediaUrl"_L1).toString();
        if (m_record.fileId.isEmpty()) {
            fail(ApiError::transport(
                ApiError::Kind::MissingResponse, tr("CommitUpload answered without a FileId")));
            return;
        }
        succeed();
    });
}

void MediaUploader::updateProgress(bool force)
{
    qint64 bytes = m_record.confirmedBytes();
    for (const QPointer<CosJob>& job : std::as_const(m_partJobs)) {
        if (job)
            bytes += job->bytesSent();
    }
    if (m_job && m_record.state == UploadRecord::State::Uploading && !m_record.isMultipart())
        bytes = qMax(bytes, m_job->bytesSent());
    bytes = qMin(bytes, m_record.fileSize);
    const qint64 now = m_clock->nowMs();
    m_rateSamples.append({ now, bytes });
    while (m_rateSamples.size() > 2 && m_rateSamples.first().first < now - kRateWindowMs)
        m_rateSamples.removeFirst();
    m_progress.bytesSent = bytes;
    m_progress.totalBytes = m_record.fileSize;
    m_progress.partsDone = static_cast<int>(m_record.parts.size());
    const auto& first = m_rateSamples.first();
    if (now - first.first >= 250) {
        m_progress.bytesPerSecond = double(bytes - first.second) * 1000.0 / double(now - first.first);
        m_progress.etaMs = m_progress.bytesPerSecond > 0
            ? qint64(double(m_record.fileSize - bytes) * 1000.0 / m_progress.bytesPerSecond)
            : -1;
    }
    if (force || now - m_lastProgressEmitMs >= kProgressIntervalMs || bytes == m_record.fileSize) {
        m_lastProgressEmitMs = now;
        emit progressChanged(m_progress);
    }
}

void MediaUploader::fail(const ApiError& error)
{
    if (m_finished)
        return;
    stopRequests();
    m_finished = true;
    m_error = error;
    if (m_record.id != 0 || !m_store) {
        // A failure that a later try cannot fix ends the record; a transient one keeps it resumable.
        const bool transient = error.category() == ApiError::Category::Transient;
        if (!transient) {
            m_record.state = UploadRecord::State::Failed;
            m_record.error = error.toString();
        }
        save();
    }
    emit stateChanged(m_record.state);
    emit finished(this);
}

void MediaUploader::succeed()
{
    if (m_finished)
        return;
    m_finished = true;
    m_record.state = UploadRecord::State::Done;
    m_record.error.clear();
    save();
    m_progress.bytesSent = m_record.fileSize;
    m_progress.totalBytes = m_record.fileSize;
    m_progress.partsDone = m_progress.partsTotal;
    emit progressChanged(m_progress);
    emit stateChanged(m_record.state);
    emit finished(this);
}
