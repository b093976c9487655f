#include "core/tasks/DownloadJob.h"

#include "core/net/NetworkErrorText.h"
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
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
    , m_url(url)
    , m_path(path)
{
}

DownloadJob::~DownloadJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
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

void DownloadJob::cancel()
{
    if (m_finished)
        return;
    ++m_generation;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_file.close(); // the .part stays: a later download resumes from it
    fail(ApiError::transport(ApiError::Kind::Cancelled, tr("download cancelled")));
}

void DownloadJob::attempt()
{
    ++m_attempt;
    ++m_generation;
    m_headerChecked = false;
    m_stalled = false;
    m_file.setFileName(partPath());
    if (!m_file.open(QIODevice::ReadWrite)) {
        fail(ApiError::invalidRequest(tr("cannot write %1: %2").arg(partPath(), m_file.errorString())));
        return;
    }
    m_resumedFrom = m_file.size();
    m_received = m_resumedFrom;
    m_file.seek(m_resumedFrom);

    QNetworkRequest req(m_url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (m_resumedFrom > 0)
        req.setRawHeader("Range", "bytes=" + QByteArray::number(m_resumedFrom) + '-');
    m_reply = m_network->get(req);
    m_sslErrors.clear();
    const int gen = m_generation;
    connect(m_reply, &QNetworkReply::sslErrors, this, [this, gen](const QList<QSslError>& errors) {
        if (gen == m_generation)
            m_sslErrors = errors;
    });
    connect(m_reply, &QNetworkReply::readyRead, this, [this, gen] {
        if (gen == m_generation)
            onReadyRead();
    });
    connect(m_reply, &QNetworkReply::finished, this, [this, gen] {
        if (gen == m_generation)
            onFinished();
    });
    armStallTimer();
}

void DownloadJob::armStallTimer()
{
    m_lastActivity = m_clock->nowMs();
    const int gen = m_generation;
    m_clock->callAfter(m_stallTimeoutMs, this, [this, gen] {
        if (gen != m_generation || m_finished || !m_reply)
            return;
        if (m_clock->nowMs() - m_lastActivity >= m_stallTimeoutMs) {
            m_stalled = true;
            m_reply->abort();
        } else {
            armStallTimer();
        }
    });
}

void DownloadJob::onReadyRead()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    m_lastActivity = m_clock->nowMs();
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
                reply->abort(); // restart from zero on the next attempt
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
        ++m_generation;
        reply->abort();
        fail(ApiError::invalidRequest(tr("cannot write %1: %2").arg(partPath(), m_file.errorString())));
        return;
    }
    m_received += chunk.size();
    emit progress(m_received, m_total);
}

void DownloadJob::onFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    if (reply->isOpen() && reply->bytesAvailable() > 0)
        onReadyRead();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_file.flush();
    m_file.close();

    ApiError err;
    if (status == 416 && m_resumedFrom > 0) {
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
    } else if (m_stalled) {
        err = ApiError::transport(
            ApiError::Kind::Timeout, tr("no data for %1 s while downloading").arg(m_stallTimeoutMs / 1000));
    } else if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
        fail(ApiError::transport(ApiError::Kind::Tls,
            NetworkErrorText::certificateRefused(reply->url(), m_sslErrors, reply->errorString()), 0, false));
        return; // a refused certificate is not retried
    } else if (const auto proxyError = NetworkErrorText::proxyErrorFor(reply->error(),
                   (status == 0 && reply->error() != QNetworkReply::NoError)
                           || NetworkErrorText::isProxyError(reply->error())
                       ? NetworkErrorText::proxyOf(m_network, reply->url())
                       : QString(),
                   reply->errorString());
               proxyError != QNetworkReply::NoError) {
        err = ApiError::transport(ApiError::Kind::Network,
            tr("download failed: %1")
                .arg(NetworkErrorText::proxyFailure(
                    proxyError, NetworkErrorText::proxyOf(m_network, reply->url()), reply->errorString())),
            status, false);
    } else if (reply->error() != QNetworkReply::NoError
        && reply->error() != QNetworkReply::OperationCanceledError) {
        err = ApiError::transport(
            ApiError::Kind::Network, tr("download failed: %1").arg(reply->errorString()), status);
    } else if (reply->error() == QNetworkReply::OperationCanceledError) {
        err = ApiError::transport(ApiError::Kind::Network, tr("download restarted"), status);
    } else if (m_total >= 0 && m_received != m_total) {
        err = ApiError::transport(ApiError::Kind::TruncatedBody,
            tr("the download ended after %1 of %2 bytes").arg(m_received).arg(m_total), status);
    }
    if (err.isOk()) {
        succeed();
        return;
    }
    if (m_attempt < m_maxAttempts && err.kind() != ApiError::Kind::InvalidRequest) {
        const int gen = m_generation;
        m_clock->callAfter(500LL * m_attempt, this, [this, gen] {
            if (gen == m_generation && !m_finished)
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
    m_finished = true;
    emit finished(this);
    if (m_autoDelete)
        deleteLater();
}

void DownloadJob::fail(const ApiError& error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    emit finished(this);
    if (m_autoDelete)
        deleteLater();
}
