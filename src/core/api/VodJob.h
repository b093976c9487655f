#pragma once

#include "core/api/ApiError.h"
#include "core/model/AudioTask.h"
#include "core/model/DescribeMediaInfosResponse.h"
#include "core/model/DescribeTasksResponse.h"
#include "core/net/HttpExchange.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSslError>

class QNetworkReply;
class VodClient;

// One API call: start(), a timeout per attempt, cancel(), retries per spec §3, and a typed result.
// CreateAigcAudioTask is never sent twice once a send may have reached the service.
class VodJob : public QObject
{
    Q_OBJECT

public:
    VodJob(VodClient* client, const QString& action, const QByteArray& body);
    ~VodJob() override;

    void start();
    void cancel();
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    QString action() const { return m_action; }
    QByteArray body() const { return m_body; }
    bool isRunning() const { return m_started && !m_finished; }
    bool isFinished() const { return m_finished; }
    int attempts() const { return m_attempt; }

    // Result: error().isOk() means response() holds the Response object.
    ApiError error() const { return m_error; }
    QJsonObject response() const { return m_response; }
    QString requestId() const;
    // Typed views of response().
    QString createdTaskId() const;
    AudioTask audioTask() const;
    DescribeTasksResponse taskList() const;
    DescribeMediaInfosResponse mediaInfos() const;
    // The last attempt as it crossed the wire (secrets redacted).
    HttpExchange lastExchange() const { return m_exchange; }

    // Fails a job before it is sent (validation): finished() is emitted from the event loop.
    void failBeforeSending(const ApiError& error);

signals:
    void finished(VodJob* job);
    // A failed attempt that will be retried after delayMs.
    void retrying(VodJob* job, const ApiError& error, qint64 delayMs);

private:
    void scheduleAttempt(qint64 extraDelayMs);
    void sendNow();
    void onReplyFinished();
    // Proxy and certificate failures, which need the job's network and handshake to be explained;
    // Ok when ApiReplyClassifier should judge the reply.
    ApiError networkContextError(QNetworkReply* reply) const;
    void onTimeout(int generation);
    void handleFailure(const ApiError& error);
    void finish(const ApiError& error);
    bool isRead() const;

    QPointer<VodClient> m_client;
    QString m_action;
    QByteArray m_body;
    QPointer<QNetworkReply> m_reply;
    QJsonObject m_response;
    ApiError m_error;
    HttpExchange m_exchange;
    QElapsedTimer m_attemptTimer;
    QList<QSslError> m_sslErrors; // of the current attempt: they are reported, never ignored
    int m_attempt = 0;
    int m_generation = 0;
    int m_rateRetries = 0;
    int m_transientRetries = 0;
    bool m_clockResigned = false;
    bool m_started = false;
    bool m_finished = false;
    bool m_autoDelete = true;
    bool m_timedOut = false;
    bool m_sent = false; // the current attempt's request left this process
    bool m_waitingForSlot = false;
    qint64 m_slotMs = 0;
};
