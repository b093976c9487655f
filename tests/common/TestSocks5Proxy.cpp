#include "TestSocks5Proxy.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QtEndian>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
struct Socks5Session
{
    enum class Stage
    {
        Greeting,
        Auth,
        Request,
        Connecting,
        Piping
    };
    QTcpSocket* client = nullptr;
    QTcpSocket* upstream = nullptr;
    QByteArray buffer;
    Stage stage = Stage::Greeting;
};
} // namespace

TestSocks5Proxy::TestSocks5Proxy(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TestSocks5Proxy::onNewConnection);
}

TestSocks5Proxy::~TestSocks5Proxy() = default;

bool TestSocks5Proxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString TestSocks5Proxy::address() const
{
    return u"127.0.0.1:"_s + QString::number(port());
}

void TestSocks5Proxy::requireAuth(const QString& user, const QString& password)
{
    m_auth = true;
    m_user = user.toUtf8();
    m_password = password.toUtf8();
}

void TestSocks5Proxy::onNewConnection()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        client->setParent(this);
        auto s = std::make_shared<Socks5Session>();
        s->client = client;
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QTcpSocket::readyRead, this, [this, s] {
            if (s->stage == Socks5Session::Stage::Piping) {
                if (s->upstream)
                    s->upstream->write(s->client->readAll());
                return;
            }
            s->buffer += s->client->readAll();
            auto fail = [s](const QByteArray& answer) {
                s->client->write(answer);
                s->client->disconnectFromHost();
                s->stage = Socks5Session::Stage::Connecting; // ignore anything else
            };
            if (s->stage == Socks5Session::Stage::Greeting) {
                if (s->buffer.size() < 2 || s->buffer.size() < 2 + quint8(s->buffer[1]))
                    return;
                const QByteArray methods = s->buffer.mid(2, quint8(s->buffer[1]));
                s->buffer.remove(0, 2 + methods.size());
                const char wanted = m_auth ? 0x02 : 0x00;
                if (!methods.contains(wanted)) {
                    ++m_authRefusals;
                    fail(QByteArray("\x05\xff", 2));
                    return;
                }
                s->client->write(QByteArray("\x05", 1) + wanted);
                s->stage = m_auth ? Socks5Session::Stage::Auth : Socks5Session::Stage::Request;
            }
            if (s->stage == Socks5Session::Stage::Auth) {
                if (s->buffer.size() < 2)
                    return;
                const int ulen = quint8(s->buffer[1]);
                if (s->buffer.size() < 3 + ulen)
                    return;
                const int plen = quint8(s->buffer[2 + ulen]);
                if (s->buffer.size() < 3 + ulen + plen)
                    return;
                const QByteArray user = s->buffer.mid(2, ulen);
                const QByteArray password = s->buffer.mid(3 + ulen, plen);
                s->buffer.remove(0, 3 + ulen + plen);
                if (user != m_user || password != m_password) {
                    ++m_authRefusals;
                    fail(QByteArray("\x01\x01", 2));
                    return;
                }
                s->client->write(QByteArray("\x01\x00", 2));
                s->stage = Socks5Session::Stage::Request;
            }
            if (s->stage == Socks5Session::Stage::Request) {
                if (s->buffer.size() < 5)
                    return;
                const int atyp = quint8(s->buffer[3]);
                int addrLen = atyp == 1 ? 4 : atyp == 4 ? 16 : 1 + quint8(s->buffer[4]);
                if (s->buffer.size() < 4 + addrLen + 2)
                    return;
                QString host;
                if (atyp == 1)
                    host = QHostAddress(qFromBigEndian<quint32>(s->buffer.constData() + 4)).toString();
                else if (atyp == 4)
                    host
                        = QHostAddress(reinterpret_cast<const quint8*>(s->buffer.constData() + 4)).toString();
                else
                    host = QString::fromLatin1(s->buffer.mid(5, addrLen - 1));
                const quint16 port = qFromBigEndian<quint16>(s->buffer.constData() + 4 + addrLen);
                s->buffer.remove(0, 4 + addrLen + 2);
                m_requests << u"CONNECT "_s + host + u':' + QString::number(port);
                s->stage = Socks5Session::Stage::Connecting;
                auto* upstream = new QTcpSocket(s->client);
                s->upstream = upstream;
                connect(upstream, &QTcpSocket::connected, s->client, [s] {
                    s->client->write(QByteArray("\x05\x00\x00\x01\x00\x00\x00\x00\x00\x00", 10));
                    s->stage = Socks5Session::Stage::Piping;
                    if (!s->buffer.isEmpty())
                        s->upstream->write(s->buffer);
                    s->buffer.clear();
                    QObject::connect(s->upstream, &QTcpSocket::readyRead, s->client,
                        [s] { s->client->write(s->upstream->readAll()); });
                    QObject::connect(s->upstream, &QTcpSocket::disconnected, s->client,
                        [s] { s->client->disconnectFromHost(); });
                });
                connect(upstream, &QTcpSocket::errorOccurred, s->client, [s](QAbstractSocket::SocketError) {
                    if (s->stage == Socks5Session::Stage::Connecting) {
                        s->client->write(QByteArray("\x05\x05\x00\x01\x00\x00\x00\x00\x00\x00", 10));
                        s->client->disconnectFromHost();
                    }
                });
                connect(s->client, &QTcpSocket::disconnected, upstream, [upstream] { upstream->abort(); });
                upstream->connectToHost(host, port);
            }
        });
    }
}
