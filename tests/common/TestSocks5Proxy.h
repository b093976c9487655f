#pragma once

#include <QObject>
#include <QStringList>
#include <QTcpServer>

// A small SOCKS5 proxy for tests (RFC 1928 CONNECT, optionally RFC 1929 user/password), on 127.0.0.1.
// It counts the connections it opened ("CONNECT host:port"), so that a test can prove that traffic
// really went through it, and the handshakes it refused.
class TestSocks5Proxy : public QObject
{
    Q_OBJECT

public:
    explicit TestSocks5Proxy(QObject* parent = nullptr);
    ~TestSocks5Proxy() override;

    bool listen();
    void close() { m_server.close(); }
    quint16 port() const { return m_server.serverPort(); }
    QString address() const; // "127.0.0.1:PORT"

    void requireAuth(const QString& user, const QString& password);
    QStringList requests() const { return m_requests; }
    int count() const { return static_cast<int>(m_requests.size()); }
    int authRefusals() const { return m_authRefusals; }

private:
    void onNewConnection();

    QTcpServer m_server;
    QStringList m_requests;
    QByteArray m_user, m_password;
    bool m_auth = false;
    int m_authRefusals = 0;
};
