#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <functional>

class QTcpSocket;

// A loopback HTTP/1.1 server for client tests: it records every request and answers each one with
// the next scripted step (a reply, a dropped connection, a truncated body, or silence).
class ScriptedHttpServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
    };

    struct Step
    {
        enum class Kind
        {
            Reply,
            Drop,
            Truncate,
            Hang
        };
        Kind kind = Kind::Reply;
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        int truncateAt = -1; // Truncate: bytes of body actually sent
    };

    explicit ScriptedHttpServer(QObject* parent = nullptr);
    ~ScriptedHttpServer() override;
    bool listen();
    quint16 port() const;
    QString baseUrl() const; // http://127.0.0.1:PORT/

    // Steps are consumed in order; when none is left, `fallback` answers (default: a JSON success).
    void enqueue(const Step& step);
    void enqueueJson(const QByteArray& responseInner, int status = 200); // {"Response":{<inner>}}
    void enqueueApiError(const QString& code, const QString& message = {});
    void enqueueDrop();
    void enqueueHang();
    void enqueueTruncated(const QByteArray& body, int sendBytes);
    void setFallback(std::function<Step(const Request&)> fallback) { m_fallback = std::move(fallback); }
    // Sent as the Date header of every reply: server time = local time + offsetSecs.
    void setDateOffsetSecs(qint64 offsetSecs) { m_dateOffset = offsetSecs; }

    const QList<Request>& requests() const { return m_requests; }
    int requestCount() const { return static_cast<int>(m_requests.size()); }
    static QByteArray httpDate(qint64 unixSecs);

signals:
    void requestReceived(int index);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void answer(QTcpSocket* socket, const Request& request);

    QTcpServer m_server;
    QList<Step> m_steps;
    QList<Request> m_requests;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    std::function<Step(const Request&)> m_fallback;
    qint64 m_dateOffset = 0;
};
