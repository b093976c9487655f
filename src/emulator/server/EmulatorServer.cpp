#include "emulator/server/EmulatorServer.h"

#include "core/signing/Credentials.h"
#include "core/support/PrintableText.h"
#include "core/support/SystemClock.h"
#include "emulator/http/HttpRange.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 206:
        return "Partial Content";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 416:
        return "Range Not Satisfiable";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

} // namespace

EmulatorServer::EmulatorServer(const EmulatorConfig& config, Clock* clock, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_clock(clock ? clock : SystemClock::instance(), config.clockOffsetSeconds * 1000)
    , m_store(std::make_unique<TaskStore>(config.dataDir))
    , m_media(std::make_unique<MediaStore>(config.dataDir))
    , m_cos(std::make_unique<ObjectStorage>(&m_clock, m_media.get()))
    , m_renderer(
          new OutputRenderer(config.dataDir.isEmpty() ? QString() : config.dataDir + u"/files"_s, this))
    , m_api(new EmulatorApi(m_config, &m_clock, m_store.get(), m_renderer, m_media.get(), this))
    , m_faults(config.faults)
{
    m_renderer->setCacheLimit(config.renderCacheBytes);
}

EmulatorServer::~EmulatorServer()
{
    delete m_api;
    delete m_renderer; // waits for renders in flight
}

bool EmulatorServer::listen(const QHostAddress& address, quint16 port)
{
    if (!m_store->load(&m_error) || !m_media->load(&m_error))
        return false;
    auto* tcp = new QTcpServer(this);
    if (!tcp->listen(address, port)) {
        m_error = tr("cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(tcp->errorString());
        delete tcp;
        return false;
    }
    connect(tcp, &QTcpServer::newConnection, this, &EmulatorServer::onNewConnections);
    m_tcp = tcp;
    m_address = address;
    m_port = tcp->serverPort();
    m_error.clear();
    m_warning.clear();
    const bool demo = m_config.credentials.size() == 1
        && m_config.hasSecretId(QString::fromLatin1(kEmulatorDemoSecretId))
        && m_config.secretKeyFor(QString::fromLatin1(kEmulatorDemoSecretId))
            == QString::fromLatin1(kEmulatorDemoSecretKey);
    if (demo && !address.isLoopback()) {
        m_warning
            = tr("listening on %1 beyond this computer with the public demo credentials: anyone who can "
                 "reach port %2 can use this emulator and read what it stores; give --secret-id and "
                 "--secret-key, or listen on 127.0.0.1")
                  .arg(address.toString())
                  .arg(m_port);
        qWarning("aigc-vod-emulator: %s", qUtf8Printable(m_warning));
    }
    return true;
}

void EmulatorServer::onNewConnections()
{
    HttpRequestParser::Limits limits;
    limits.maxHeadBytes = m_config.maxHeadBytes;
    limits.maxBodyBytes = m_config.maxBodyBytes;
    limits.maxUploadBytes = m_config.maxUploadBytes;
    limits.spillDir = m_media->incomingDir();
    HttpConnection::Timeouts timeouts;
    timeouts.headerTimeoutMs = m_config.headerTimeoutMs;
    timeouts.idleTimeoutMs = m_config.idleTimeoutMs;
    while (QTcpSocket* socket = m_tcp->nextPendingConnection()) {
        auto* connection = new HttpConnection(socket, limits, timeouts, this);
        connect(connection, &HttpConnection::requestReady, this, &EmulatorServer::handle);
        connect(connection, &HttpConnection::refused, this,
            [this](HttpConnection* c, int status, const QString& reason) {
                const QString what = u"(refused)"_s;
                emit requestHandled(what, QString::number(status), 0);
                if (m_config.log)
                    log(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + u' '
                        + (c->socket() ? c->socket()->peerAddress().toString() : u"-"_s) + u' ' + what
                        + u" - "_s + QString::number(status) + u' ' + reason);
            });
    }
}

QUrl EmulatorServer::baseUrl() const
{
    QHostAddress host = m_address;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4 || host.isNull())
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(host.toString());
    url.setPort(m_port);
    url.setPath(u"/"_s);
    return url;
}

void EmulatorServer::setFaults(const FaultConfig& faults)
{
    m_config.faults = faults;
    m_faults.setConfig(faults);
}

void EmulatorServer::setRateLimits(int createPerSecond, int readPerSecond)
{
    m_config.createPerSecond = createPerSecond;
    m_config.readPerSecond = readPerSecond;
    m_api->rateLimiter().clear();
}

void EmulatorServer::setClockOffsetSeconds(qint64 seconds)
{
    m_config.clockOffsetSeconds = seconds;
    m_clock.setOffsetMs(seconds * 1000);
}

QByteArray EmulatorServer::httpDate(qint64 ms)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return QLocale::c().toString(t, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
}

void EmulatorServer::handle(HttpConnection* connection, const IncomingRequest& request)
{
    auto x = std::make_shared<Exchange>();
    x->timer.start();
    x->request = request;
    x->socket = connection->socket();
    x->connection = connection;
    x->cos = ObjectStorage::route(x->request);
    const bool isApi = !x->cos && x->request.path == "/"_L1 && x->request.method == "POST";
    const bool isFile = !x->cos && x->request.path.startsWith("/files/"_L1);
    if (x->cos) {
        x->what = x->cos->operation + u" /"_s + x->cos->key;
        x->fault = m_faults.decide(x->cos->operation);
    } else if (isApi) {
        x->what = x->request.action().isEmpty() ? u"(no action)"_s : x->request.action();
        x->fault = m_faults.decide(x->request.action());
    } else {
        x->what = QString::fromLatin1(x->request.method) + u' ' + x->request.path;
        if (isFile)
            x->fault = m_faults.decide(u"File"_s);
    }
    if (x->fault.latencyMs > 0)
        QTimer::singleShot(x->fault.latencyMs, this, [this, x] { process(x); });
    else
        process(x);
}

void EmulatorServer::process(const ExchangePtr& x)
{
    if (!x->socket)
        return; // the client went away during the latency
    ++m_requests;
    const IncomingRequest& in = x->request;
    if (x->cos) {
        processCos(x);
        return;
    }
    if (in.path == "/"_L1) {
        if (in.method != "POST") {
            const QString requestId = EmulatorApi::newRequestId();
            writeJson(x,
                EmulatorApi::errorResponse(u"UnsupportedProtocol"_s,
                    tr("HTTP(S) request protocol error: this endpoint only answers POST requests with a JSON "
                       "body."),
                    requestId),
                u"UnsupportedProtocol"_s);
            return;
        }
        processApi(x);
        return;
    }
    if (in.path.startsWith("/files/"_L1)) {
        processFile(x);
        return;
    }
    write(x, 404, { { "Content-Type", "text/plain; charset=utf-8" } }, plainError(404), in.method == "HEAD");
    finishExchange(x, u"404"_s);
}

QByteArray EmulatorServer::plainError(int status) const
{
    return QByteArray::number(status) + ' ' + reasonPhrase(status) + '\n';
}

bool EmulatorServer::applyTransportFault(const ExchangePtr& x, const QByteArray& body)
{
    switch (x->fault.kind) {
    case FaultInjector::Kind::Drop:
        drop(x);
        finishExchange(x, u"fault:drop"_s);
        return true;
    case FaultInjector::Kind::Truncate:
        write(x, 200, { { "Content-Type", "application/json" } }, body, false,
            std::max<qsizetype>(1, body.size() / 2));
        finishExchange(x, u"fault:truncate"_s);
        return true;
    case FaultInjector::Kind::HttpError: {
        const int status = x->fault.httpStatus;
        const QByteArray html = QByteArrayLiteral("<html><head><title>") + QByteArray::number(status) + ' '
            + reasonPhrase(status) + "</title></head><body><center><h1>" + QByteArray::number(status) + ' '
            + reasonPhrase(status) + "</h1></center><hr><center>stgw</center></body></html>\n";
        write(x, status, { { "Content-Type", "text/html" } }, html, x->request.method == "HEAD");
        finishExchange(x, u"fault:http-"_s + QString::number(status));
        return true;
    }
    case FaultInjector::Kind::None:
    case FaultInjector::Kind::ApiError:
        break;
    }
    return false;
}

void EmulatorServer::processApi(const ExchangePtr& x)
{
    const FaultInjector::Decision& fault = x->fault;
    const bool before = fault.stage == FaultConfig::Stage::Before;
    if (before && fault.isFault() && fault.kind != FaultInjector::Kind::ApiError) {
        const QJsonObject envelope { { "Response"_L1,
            EmulatorApi::errorResponse(u"InternalError"_s, EmulatorApi::defaultMessage(u"InternalError"_s),
                EmulatorApi::newRequestId()) } };
        applyTransportFault(x, QJsonDocument(envelope).toJson(QJsonDocument::Compact));
        return;
    }
    const QString injected
        = before && fault.kind == FaultInjector::Kind::ApiError ? fault.apiCode : QString();
    m_api->handle(x->request, injected, [this, x](const EmulatorApi::Reply& reply) {
        x->secretId = reply.secretId;
        QJsonObject response = reply.response;
        QString result = reply.code.isEmpty() ? u"OK"_s : reply.code;
        if (!reply.taskId.isEmpty())
            result += u" "_s + reply.taskId;
        const FaultInjector::Decision& f = x->fault;
        if (f.stage == FaultConfig::Stage::After && f.isFault()) {
            if (f.kind == FaultInjector::Kind::ApiError) {
                response = EmulatorApi::errorResponse(f.apiCode, EmulatorApi::defaultMessage(f.apiCode),
                    response.value("RequestId"_L1).toString());
                result += u" fault:after:"_s + f.apiCode;
            } else {
                const QJsonObject envelope { { "Response"_L1, response } };
                if (!x->socket)
                    return;
                applyTransportFault(x, QJsonDocument(envelope).toJson(QJsonDocument::Compact));
                return;
            }
        }
        writeJson(x, response, result);
    });
}

void EmulatorServer::writeJson(const ExchangePtr& x, const QJsonObject& response, const QString& result)
{
    const QJsonObject envelope { { "Response"_L1, response } };
    write(x, 200, { { "Content-Type", "application/json" } },
        QJsonDocument(envelope).toJson(QJsonDocument::Compact));
    finishExchange(x, result);
}

void EmulatorServer::processFile(const ExchangePtr& x)
{
    const IncomingRequest& in = x->request;
    const bool head = in.method == "HEAD";
    if (in.method != "GET" && !head) {
        write(x, 405, { { "Content-Type", "text/plain; charset=utf-8" }, { "Allow", "GET, HEAD" } },
            plainError(405));
        finishExchange(x, u"405"_s);
        return;
    }
    // /files/<TaskId>/<name> or /files/media/<FileId>/<name>
    const QStringList parts = in.path.mid(7).split(u'/');
    const bool media = parts.size() == 3 && parts.at(0) == "media"_L1;
    // A generated file is cut off within its own bytes (below), as a real connection would cut it; a
    // resuming client must not find foreign bytes in its .part.
    const bool truncateOutput = !media && x->fault.kind == FaultInjector::Kind::Truncate;
    if (!truncateOutput && applyTransportFault(x, QByteArray(4096, '\0')))
        return;
    if (media) {
        serveMedia(x, parts.at(1), parts.at(2));
        return;
    }
    const EmulatedTask* task = parts.size() == 2 ? m_store->find(parts.at(0)) : nullptr;
    const qint64 now = m_clock.nowMs();
    bool servable = task && parts.at(1) == task->fileName() && task->succeededAt(now);
    if (servable) {
        const qint64 expiry = task->outputExpiryMs(m_config.temporaryUrlDays);
        servable = expiry == 0 || now < expiry;
    }
    if (!servable) {
        write(x, 404, { { "Content-Type", "text/plain; charset=utf-8" } }, plainError(404), head);
        finishExchange(x, u"404"_s);
        return;
    }
    const QByteArray lastModified = httpDate(task->finishMs);
    const QByteArray etag = '"' + task->taskId.toLatin1() + '"';
    m_renderer->get(EmulatorApi::renderJob(*task), this,
        [this, x, head, lastModified, etag](const OutputRenderer::Result& audio) {
            if (!x->socket)
                return;
            if (!audio.ok()) {
                write(x, 500, { { "Content-Type", "text/plain; charset=utf-8" } },
                    plainError(500) + audio.error.toUtf8() + '\n', head);
                finishExchange(x, u"500"_s);
                return;
            }
            const qint64 size = audio.data.size();
            QList<QPair<QByteArray, QByteArray>> headers { { "Content-Type", audio.contentType },
                { "Accept-Ranges", "bytes" }, { "Last-Modified", lastModified }, { "ETag", etag },
                { "Cache-Control", "private, max-age=3600" } };
            const QByteArray rangeHeader = x->request.header("Range");
            const HttpRange range = rangeHeader.isNull() ? HttpRange() : HttpRange::parse(rangeHeader, size);
            if (range.kind == HttpRange::Kind::Unsatisfiable) {
                headers.append({ "Content-Range", range.contentRange(size) });
                headers[0].second = "text/plain; charset=utf-8";
                write(x, 416, headers, plainError(416), head);
                finishExchange(x, u"416"_s);
                return;
            }
            const bool truncate = x->fault.kind == FaultInjector::Kind::Truncate && !head;
            if (range.kind == HttpRange::Kind::Satisfiable) {
                headers.append({ "Content-Range", range.contentRange(size) });
                const QByteArray part = audio.data.mid(range.first, range.length());
                write(x, 206, headers, part, head, truncate ? std::max<qsizetype>(1, part.size() / 2) : -1);
                finishExchange(x, truncate ? u"fault:truncate"_s : u"206"_s);
                return;
            }
            write(x, 200, headers, audio.data, head,
                truncate ? std::max<qsizetype>(1, audio.data.size() / 2) : -1);
            finishExchange(x, truncate ? u"fault:truncate"_s : u"200"_s);
        });
}

QByteArray EmulatorServer::responseHead(
    const ExchangePtr& x, int status, const Headers& headers, qint64 contentLength, bool close) const
{
    Q_UNUSED(x);
    QByteArray out
        = QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto& [name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += QByteArrayLiteral("Content-Length: ") + QByteArray::number(contentLength) + "\r\n";
    out += QByteArrayLiteral("Date: ") + httpDate(m_clock.nowMs()) + "\r\n";
    out += QByteArrayLiteral("Server: aigc-vod-emulator/") + EmulatorInfo::version().toLatin1() + "\r\n";
    out += close ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    out += "\r\n";
    return out;
}

void EmulatorServer::write(const ExchangePtr& x, int status,
    const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& body, bool headOnly,
    qsizetype truncateAt)
{
    QTcpSocket* socket = x->socket;
    if (!socket)
        return;
    const bool close = x->request.wantsClose() || truncateAt >= 0;
    QByteArray out = responseHead(x, status, headers, body.size(), close);
    if (!headOnly)
        out += truncateAt >= 0 ? body.left(truncateAt) : body;
    socket->write(out);
    if (close) {
        socket->flush();
        socket->disconnectFromHost();
    }
}

void EmulatorServer::writeFile(const ExchangePtr& x, int status, const Headers& headers, const QString& path,
    qint64 offset, qint64 length, bool headOnly, const QString& result)
{
    QTcpSocket* socket = x->socket;
    if (!socket)
        return;
    auto file = std::make_shared<QFile>(path);
    if (!file->open(QIODevice::ReadOnly) || !file->seek(offset)) {
        write(x, 500, { { "Content-Type", "text/plain; charset=utf-8" } },
            plainError(500) + file->errorString().toUtf8() + '\n', headOnly);
        finishExchange(x, u"500"_s);
        return;
    }
    const bool close = x->request.wantsClose();
    socket->write(responseHead(x, status, headers, length, close));
    if (headOnly || length == 0) {
        if (close) {
            socket->flush();
            socket->disconnectFromHost();
        }
        finishExchange(x, result);
        return;
    }
    auto remaining = std::make_shared<qint64>(length);
    auto connection = std::make_shared<QMetaObject::Connection>();
    auto pump = [this, x, file, remaining, connection, close, result] {
        QTcpSocket* s = x->socket;
        if (!s || *remaining <= 0)
            return;
        constexpr qint64 kChunk = 256 * 1024;
        while (*remaining > 0 && s->bytesToWrite() < 4 * kChunk) {
            const QByteArray chunk = file->read(std::min(*remaining, kChunk));
            if (chunk.isEmpty()) { // the file shrank: the client sees a short body
                *remaining = 0;
                QObject::disconnect(*connection);
                s->disconnectFromHost();
                finishExchange(x, u"500"_s);
                return;
            }
            s->write(chunk);
            *remaining -= chunk.size();
        }
        if (*remaining == 0) {
            QObject::disconnect(*connection);
            if (close) {
                s->flush();
                s->disconnectFromHost();
            }
            finishExchange(x, result);
        }
    };
    *connection = connect(socket, &QTcpSocket::bytesWritten, this, pump);
    pump();
}

void EmulatorServer::serveMedia(const ExchangePtr& x, const QString& fileId, const QString& name)
{
    const bool head = x->request.method == "HEAD";
    const UploadedMedia* media = m_media->media(fileId);
    if (!media || name != media->fileName() || !media->existsAt(m_clock.nowMs())) {
        write(x, 404, { { "Content-Type", "text/plain; charset=utf-8" } }, plainError(404), head);
        finishExchange(x, u"404"_s);
        return;
    }
    const QString path = m_media->absolutePath(media->objectFile);
    const qint64 size = QFileInfo(path).size();
    Headers headers { { "Content-Type", media->contentType() }, { "Accept-Ranges", "bytes" },
        { "Last-Modified", httpDate(media->createMs) }, { "ETag", media->etag.toLatin1() },
        { "Cache-Control", "private, max-age=3600" } };
    const QByteArray rangeHeader = x->request.header("Range");
    const HttpRange range = rangeHeader.isNull() ? HttpRange() : HttpRange::parse(rangeHeader, size);
    if (range.kind == HttpRange::Kind::Unsatisfiable) {
        headers.append({ "Content-Range", range.contentRange(size) });
        headers[0].second = "text/plain; charset=utf-8";
        write(x, 416, headers, plainError(416), head);
        finishExchange(x, u"416"_s);
        return;
    }
    if (range.kind == HttpRange::Kind::Satisfiable) {
        headers.append({ "Content-Range", range.contentRange(size) });
        writeFile(x, 206, headers, path, range.first, range.length(), head, u"206"_s);
        return;
    }
    writeFile(x, 200, headers, path, 0, size, head, u"200"_s);
}

void EmulatorServer::processCos(const ExchangePtr& x)
{
    const FaultInjector::Decision& f = x->fault;
    if (f.stage == FaultConfig::Stage::Before && f.isFault()) {
        applyCosFault(x, {});
        return;
    }
    const ObjectStorage::Reply reply = m_cos->handle(x->request, *x->cos);
    x->secretId = reply.secretId;
    if (f.isFault()) {
        applyCosFault(x, reply);
        return;
    }
    write(x, reply.status, reply.headers, reply.body, x->request.method == "HEAD");
    finishExchange(x, reply.result);
}

void EmulatorServer::applyCosFault(const ExchangePtr& x, const ObjectStorage::Reply& answer)
{
    const FaultInjector::Decision& f = x->fault;
    const bool after = f.stage == FaultConfig::Stage::After;
    const QString prefix = after ? answer.result + u" fault:after:"_s : u"fault:"_s;
    const QString resource
        = (x->cos->bucket.isEmpty() ? QString::fromLatin1(x->request.header("Host")).trimmed()
                                    : x->cos->host())
        + u'/' + x->cos->key;
    switch (f.kind) {
    case FaultInjector::Kind::Drop:
        drop(x);
        finishExchange(x, prefix + u"drop"_s);
        return;
    case FaultInjector::Kind::Truncate: {
        ObjectStorage::Reply r = answer;
        if (!after)
            r = ObjectStorage::error(500, u"InternalError"_s,
                tr("We encountered an internal error. Please try again."), resource,
                ObjectStorage::newRequestId());
        // An empty answer (PutObject, UploadPart) still promises a body, then the connection closes.
        const QByteArray body = r.body.isEmpty() ? QByteArray(64, ' ') : r.body;
        write(x, r.status, r.headers, body, false, std::max<qsizetype>(1, body.size() / 2));
        finishExchange(x, prefix + u"truncate"_s);
        return;
    }
    case FaultInjector::Kind::HttpError: {
        const int status = f.httpStatus;
        const QString code = status == 503 ? u"ServiceUnavailable"_s
            : status == 502                ? u"BadGateway"_s
            : status == 504                ? u"GatewayTimeout"_s
                                           : u"InternalError"_s;
        const ObjectStorage::Reply r = ObjectStorage::error(status, code,
            tr("Emulated HTTP error %1 (%2).").arg(status).arg(QString::fromLatin1(reasonPhrase(status))),
            resource, ObjectStorage::newRequestId());
        write(x, r.status, r.headers, r.body, x->request.method == "HEAD");
        finishExchange(x, prefix + u"http-"_s + QString::number(status));
        return;
    }
    case FaultInjector::Kind::ApiError: {
        const bool slowDown = f.apiCode == "SlowDown"_L1 || f.apiCode == "ServiceUnavailable"_L1
            || f.apiCode.startsWith("RequestLimitExceeded"_L1);
        const ObjectStorage::Reply r = slowDown
            ? ObjectStorage::error(503, u"SlowDown"_s, tr("Please reduce your request rate."), resource,
                ObjectStorage::newRequestId())
            : ObjectStorage::error(500, u"InternalError"_s,
                tr("We encountered an internal error. Please try again."), resource,
                ObjectStorage::newRequestId());
        write(x, r.status, r.headers, r.body, x->request.method == "HEAD");
        finishExchange(x, prefix + r.result);
        return;
    }
    case FaultInjector::Kind::None:
        break;
    }
    write(x, answer.status, answer.headers, answer.body, x->request.method == "HEAD");
    finishExchange(x, answer.result);
}

void EmulatorServer::drop(const ExchangePtr& x)
{
    if (QTcpSocket* socket = x->socket)
        socket->disconnectFromHost();
}

void EmulatorServer::finishExchange(const ExchangePtr& x, const QString& result)
{
    const qint64 ms = x->timer.elapsed();
    // The next request of this connection may be parsed now: its answer follows this one.
    if (x->connection)
        x->connection->requestDone();
    emit requestHandled(x->what, result, ms);
    if (!m_config.log)
        return;
    log(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + u' '
        + x->request.remoteAddress.toString() + u' ' + x->what + u' '
        + (x->secretId.isEmpty() ? u"-"_s : Credentials::maskId(x->secretId)) + u' ' + result + u' '
        + QString::number(ms) + u"ms"_s);
}

void EmulatorServer::log(const QString& line) const
{
    // The path, the action and the key come from the client: no control character reaches the log.
    std::fprintf(stderr, "%s\n", PrintableText::escape(line).toLocal8Bit().constData());
    std::fflush(stderr);
}
