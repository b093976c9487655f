#pragma once

#include "emulator/http/HttpRequestParser.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

// One client connection of the emulator: its bytes through an HttpRequestParser, one request at a
// time. While the server answers a request (requestDone() not yet called) nothing more is parsed and
// the socket's read buffer is bounded, so pipelined requests are answered in the order they came and
// a client that sends without reading cannot make the emulator grow. A head that breaks the limits is
// answered 431, 413 or 400 and the connection closed; a head not complete within headerTimeoutMs
// (however slowly it trickles), or no byte for idleTimeoutMs (between requests or within a body),
// closes it (408 when a request had begun).
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    struct Timeouts
    {
        int headerTimeoutMs = 30'000;
        int idleTimeoutMs = 120'000;
    };

    HttpConnection(QTcpSocket* socket, const HttpRequestParser::Limits& limits, const Timeouts& timeouts,
        QObject* parent = nullptr);
    ~HttpConnection() override;

    QTcpSocket* socket() const { return m_socket; }
    // The answer to the request last emitted is complete: the next one may be parsed.
    void requestDone();

signals:
    void requestReady(HttpConnection* connection, const IncomingRequest& request);
    // A request refused before it reached the server (431, 413, 400, 408), for the log.
    void refused(HttpConnection* connection, int status, const QString& reason);

private:
    void onReadyRead();
    void parse();
    void refuse(int status, const QString& reason);
    void onHeaderTimeout();
    void onIdleTimeout();

    QPointer<QTcpSocket> m_socket;
    HttpRequestParser m_parser;
    Timeouts m_timeouts;
    QByteArray m_buffer;
    QTimer m_headerTimer;
    QTimer m_idleTimer;
    bool m_busy = false; // a request is with the server
    bool m_closing = false;
    bool m_continueSent = false; // "100 Continue" for the current request
};
