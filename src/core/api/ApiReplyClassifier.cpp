#include "core/api/ApiReplyClassifier.h"

#include "core/support/JsonFields.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

ApiReplyClassifier::Reply ApiReplyClassifier::fromNetworkReply(QNetworkReply* reply, const QByteArray& body)
{
    Reply r;
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    r.httpStatus = statusAttr.isValid() ? statusAttr.toInt() : 0;
    r.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    r.networkError = reply->error();
    r.errorString = reply->errorString();
    const QVariant lengthHeader = reply->header(QNetworkRequest::ContentLengthHeader);
    if (lengthHeader.isValid())
        r.contentLength = lengthHeader.toLongLong();
    r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    r.body = body;
    return r;
}

ApiReplyClassifier::Result ApiReplyClassifier::classify(const Reply& in)
{
    const int status = in.httpStatus;
    const QByteArray& body = in.body;
    Result result;

    if (in.timedOut) {
        result.error = ApiError::transport(ApiError::Kind::Timeout,
            tr("no complete answer within %1 s").arg(in.timeoutSeconds), status, in.sent || status != 0);
        return result;
    }

    switch (in.networkError) {
    case QNetworkReply::SslHandshakeFailedError:
        result.error = ApiError::transport(
            ApiError::Kind::Tls, tr("the TLS connection failed: %1").arg(in.errorString), 0, false);
        return result;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        result.error = ApiError::transport(
            ApiError::Kind::Network, tr("could not connect: %1").arg(in.errorString), 0, false);
        return result;
    default:
        break;
    }

    // A status line arrived: judge the body against what the headers promised.
    const qint64 promised = in.contentLength.value_or(-1);
    const bool shortBody = in.contentLength.has_value() && body.size() < promised;
    if (status != 0 && status != 200) {
        const QString snippet = QString::fromUtf8(body.left(200)).simplified();
        result.error = ApiError::transport(ApiError::Kind::HttpStatus,
            tr("the server answered HTTP %1 %2%3")
                .arg(status)
                .arg(in.reasonPhrase, snippet.isEmpty() ? QString() : u" — "_s + snippet),
            status, true);
        return result;
    }
    if (status == 0 || (in.networkError != QNetworkReply::NoError && !shortBody)) {
        if (status == 200 && shortBody) {
            result.error = ApiError::transport(ApiError::Kind::TruncatedBody,
                tr("the answer was cut off after %1 of %2 bytes").arg(body.size()).arg(promised), status,
                true);
            return result;
        }
        result.error = ApiError::transport(ApiError::Kind::Network,
            tr("the connection failed: %1").arg(in.errorString), status, in.sent || status != 0);
        return result;
    }
    if (shortBody) {
        result.error = ApiError::transport(ApiError::Kind::TruncatedBody,
            tr("the answer was cut off after %1 of %2 bytes").arg(body.size()).arg(promised), status, true);
        return result;
    }

    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &perr);
    if (perr.error != QJsonParseError::NoError) {
        const QByteArray trimmed = body.trimmed();
        const bool looksLikeJson = trimmed.startsWith('{') || trimmed.startsWith('[');
        const bool endedEarly = perr.error == QJsonParseError::UnterminatedObject
            || perr.error == QJsonParseError::UnterminatedArray
            || perr.error == QJsonParseError::UnterminatedString
            || perr.error == QJsonParseError::IllegalEscapeSequence || perr.offset >= trimmed.size() - 1;
        if (looksLikeJson && endedEarly) {
            result.error = ApiError::transport(ApiError::Kind::TruncatedBody,
                tr("the answer ends in the middle of its JSON (%1 bytes)").arg(body.size()), status, true);
            return result;
        }
        const QString snippet = QString::fromUtf8(body.left(120)).simplified();
        result.error = ApiError::transport(ApiError::Kind::NotJson,
            tr("the answer is not JSON (Content-Type %1): %2")
                .arg(in.contentType.isEmpty() ? tr("none") : in.contentType,
                    snippet.isEmpty() ? tr("empty body") : snippet),
            status, true);
        return result;
    }
    if (!doc.isObject() || !doc.object().value("Response"_L1).isObject()) {
        result.error = ApiError::transport(ApiError::Kind::MissingResponse,
            tr("the answer is JSON but has no \"Response\" object"), status, true);
        return result;
    }

    const QJsonObject response = doc.object().value("Response"_L1).toObject();
    const QString requestId = JsonFields::string(response, "RequestId"_L1);
    const QJsonValue errorValue = response.value("Error"_L1);
    if (errorValue.isObject()) {
        const QJsonObject e = errorValue.toObject();
        QString code = JsonFields::string(e, "Code"_L1);
        if (code.isEmpty())
            code = u"UnknownError"_s;
        result.error = ApiError::fromApi(code, JsonFields::string(e, "Message"_L1), requestId, status);
        return result;
    }
    result.response = response;
    return result;
}
