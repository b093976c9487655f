#include "emulator/http/HttpConnection.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace {
// What the socket may hold unread while a request is being answered (the kernel holds the rest).
constexpr qint64 kReadBufferBytes = 256 * 1024;

QByteArray statusLine(int status)
{
    switch (status) {
    case 400:
        return "400 Bad Request";
    case 408:
        return "408 Request Timeout";
    case 413:
        return "413 Content Too Large";
    case 431:
        return "431 Request Header Fields Too Large";
    default:
        return QByteArray::number(status) + " Error";
    }
}
} // namespace

HttpConnection::HttpConnection(
    QTcpSocket* socket, const HttpRequestParser::Limits& limits, const Timeouts& timeouts, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_parser(limits)
    , m_timeouts(timeouts)
{
    socket->setParent(this);
    socket->setReadBufferSize(kReadBufferBytes);
    m_headerTimer.setSingleShot(true);
    m_idleTimer.setSingleShot(true);
    connect(&m_headerTimer, &QTimer::timeout, this, &HttpConnection::onHeaderTimeout);
    connect(&m_idleTimer, &QTimer::timeout, this, &HttpConnection::onIdleTimeout);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    m_idleTimer.start(m_timeouts.idleTimeoutMs);
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::onReadyRead()
{
    if (m_socket && m_closing) {
        m_socket->readAll(); // lingering after a refusal: read and dropped
        return;
    }
    if (!m_socket || m_busy)
        return; // the bytes wait in the socket (bounded) until the answer is out
    m_buffer += m_socket->readAll();
    m_idleTimer.start(m_timeouts.idleTimeoutMs);
    parse();
}

void HttpConnection::parse()
{
    const HttpRequestParser::State before = m_parser.state();
    const HttpRequestParser::State state = m_parser.feed(m_buffer);
    if (before == HttpRequestParser::State::Idle && state != HttpRequestParser::State::Idle)
        m_headerTimer.start(m_timeouts.headerTimeoutMs);
    if (state != HttpRequestParser::State::Head && state != HttpRequestParser::State::Idle)
        m_headerTimer.stop();
    switch (state) {
    case HttpRequestParser::State::Failed:
        refuse(m_parser.errorStatus(), m_parser.errorText());
        return;
    case HttpRequestParser::State::Body:
        if (m_parser.expectsContinue() && m_socket && !m_continueSent) {
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            m_continueSent = true;
        }
        return;
    case HttpRequestParser::State::Complete: {
        m_busy = true;
        m_continueSent = false;
        m_idleTimer.stop();
        IncomingRequest request = m_parser.take();
        request.remoteAddress = m_socket ? m_socket->peerAddress() : QHostAddress();
        emit requestReady(this, request);
        return;
    }
    case HttpRequestParser::State::Idle:
    case HttpRequestParser::State::Head:
        return;
    }
}

void HttpConnection::requestDone()
{
    if (!m_busy)
        return;
    m_busy = false;
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_idleTimer.start(m_timeouts.idleTimeoutMs);
    // The next pipelined request, from what is buffered and what waited in the socket.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_socket || m_busy || m_closing)
                return;
            m_buffer += m_socket->readAll();
            parse();
        },
        Qt::QueuedConnection);
}

void HttpConnection::refuse(int status, const QString& reason)
{
    m_closing = true;
    m_headerTimer.stop();
    m_idleTimer.stop();
    m_buffer.clear();
    emit refused(this, status, reason);
    if (!m_socket)
        return;
    const QByteArray body = reason.toUtf8() + '\n';
    m_socket->write("HTTP/1.1 " + statusLine(status) + "\r\nContent-Type: text/plain; charset=utf-8\r\n"
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    m_socket->flush();
    m_socket->readAll();
    // A lingering close: what the client still sends (the rest of a huge head, say) is read and
    // dropped for a second, so that closing does not reset the connection before the client has read
    // the answer; a client that never reads it does not keep the connection either.
    QTimer::singleShot(1000, this, [this] {
        if (m_socket) {
            m_socket->readAll();
            m_socket->disconnectFromHost();
        }
    });
    QTimer::singleShot(5000, this, [this] {
        if (m_socket)
            m_socket->abort();
    });
}

void HttpConnection::onHeaderTimeout()
{
    if (!m_busy && m_parser.state() == HttpRequestParser::State::Head)
        refuse(
            408, tr("the request head did not arrive within %1 s").arg(m_timeouts.headerTimeoutMs / 1000.0));
}

void HttpConnection::onIdleTimeout()
{
    if (m_busy || m_closing || !m_socket)
        return;
    if (m_parser.state() == HttpRequestParser::State::Idle && m_buffer.isEmpty()) {
        m_socket->disconnectFromHost(); // a keep-alive connection left unused
        return;
    }
    refuse(408, tr("no byte of the request for %1 s").arg(m_timeouts.idleTimeoutMs / 1000.0));
}
