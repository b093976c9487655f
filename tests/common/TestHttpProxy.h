#pragma once

#include <QHostAddress>
#include <QObject>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

// A small HTTP proxy for tests, on 127.0.0.1: absolute-URI requests (http://) are forwarded with the
// request line rewritten and "Connection: close" on both sides; CONNECT (https://) opens a tunnel.
// Optional Basic authentication (407 until the right Proxy-Authorization comes). It counts what it
// handled, so a test can prove that a request really went through it; routeEverythingTo() sends every
// request to one place whatever host it names (for host names that do not resolve).
class TestHttpProxy : public QObject
{
    Q_OBJECT

public:
    explicit TestHttpProxy(QObject* parent = nullptr);
    ~TestHttpProxy() override;

    bool listen();
    void close() { m_server.close(); }
    quint16 port() const { return m_server.serverPort(); }
    QString address() const; // "127.0.0.1:PORT"

    void requireAuth(const QString& user, const QString& password);
    void routeEverythingTo(const QString& host, quint16 port);

    // "GET http://host:port/path", "POST http://...", "CONNECT host:port", in arrival order.
    QStringList requests() const { return m_requests; }
    int count(const QString& prefix = QString()) const;
    int authRefusals() const { return m_authRefusals; }
    // Every header block received, for tests that look for secrets in what a proxy sees.
    QByteArray receivedHeads() const { return m_heads; }

private:
    void onNewConnection();

    QTcpServer m_server;
    QStringList m_requests;
    QByteArray m_heads;
    QByteArray m_expectedAuth; // "Basic ..." or empty
    QString m_routeHost;
    quint16 m_routePort = 0;
    int m_authRefusals = 0;
};
