#include "core/uploads/CosJob.h"

#include "core/net/FileRangeDevice.h"
#include "core/net/NetworkErrorText.h"
#include "core/signing/CosSigner.h"
#include "core/support/Clock.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

CosJob::CosJob(QNetworkAccessManager* network, Clock* clock, const CosCredentials& credentials,
    const Request& request, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
    , m_credentials(credentials)
    , m_request(request)
{
}

CosJob::~CosJob()
{
    ++m_generation;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

qint64 CosJob::bodySize() const
{
    return m_request.fileLength >= 0 ? m_request.fileLength : m_request.data.size();
}

QByteArray CosJob::responseHeader(const QByteArray& name) const
{
    for (const auto& [n, v] : m_headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

QUrl CosJob::urlFor(const Request& request)
{
    QUrl url = request.origin;
    const QString key = request.key.startsWith(u'/') ? request.key : u'/' + request.key;
    url.setPath(key, QUrl::DecodedMode);
    if (!request.query.isEmpty()) {
        QStringList parts;
        for (const auto& [name, value] : request.query) {
            parts.append(value.isEmpty() && name == "uploads"_L1
                    ? QString::fromLatin1(CosSigner::urlEncode(name))
                    : QString::fromLatin1(CosSigner::urlEncode(name) + '=' + CosSigner::urlEncode(value)));
        }
        url.setQuery(parts.join(u'&'), QUrl::StrictMode);
    }
    return url;
}

void CosJob::start()
{
    if (m_started)
        return;
    m_started = true;
    const QUrl url = urlFor(m_request);
    const QString host = m_request.host.isEmpty() ? m_request.origin.host() : m_request.host;
    const qint64 size = bodySize();

    // Sign what is sent: Host, Content-Length, Content-Type (the token is added after signing).
    CosSigner::Input in;
    in.secretId = m_credentials.secretId;
    in.secretKey = m_credentials.secretKey;
    in.method = QString::fromLatin1(m_request.method);
    in.key = m_request.key;
    in.query = m_request.query;
    in.headers.append({ u"Host"_s, host });
    in.headers.append({ u"Content-Length"_s, QString::number(size) });
    if (!m_request.contentType.isEmpty())
        in.headers.append({ u"Content-Type"_s, QString::fromLatin1(m_request.contentType) });
    const qint64 now = (m_clock->nowMs() + m_offsetMs) / 1000;
    in.keyTime = QString::number(now - 60) + u';' + QString::number(now + 900);
    const CosSigner::Output signature = CosSigner::sign(in);

    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setRawHeader("Host", host.toUtf8());
    req.setRawHeader("Authorization", signature.authorization);
    if (!m_credentials.token.isEmpty())
        req.setRawHeader("x-cos-security-token", m_credentials.token.toUtf8());
    if (!m_request.contentType.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QString::fromLatin1(m_request.contentType));
    req.setHeader(QNetworkRequest::ContentLengthHeader, size);

    if (m_request.fileLength >= 0) {
        m_device = new FileRangeDevice(m_request.filePath, m_request.fileOffset, m_request.fileLength, this);
        if (!m_device->open(QIODevice::ReadOnly)) {
            finish(ApiError::invalidRequest(
                tr("cannot read %1: %2").arg(m_request.filePath, m_device->errorString())));
            return;
        }
        m_reply = m_network->sendCustomRequest(req, m_request.method, m_device);
        m_device->setParent(m_reply);
    } else {
        m_reply = m_network->sendCustomRequest(req, m_request.method, m_request.data);
    }
    const int gen = ++m_generation;
    m_sslErrors.clear();
    connect(m_reply, &QNetworkReply::sslErrors, this, [this, gen](const QList<QSslError>& errors) {
        if (gen == m_generation)
            m_sslErrors = errors;
    });
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this, gen](qint64 sent, qint64) {
        if (gen != m_generation)
            return;
        m_lastActivity = m_clock->nowMs();
        m_sent = sent;
        emit uploadProgress(sent, bodySize());
    });
    connect(m_reply, &QNetworkReply::readyRead, this, [this, gen] {
        if (gen == m_generation)
            m_lastActivity = m_clock->nowMs();
    });
    connect(m_reply, &QNetworkReply::finished, this, [this, gen] {
        if (gen == m_generation)
            onFinished();
    });
    armStallTimer();
}

void CosJob::armStallTimer()
{
    m_lastActivity = m_clock->nowMs();
    const int gen = m_generation;
    const auto check = [this, gen](auto&& self) -> void {
        if (gen != m_generation || m_finished || !m_reply)
            return;
        const qint64 idle = m_clock->nowMs() - m_lastActivity;
        if (idle >= m_stallTimeoutMs) {
            m_stalled = true;
            m_reply->abort();
            return;
        }
        m_clock->callAfter(m_stallTimeoutMs - idle, this, [self] { self(self); });
    };
    m_clock->callAfter(m_stallTimeoutMs, this, [check] { check(check); });
}

void CosJob::cancel()
{
    if (m_finished)
        return;
    ++m_generation;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    finish(ApiError::transport(ApiError::Kind::Cancelled, tr("upload cancelled")));
}

void CosJob::onFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_body = reply->readAll();
    m_headers = reply->rawHeaderPairs();
    const QNetworkReply::NetworkError netError = reply->error();

    if (m_stalled) {
        finish(ApiError::transport(ApiError::Kind::Timeout,
            tr("no progress for %1 s talking to object storage").arg(m_stallTimeoutMs / 1000), m_status));
        return;
    }
    if (m_status >= 200 && m_status < 300 && netError == QNetworkReply::NoError) {
        finish({});
        return;
    }
    if (m_status >= 300) {
        finish(errorFromXml(m_status, m_body, responseHeader("x-cos-request-id")));
        return;
    }
    if (netError == QNetworkReply::SslHandshakeFailedError) {
        finish(ApiError::transport(ApiError::Kind::Tls,
            tr("object storage: %1")
                .arg(NetworkErrorText::certificateRefused(reply->url(), m_sslErrors, reply->errorString())),
            0, false));
        return;
    }
    const QString proxy = m_status == 0 || NetworkErrorText::isProxyError(netError)
        ? NetworkErrorText::proxyOf(m_network, reply->url())
        : QString();
    if (const auto proxyError = NetworkErrorText::proxyErrorFor(netError, proxy, reply->errorString());
        proxyError != QNetworkReply::NoError) {
        finish(ApiError::transport(ApiError::Kind::Network,
            tr("object storage unreachable: %1")
                .arg(NetworkErrorText::proxyFailure(proxyError, proxy, reply->errorString())),
            0, false));
        return;
    }
    switch (netError) {
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        finish(ApiError::transport(ApiError::Kind::Tls,
            tr("object storage: secure connection failed: %1").arg(reply->errorString())));
        return;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
        finish(ApiError::transport(ApiError::Kind::Network,
            tr("object storage unreachable: %1").arg(reply->errorString()), 0, false));
        return;
    default:
        finish(ApiError::transport(ApiError::Kind::Network,
            tr("object storage request failed: %1").arg(reply->errorString()), m_status));
        return;
    }
}

void CosJob::finish(const ApiError& error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    emit finished(this);
}

QString CosJob::xmlElement(const QByteArray& xml, const QString& name)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == name)
            return reader.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    return {};
}

ApiError CosJob::errorFromXml(int status, const QByteArray& body, const QByteArray& requestIdHeader)
{
    QString code = xmlElement(body, u"Code"_s);
    QString message = xmlElement(body, u"Message"_s);
    QString requestId = xmlElement(body, u"RequestId"_s);
    if (requestId.isEmpty())
        requestId = QString::fromLatin1(requestIdHeader);
    if (code.isEmpty()) {
        ApiError e = ApiError::transport(ApiError::Kind::HttpStatus,
            tr("object storage answered HTTP %1 without an XML error").arg(status), status);
        if (status >= 500 || status == 429 || status == 408)
            e.setCategory(ApiError::Category::Transient);
        return e;
    }
    ApiError e
        = ApiError::fromApi(code, message.isEmpty() ? tr("HTTP %1").arg(status) : message, requestId, status);
    using C = ApiError::Category;
    if (status >= 500 || code == "SlowDown"_L1 || code == "InternalError"_L1
        || code == "ServiceUnavailable"_L1 || code == "RequestTimeout"_L1)
        e.setCategory(C::Transient);
    else if (code == "RequestTimeTooSkewed"_L1)
        e.setCategory(C::Clock);
    else if (status == 401 || status == 403 || code == "InvalidToken"_L1 || code == "ExpiredToken"_L1
        || code == "InvalidAccessKeyId"_L1)
        e.setCategory(C::Auth);
    else if (status == 404)
        e.setCategory(C::NotFound);
    else
        e.setCategory(C::InvalidInput);
    return e;
}
