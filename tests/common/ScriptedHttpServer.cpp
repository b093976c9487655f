#include "ScriptedHttpServer.h"

#include <QDateTime>
#include <QLocale>
#include <QTcpSocket>
#include <QUuid>

using namespace Qt::StringLiterals;

ScriptedHttpServer::ScriptedHttpServer(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedHttpServer::onNewConnection);
}

ScriptedHttpServer::~ScriptedHttpServer()
{
    // The sockets are the server's children and outlive m_buffers: detach them first.
    const auto sockets = m_server.findChildren<QTcpSocket*>();
    for (QTcpSocket* s : sockets) {
        s->disconnect(this);
        s->abort();
    }
}

bool ScriptedHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

quint16 ScriptedHttpServer::port() const
{
    return m_server.serverPort();
}

QString ScriptedHttpServer::baseUrl() const
{
    return u"http://127.0.0.1:%1/"_s.arg(port());
}

void ScriptedHttpServer::enqueue(const Step& step)
{
    m_steps.append(step);
}

void ScriptedHttpServer::enqueueJson(const QByteArray& inner, int status)
{
    Step s;
    s.status = status;
    s.body = "{\"Response\":{" + inner + "}}";
    enqueue(s);
}

void ScriptedHttpServer::enqueueApiError(const QString& code, const QString& message)
{
    enqueueJson("\"Error\":{\"Code\":\"" + code.toUtf8() + "\",\"Message\":\"" + message.toUtf8()
        + "\"},\"RequestId\":\"" + QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8() + "\"");
}

void ScriptedHttpServer::enqueueDrop()
{
    Step s;
    s.kind = Step::Kind::Drop;
    enqueue(s);
}

void ScriptedHttpServer::enqueueHang()
{
    Step s;
    s.kind = Step::Kind::Hang;
    enqueue(s);
}

void ScriptedHttpServer::enqueueTruncated(const QByteArray& body, int sendBytes)
{
    Step s;
    s.kind = Step::Kind::Truncate;
    s.body = body;
    s.truncateAt = sendBytes;
    enqueue(s);
}

QByteArray ScriptedHttpServer::httpDate(qint64 unixSecs)
{
    return QLocale::c()
        .toString(QDateTime::fromSecsSinceEpoch(unixSecs, Qt::UTC), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s)
        .toLatin1();
}

void ScriptedHttpServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void ScriptedHttpServer::onReadyRead(QTcpSocket* socket)
{
    QByteArray& buf = m_buffers[socket];
    buf += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buf.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        Request req;
        const QList<QByteArray> lines = buf.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        req.method = requestLine.value(0);
        req.path = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                req.headers.insert(
                    lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = req.header("content-length").toLongLong();
        if (buf.size() < headerEnd + 4 + length)
            return;
        req.body = buf.mid(headerEnd + 4, length);
        buf.remove(0, headerEnd + 4 + length);
        m_requests.append(req);
        emit requestReceived(static_cast<int>(m_requests.size() - 1));
        answer(socket, req);
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
    }
}

void ScriptedHttpServer::answer(QTcpSocket* socket, const Request& request)
{
    Step step;
    if (!m_steps.isEmpty())
        step = m_steps.takeFirst();
    else if (m_fallback)
        step = m_fallback(request);
    else
        step.body = "{\"Response\":{\"RequestId\":\""
            + QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8() + "\"}}";

    switch (step.kind) {
    case Step::Kind::Hang:
        return;
    case Step::Kind::Drop:
        socket->abort();
        return;
    case Step::Kind::Reply:
    case Step::Kind::Truncate:
        break;
    }
    QByteArray out
        = "HTTP/1.1 " + QByteArray::number(step.status) + (step.status == 200 ? " OK" : " Error") + "\r\n";
    bool hasType = false;
    bool chunked = false; // a step with "Transfer-Encoding: chunked" is sent without a length
    for (const auto& h : step.headers) {
        out += h.first + ": " + h.second + "\r\n";
        hasType = hasType || h.first.toLower() == "content-type";
        chunked = chunked || (h.first.toLower() == "transfer-encoding" && h.second == "chunked");
    }
    if (!hasType)
        out += "Content-Type: application/json\r\n";
    out += "Date: " + httpDate(QDateTime::currentSecsSinceEpoch() + m_dateOffset) + "\r\n";
    if (!chunked)
        out += "Content-Length: " + QByteArray::number(step.body.size()) + "\r\n";
    out += "Connection: keep-alive\r\n\r\n";
    if (chunked && step.kind == Step::Kind::Reply) {
        for (qsizetype at = 0; at < step.body.size(); at += 64 * 1024) {
            const QByteArray chunk = step.body.mid(at, 64 * 1024);
            out += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
        }
        socket->write(out + "0\r\n\r\n");
        return;
    }
    if (step.kind == Step::Kind::Truncate) {
        out += step.body.left(step.truncateAt);
        socket->write(out);
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    out += step.body;
    socket->write(out);
}
