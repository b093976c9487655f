#include "core/uploads/CosJob.h"

#include "core/net/FileRangeDevice.h"
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
    : NetworkJob(network, clock, parent)
    , m_credentials(credentials)
    , m_request(request)
{
    setAutoDelete(false); // MediaUploader reads the result, then deletes it
    Limits limits;
    limits.stallMs = 60000;
    limits.maxAnswerBytes = kMaxAnswerBytes;
    setLimits(limits);
}

CosJob::~CosJob() = default;

void CosJob::setStallTimeoutMs(qint64 ms)
{
    Limits l = limits();
    l.stallMs = ms;
    setLimits(l);
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
    const qint64 now = (clock()->nowMs() + m_offsetMs) / 1000;
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
        QNetworkReply* reply = network()->sendCustomRequest(req, m_request.method, m_device);
        m_device->setParent(reply);
        track(reply);
    } else {
        track(network()->sendCustomRequest(req, m_request.method, m_request.data));
    }
}

void CosJob::bodyBytesSent(qint64 sent, qint64)
{
    m_sent = sent;
    emit uploadProgress(sent, bodySize());
}

void CosJob::cancelled(bool)
{
    finish(ApiError::transport(ApiError::Kind::Cancelled, tr("upload cancelled")));
}

void CosJob::attemptFinished(QNetworkReply* reply, const Outcome& outcome)
{
    m_status = outcome.httpStatus;
    m_body = outcome.failure == Failure::TooLarge ? QByteArray() : reply->readAll();
    m_headers = reply->rawHeaderPairs();

    switch (outcome.failure) {
    case Failure::Stalled:
        finish(ApiError::transport(ApiError::Kind::Timeout,
            tr("no progress for %1 s talking to object storage").arg(limits().stallMs / 1000), m_status));
        return;
    case Failure::TooLarge:
        finish(ApiError::transport(ApiError::Kind::TooLarge,
            tr("object storage answered with more than %1 MB: it was not read")
                .arg(kMaxAnswerBytes / (1024 * 1024)),
            m_status));
        return;
    default:
        break;
    }
    if (m_status >= 200 && m_status < 300 && outcome.networkError == QNetworkReply::NoError) {
        finish({});
        return;
    }
    if (m_status >= 300) {
        finish(errorFromXml(m_status, m_body, responseHeader("x-cos-request-id")));
        return;
    }
    switch (outcome.failure) {
    case Failure::Tls:
        finish(
            ApiError::transport(ApiError::Kind::Tls, tr("object storage: %1").arg(outcome.detail), 0, false));
        return;
    case Failure::Proxy:
    case Failure::Unreachable:
        finish(ApiError::transport(
            ApiError::Kind::Network, tr("object storage unreachable: %1").arg(outcome.detail), 0, false));
        return;
    default:
        break;
    }
    switch (outcome.networkError) {
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        finish(ApiError::transport(ApiError::Kind::Tls,
            tr("object storage: secure connection failed: %1").arg(outcome.errorString)));
        return;
    default:
        finish(ApiError::transport(ApiError::Kind::Network,
            tr("object storage request failed: %1").arg(outcome.errorString), m_status));
        return;
    }
}

void CosJob::finish(const ApiError& error)
{
    if (isFinished())
        return;
    m_error = error;
    complete();
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
