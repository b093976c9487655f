#include "core/tasks/DownloadJob.h"

#include "core/support/Clock.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

DownloadJob::DownloadJob(
    QNetworkAccessManager* network, Clock* clock, const QUrl& url, const QString& path, QObject* parent)
    : NetworkJob(network, clock, parent)
    , m_url(url)
    , m_path(path)
{
    Limits limits;
    limits.stallMs = 60000;
    limits.stallMinBytes = kMinBytesPerWindow;
    limits.deadlineMs = 30 * 60 * 1000;
    setLimits(limits);
}

void DownloadJob::setAttemptDeadlineMs(qint64 ms)
{
    Limits l = limits();
    l.deadlineMs = ms;
    setLimits(l);
}

DownloadJob::~DownloadJob() = default;

void DownloadJob::setStallTimeoutMs(qint64 ms)
{
    Limits l = limits();
    l.stallMs = ms;
    setLimits(l);
}

void DownloadJob::start()
{
    const QString scheme = m_url.scheme().toLower();
    if (!m_url.isValid() || (scheme != "http"_L1 && scheme != "https"_L1)) {
        fail(ApiError::invalidRequest(
            tr("cannot download \"%1\": not an http(s) URL").arg(m_url.toDisplayString())));
        return;
    }
    const QFileInfo target(m_path);
    if (!QDir().mkpath(target.absolutePath())) {
        fail(ApiError::invalidRequest(tr("cannot create the folder %1").arg(target.absolutePath())));
        return;
    }
    attempt();
}

void DownloadJob::cancelled(bool)
{
    m_file.close(); // the .part stays: a later download resumes from it
    fail(ApiError::transport(ApiError::Kind::Cancelled, tr("download cancelled")));
}

void DownloadJob::attempt()
{
    ++m_attempt;
    m_headerChecked = false;
    m_restarting = false;
    m_file.setFileName(partPath());
    if (!m_file.open(QIODevice::ReadWrite)) {
        fail(ApiError::invalidRequest(tr("cannot write %1: %2").arg(partPath(), m_file.errorString())));
        return;
    }
    m_resumedFrom = m_file.size();
    const qint64 cap = m_maxBytes > 0 ? m_maxBytes : kDefaultCap;
    if (m_resumedFrom > cap) { // a partial file from before the cap: start again
        m_file.resize(0);
        m_resumedFrom = 0;
    }
    m_received = m_resumedFrom;
    m_file.seek(m_resumedFrom);
    Limits l = limits();
    l.maxAnswerBytes = cap - m_resumedFrom;
    setLimits(l);

    QNetworkRequest req(m_url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (m_resumedFrom > 0)
        req.setRawHeader("Range", "bytes=" + QByteArray::number(m_resumedFrom) + '-');
    track(network()->get(req));
}

void DownloadJob::answerBytesArrived(QNetworkReply* reply)
{
    if (!m_headerChecked) {
        m_headerChecked = true;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        m_contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (status == 206) {
            // "bytes START-END/TOTAL": it must continue exactly where the .part ends.
            static const QRegularExpression re(u"^bytes (\\d+)-(\\d+)/(\\d+|\\*)$"_s);
            const auto m = re.match(QString::fromLatin1(reply->rawHeader("Content-Range")).trimmed());
            if (!m.hasMatch() || m.captured(1).toLongLong() != m_resumedFrom) {
                m_file.resize(0);
                m_file.seek(0);
                m_received = m_resumedFrom = 0;
                m_restarting = true;
                abortAttempt(); // restart from zero on the next attempt
                return;
            }
            m_total = m.captured(3) == "*"_L1 ? -1 : m.captured(3).toLongLong();
        } else if (status == 200) {
            if (m_resumedFrom > 0) { // the server ignored the Range: start over
                m_file.resize(0);
                m_file.seek(0);
                m_received = m_resumedFrom = 0;
            }
            m_total = length > 0 ? length : -1;
        } else {
            return; // an error status: judged in onFinished
        }
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200 && status != 206)
        return;
    const QByteArray chunk = reply->readAll();
    if (m_file.write(chunk) != chunk.size()) {
        dropReply();
        fail(ApiError::invalidRequest(tr("cannot write %1: %2").arg(partPath(), m_file.errorString())));
        return;
    }
    m_received += chunk.size();
    emit progress(m_received, m_total);
}

void DownloadJob::attemptFinished(QNetworkReply* reply, const Outcome& outcome)
{
    if (reply->isOpen() && reply->bytesAvailable() > 0 && outcome.failure == Failure::None)
        answerBytesArrived(reply);
    if (isFinished())
        return; // a write failed
    const int status = outcome.httpStatus;
    m_file.flush();
    m_file.close();

    ApiError err;
    if (outcome.failure == Failure::TooLarge) {
        QFile::remove(partPath()); // not the file that was expected: nothing of it is kept
        fail(ApiError::transport(ApiError::Kind::TooLarge,
            tr("the download from %1 is larger than %2 MB, more than this file can be: it was stopped and "
               "nothing was kept")
                .arg(m_url.host())
                .arg(limits().maxAnswerBytes / (1024 * 1024) + m_resumedFrom / (1024 * 1024)),
            status));
        return;
    }
    if (outcome.failure == Failure::Deadline) {
        const qint64 ms = limits().deadlineMs;
        err = ApiError::transport(ApiError::Kind::Timeout,
            ms >= 120000 ? tr("the download did not finish within %1 min").arg(ms / 60000)
                         : tr("the download did not finish within %1 s").arg(ms / 1000),
            status);
    } else if (status == 416 && m_resumedFrom > 0) {
        // The .part is already complete or longer than the file: start again from zero.
        QFile::remove(partPath());
        err = ApiError::transport(ApiError::Kind::HttpStatus, tr("range not satisfiable"), status);
    } else if (status != 0 && status != 200 && status != 206) {
        err = ApiError::transport(ApiError::Kind::HttpStatus,
            tr("the file server answered HTTP %1 for %2").arg(status).arg(m_url.toDisplayString()), status);
        if (status == 403 || status == 404 || status == 410) {
            err = ApiError::fromApi(u"ResourceNotFound"_s,
                tr("the file is gone (HTTP %1): a temporary URL is valid for 7 days").arg(status), {},
                status);
            fail(err);
            return;
        }
    } else if (outcome.failure == Failure::Stalled) {
        err = ApiError::transport(
            ApiError::Kind::Timeout, tr("no data for %1 s while downloading").arg(limits().stallMs / 1000));
    } else if (outcome.failure == Failure::Tls) {
        fail(ApiError::transport(ApiError::Kind::Tls, outcome.detail, 0, false));
        return; // a refused certificate is not retried
    } else if (outcome.failure == Failure::Proxy) {
        err = ApiError::transport(
            ApiError::Kind::Network, tr("download failed: %1").arg(outcome.detail), status, false);
    } else if (m_restarting) {
        err = ApiError::transport(ApiError::Kind::Network, tr("download restarted"), status);
    } else if (outcome.networkError != QNetworkReply::NoError) {
        err = ApiError::transport(
            ApiError::Kind::Network, tr("download failed: %1").arg(outcome.errorString), status);
    } else if (m_total >= 0 && m_received != m_total) {
        err = ApiError::transport(ApiError::Kind::TruncatedBody,
            tr("the download ended after %1 of %2 bytes").arg(m_received).arg(m_total), status);
    }
    if (err.isOk()) {
        succeed();
        return;
    }
    if (m_attempt < m_maxAttempts && err.kind() != ApiError::Kind::InvalidRequest) {
        const int gen = generation();
        clock()->callAfter(500LL * m_attempt, this, [this, gen] {
            if (gen == generation() && !isFinished())
                attempt();
        });
        return;
    }
    fail(err);
}

void DownloadJob::succeed()
{
    QFile::remove(m_path);
    if (!QFile::rename(partPath(), m_path)) {
        fail(ApiError::invalidRequest(tr("cannot move the download into place at %1").arg(m_path)));
        return;
    }
    complete();
}

void DownloadJob::fail(const ApiError& error)
{
    if (isFinished())
        return;
    m_error = error;
    complete();
}
