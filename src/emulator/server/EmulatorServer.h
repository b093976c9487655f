#pragma once

#include "emulator/api/EmulatorApi.h"
#include "emulator/api/ObjectStorage.h"
#include "emulator/http/EmulatorConfig.h"
#include "emulator/http/HttpConnection.h"
#include "emulator/http/IncomingRequest.h"
#include "emulator/http/OffsetClock.h"
#include "emulator/server/FaultInjector.h"
#include "emulator/storage/MediaStore.h"
#include "emulator/storage/TaskStore.h"
#include "emulator/synth/OutputRenderer.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QPointer>
#include <QUrl>
#include <memory>
#include <optional>

class QTcpServer;
class QTcpSocket;

// The local emulator of Tencent Cloud VOD's AI audio API (docs/emulator.md): POST / answers the API
// (EmulatorApi), GET/HEAD /files/<TaskId>/<name> serves generated audio and /files/media/<FileId>/<name>
// uploaded media, with Range support; requests for <bucket>.cos.<region>.myqcloud.com (and path-style
// object requests) go to the emulated object storage (ObjectStorage). Requests are read by its own
// HttpConnection (limits, timeouts, one request at a time per connection, so pipelined answers keep
// their order) and it writes its answers to the raw socket itself so that it can inject transport
// faults (FaultConfig): dropped connections, truncated bodies, HTTP errors, latency. Everything runs in
// the thread that owns it, except audio rendering (OutputRenderer's pool).
//
//     ManualClock clock;
//     EmulatorConfig config;
//     config.taskSeconds = 2;
//     EmulatorServer server(config, &clock);
//     server.listen(QHostAddress::LocalHost, 0);
//     VodClient::Config cc; cc.baseUrl = server.baseUrl(); ...
class EmulatorServer : public QObject
{
    Q_OBJECT

public:
    // clock: the emulator's time source (nullptr: SystemClock); config.clockOffsetSeconds is added.
    explicit EmulatorServer(
        const EmulatorConfig& config = {}, Clock* clock = nullptr, QObject* parent = nullptr);
    ~EmulatorServer() override;

    // Loads --data-dir state (if any) and listens; port 0 picks a free port. False with errorString().
    // Listening beyond loopback with the public demo credentials succeeds with a warning().
    bool listen(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = kEmulatorDefaultPort);
    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QHostAddress address() const { return m_address; }
    // http://HOST:PORT/ (127.0.0.1 when listening on any address).
    QUrl baseUrl() const;
    QString errorString() const { return m_error; }
    // What listen() warns about (printed by the command line too), or "".
    QString warning() const { return m_warning; }

    const EmulatorConfig& config() const { return m_config; }
    // Replaces the fault configuration (and restarts its dice from its seed).
    void setFaults(const FaultConfig& faults);
    const FaultConfig& faults() const { return m_faults.config(); }
    int faultsInjected() const { return m_faults.faultsInjected(); }
    void setTaskSeconds(double seconds) { m_config.taskSeconds = seconds; }
    void setRateLimits(int createPerSecond, int readPerSecond);
    void setClockOffsetSeconds(qint64 seconds);
    void setLogging(bool enabled) { m_config.log = enabled; }

    Clock* clock() { return &m_clock; } // the emulator's clock, offset included
    TaskStore* taskStore() { return m_store.get(); }
    MediaStore* mediaStore() { return m_media.get(); }
    OutputRenderer* renderer() { return m_renderer; }
    EmulatorApi* api() { return m_api; }
    qint64 requestsHandled() const { return m_requests; }

    // "Sun, 06 Nov 1994 08:49:37 GMT"
    static QByteArray httpDate(qint64 ms);

signals:
    // After every request: "CreateAigcAudioTask" or "GET /files/...", the result ("OK", an error code,
    // an HTTP status or a fault name) and the time taken. Never a secret.
    void requestHandled(const QString& what, const QString& result, qint64 elapsedMs);

private:
    struct Exchange
    {
        IncomingRequest request;
        QPointer<QTcpSocket> socket;
        QPointer<HttpConnection> connection;
        FaultInjector::Decision fault;
        QElapsedTimer timer;
        QString what; // for the log
        QString secretId; // for the log, masked there
        std::optional<ObjectStorage::Route> cos; // an object-storage request
    };
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    using ExchangePtr = std::shared_ptr<Exchange>;

    void onNewConnections();
    void handle(HttpConnection* connection, const IncomingRequest& request);
    void log(const QString& line) const;
    void process(const ExchangePtr& x);
    void processApi(const ExchangePtr& x);
    void processFile(const ExchangePtr& x);
    void processCos(const ExchangePtr& x);
    // A transport or error fault on an object-storage exchange; `answer` is what would have been sent
    // (Stage::After), or empty (Stage::Before).
    void applyCosFault(const ExchangePtr& x, const ObjectStorage::Reply& answer);
    void serveMedia(const ExchangePtr& x, const QString& fileId, const QString& name);
    // Streams [offset, offset + length) of a file, a chunk at a time as the socket drains.
    void writeFile(const ExchangePtr& x, int status, const Headers& headers, const QString& path,
        qint64 offset, qint64 length, bool headOnly, const QString& result);
    QByteArray responseHead(
        const ExchangePtr& x, int status, const Headers& headers, qint64 contentLength, bool close) const;
    // Transport faults; true when one was applied (the exchange is over).
    bool applyTransportFault(const ExchangePtr& x, const QByteArray& body);
    void writeJson(const ExchangePtr& x, const QJsonObject& response, const QString& result);
    void write(const ExchangePtr& x, int status, const QList<QPair<QByteArray, QByteArray>>& headers,
        const QByteArray& body, bool headOnly = false, qsizetype truncateAt = -1);
    void drop(const ExchangePtr& x);
    void finishExchange(const ExchangePtr& x, const QString& result);
    QByteArray plainError(int status) const;

    EmulatorConfig m_config;
    OffsetClock m_clock;
    std::unique_ptr<TaskStore> m_store;
    std::unique_ptr<MediaStore> m_media;
    std::unique_ptr<ObjectStorage> m_cos;
    OutputRenderer* m_renderer;
    EmulatorApi* m_api;
    FaultInjector m_faults;
    QTcpServer* m_tcp = nullptr;
    QHostAddress m_address;
    quint16 m_port = 0;
    QString m_error;
    QString m_warning;
    qint64 m_requests = 0;
};
