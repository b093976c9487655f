#include "TestHttpProxy.h"

#include <QTcpSocket>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
struct HttpProxySession
{
    QTcpSocket* client = nullptr;
    QTcpSocket* upstream = nullptr;
    QByteArray buffer;
    bool headDone = false;
    bool rewriteResponseHead = false;
    bool upstreamConnected = false;
    QByteArray responseBuffer;
};

// Pipes bytes between both sockets until one side closes.
void pipe(QTcpSocket* a, QTcpSocket* b)
{
    QObject::connect(a, &QTcpSocket::readyRead, b, [a, b] { b->write(a->readAll()); });
    QObject::connect(a, &QTcpSocket::disconnected, b, [b] { b->disconnectFromHost(); });
}
} // namespace

TestHttpProxy::TestHttpProxy(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TestHttpProxy::onNewConnection);
}

TestHttpProxy::~TestHttpProxy() = default;

bool TestHttpProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString TestHttpProxy::address() const
{
    return u"127.0.0.1:"_s + QString::number(port());
}

void TestHttpProxy::requireAuth(const QString& user, const QString& password)
{
    m_expectedAuth = "Basic " + (user + u':' + password).toUtf8().toBase64();
}

void TestHttpProxy::routeEverythingTo(const QString& host, quint16 port)
{
    m_routeHost = host;
    m_routePort = port;
}

int TestHttpProxy::count(const QString& prefix) const
{
    int n = 0;
    for (const QString& r : m_requests)
        n += r.startsWith(prefix) ? 1 : 0;
    return n;
}

void TestHttpProxy::onNewConnection()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        client->setParent(this);
        auto s = std::make_shared<HttpProxySession>();
        s->client = client;
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QTcpSocket::readyRead, this, [this, s] {
            if (s->headDone)
                return; // piped from now on
            s->buffer += s->client->readAll();
            const qsizetype end = s->buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = s->buffer.left(end);
            QByteArray rest = s->buffer.mid(end + 4);
            m_heads += head + "\r\n\r\n";
            QList<QByteArray> lines = head.split('\n');
            for (QByteArray& l : lines)
                l = l.trimmed();
            const QList<QByteArray> requestLine = lines.value(0).split(' ');
            const QByteArray method = requestLine.value(0);
            const QByteArray target = requestLine.value(1);

            if (!m_expectedAuth.isEmpty()) {
                QByteArray given;
                for (const QByteArray& l : lines) {
                    if (l.toLower().startsWith("proxy-authorization:"))
                        given = l.mid(l.indexOf(':') + 1).trimmed();
                }
                if (given != m_expectedAuth) {
                    ++m_authRefusals;
                    s->headDone = true;
                    s->client->write(
                        "HTTP/1.1 407 Proxy Authentication Required\r\n"
                        "Proxy-Authenticate: Basic realm=\"test proxy\"\r\n"
                        "Content-Length: 0\r\nConnection: close\r\nProxy-Connection: close\r\n\r\n");
                    s->client->disconnectFromHost();
                    return;
                }
            }
            s->headDone = true;

            QString host;
            quint16 port = 0;
            QByteArray forwardHead;
            const bool tunnel = method == "CONNECT";
            if (tunnel) {
                m_requests << u"CONNECT "_s + QString::fromLatin1(target);
                const qsizetype colon = target.lastIndexOf(':');
                host = QString::fromLatin1(target.left(colon));
                port = static_cast<quint16>(target.mid(colon + 1).toUInt());
            } else {
                const QUrl url(QString::fromLatin1(target));
                m_requests << QString::fromLatin1(method) + u' ' + url.toString();
                host = url.host();
                port = static_cast<quint16>(url.port(80));
                QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
                if (path.isEmpty())
                    path = "/";
                if (url.hasQuery())
                    path += '?' + url.query(QUrl::FullyEncoded).toLatin1();
                forwardHead = method + ' ' + path + ' ' + requestLine.value(2) + "\r\n";
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const QByteArray lower = lines[i].toLower();
                    if (lower.startsWith("proxy-") || lower.startsWith("connection:") || lines[i].isEmpty())
                        continue;
                    forwardHead += lines[i] + "\r\n";
                }
                forwardHead += "Connection: close\r\n\r\n";
            }
            if (!m_routeHost.isEmpty()) {
                host = m_routeHost;
                port = m_routePort;
            }
            auto* upstream = new QTcpSocket(s->client);
            s->upstream = upstream;
            connect(upstream, &QTcpSocket::errorOccurred, s->client, [s](QAbstractSocket::SocketError) {
                if (!s->upstreamConnected) {
                    s->client->write(
                        "HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    s->client->disconnectFromHost();
                }
            });
            connect(upstream, &QTcpSocket::connected, s->client, [s, tunnel, forwardHead, rest] {
                s->upstreamConnected = true;
                s->rewriteResponseHead = !tunnel;
                if (tunnel)
                    s->client->write("HTTP/1.1 200 Connection established\r\n\r\n");
                else
                    s->upstream->write(forwardHead);
                s->upstream->write(rest);
                s->upstream->write(s->client->readAll());
                pipe(s->client, s->upstream);
                if (tunnel) {
                    pipe(s->upstream, s->client);
                    return;
                }
                // The answer: "Connection: close" in its head, so that the client never reuses this
                // connection for a request to another host.
                QObject::connect(s->upstream, &QTcpSocket::readyRead, s->client, [s] {
                    QByteArray data = s->upstream->readAll();
                    if (s->rewriteResponseHead) {
                        s->responseBuffer += data;
                        const qsizetype end = s->responseBuffer.indexOf("\r\n\r\n");
                        if (end < 0)
                            return;
                        QList<QByteArray> head = s->responseBuffer.left(end).split('\n');
                        QByteArray out;
                        for (QByteArray l : head) {
                            l = l.trimmed();
                            if (l.toLower().startsWith("connection:")
                                || l.toLower().startsWith("keep-alive:"))
                                continue;
                            out += l + "\r\n";
                        }
                        out += "Connection: close\r\n\r\n";
                        data = out + s->responseBuffer.mid(end + 4);
                        s->responseBuffer.clear();
                        s->rewriteResponseHead = false;
                    }
                    s->client->write(data);
                });
                QObject::connect(s->upstream, &QTcpSocket::disconnected, s->client,
                    [s] { s->client->disconnectFromHost(); });
            });
            upstream->connectToHost(host, port);
        });
    }
}
