#include "emulator/http/IncomingRequest.h"

#include <QHttpServerRequest>

using namespace Qt::StringLiterals;

QByteArray IncomingRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.isNull() ? QByteArray("") : value;
    }
    return {};
}

bool IncomingRequest::hasHeader(const QByteArray& name) const
{
    return !header(name).isNull();
}

bool IncomingRequest::wantsClose() const
{
    return header("Connection").trimmed().compare("close", Qt::CaseInsensitive) == 0;
}

IncomingRequest IncomingRequest::from(const QHttpServerRequest& request)
{
    IncomingRequest r;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        r.method = "GET";
        break;
    case QHttpServerRequest::Method::Put:
        r.method = "PUT";
        break;
    case QHttpServerRequest::Method::Delete:
        r.method = "DELETE";
        break;
    case QHttpServerRequest::Method::Post:
        r.method = "POST";
        break;
    case QHttpServerRequest::Method::Head:
        r.method = "HEAD";
        break;
    case QHttpServerRequest::Method::Options:
        r.method = "OPTIONS";
        break;
    case QHttpServerRequest::Method::Patch:
        r.method = "PATCH";
        break;
    case QHttpServerRequest::Method::Connect:
        r.method = "CONNECT";
        break;
    case QHttpServerRequest::Method::Trace:
        r.method = "TRACE";
        break;
    default:
        r.method = "UNKNOWN";
        break;
    }
    const QUrl url = request.url();
    r.path = url.path();
    if (r.path.isEmpty())
        r.path = u"/"_s;
    r.query = request.query();
    r.headers = request.headers();
    r.body = request.body();
    r.remoteAddress = request.remoteAddress();
    return r;
}
