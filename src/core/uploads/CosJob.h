#pragma once

#include "core/api/ApiError.h"
#include "core/net/NetworkJob.h"
#include "core/signing/CosCredentials.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QUrl>

class FileRangeDevice;

// One object-storage request (spec §7): signed with the temporary credentials (CosSigner, q-sign),
// the security token in x-cos-security-token (not signed), a body streamed from a file range or given
// in memory, a timeout that restarts whenever bytes move, cancel(), and a typed result: the HTTP
// status, the answer's headers and body, and an ApiError carrying COS's XML <Code>/<Message>.
// One attempt only: the caller (MediaUploader) decides about retries. The transport is NetworkJob's.
class CosJob : public NetworkJob
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method = "PUT"; // PUT, POST, GET, DELETE
        // Where to connect: scheme://host[:port]/ of the bucket (or of an emulator).
        QUrl origin;
        // The Host header to send and sign; empty: the origin's host.
        QString host;
        QString key; // object key, with or without its leading '/'
        QList<QPair<QString, QString>> query; // in order, e.g. {"partNumber","3"},{"uploadId",ID}
        QByteArray contentType = "application/octet-stream";
        // The body: a file range (streamed) or bytes in memory.
        QString filePath;
        qint64 fileOffset = 0;
        qint64 fileLength = -1; // -1: body is `data`
        QByteArray data;
    };

    CosJob(QNetworkAccessManager* network, Clock* clock, const CosCredentials& credentials,
        const Request& request, QObject* parent = nullptr);
    ~CosJob() override;

    // The clock offset to the server (ms) for the signature's key time.
    void setClockOffsetMs(qint64 offsetMs) { m_offsetMs = offsetMs; }
    // Fails with a Timeout when no byte moves for this long.
    void setStallTimeoutMs(qint64 ms);
    void start();

    // Object storage answers with headers and a short XML document; a longer one is refused.
    static constexpr qint64 kMaxAnswerBytes = 4 * 1024 * 1024;

    const Request& request() const { return m_request; }
    ApiError error() const { return m_error; }
    int httpStatus() const { return m_status; }
    QByteArray responseBody() const { return m_body; }
    QByteArray responseHeader(const QByteArray& name) const;
    QByteArray etag() const { return responseHeader("ETag"); }
    qint64 bytesSent() const { return m_sent; }
    qint64 bodySize() const;

    // The full URL a request goes to (origin + encoded key + query).
    static QUrl urlFor(const Request& request);
    // The text of one element of an XML answer (<UploadId>...</UploadId>), unescaped; empty if absent.
    static QString xmlElement(const QByteArray& xml, const QString& name);
    // COS's XML error into an ApiError: code, message, RequestId; category from the code and status.
    static ApiError errorFromXml(int status, const QByteArray& body, const QByteArray& requestIdHeader);

signals:
    void uploadProgress(qint64 sent, qint64 total);
    void finished(CosJob* job);

protected:
    void attemptFinished(QNetworkReply* reply, const Outcome& outcome) override;
    void cancelled(bool sent) override;
    void emitFinished() override { emit finished(this); }
    void bodyBytesSent(qint64 sent, qint64 total) override;

private:
    void finish(const ApiError& error);

    CosCredentials m_credentials;
    Request m_request;
    // Owned by the reply (Qt reads it until the reply is gone, even after an abort).
    QPointer<FileRangeDevice> m_device;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    ApiError m_error;
    qint64 m_offsetMs = 0;
    qint64 m_sent = 0;
    int m_status = 0;
    bool m_started = false;
};
