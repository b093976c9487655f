#pragma once

#include "core/api/ApiError.h"
#include "core/model/AudioTask.h"
#include "core/model/DescribeMediaInfosResponse.h"
#include "core/model/DescribeTasksResponse.h"
#include "core/net/HttpExchange.h"
#include "core/net/NetworkJob.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QPointer>

class VodClient;

// One API call: start(), a timeout per attempt, cancel(), retries per spec §3, and a typed result.
// CreateAigcAudioTask is never sent twice once a send may have reached the service. The transport
// (reply, deadline, stall timer, answer size cap, TLS and proxy failures) is NetworkJob's.
class VodJob : public NetworkJob
{
    Q_OBJECT

public:
    // An API answer larger than this is refused before it is parsed: the biggest real one (a
    // DescribeTasks page of 100 tasks with their inputs) is a few hundred kilobytes.
    static constexpr qint64 kMaxAnswerBytes = 8 * 1024 * 1024;

    VodJob(VodClient* client, const QString& action, const QByteArray& body);
    ~VodJob() override;

    void start();

    QString action() const { return m_action; }
    QByteArray body() const { return m_body; }
    bool isRunning() const { return m_started && !isFinished(); }
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

protected:
    void attemptFinished(QNetworkReply* reply, const Outcome& outcome) override;
    void cancelled(bool sent) override;
    void emitFinished() override { emit finished(this); }

private:
    void scheduleAttempt(qint64 extraDelayMs);
    void sendNow();
    // What only the transport can tell (a refused certificate, a failing proxy, a limit); Ok when
    // ApiReplyClassifier should judge the reply.
    ApiError transportError(const Outcome& outcome) const;
    // A success without the content its action promises (no TaskId, another task...); Ok otherwise.
    ApiError contentError() const;
    void handleFailure(const ApiError& error);
    void finish(const ApiError& error);
    bool isRead() const;

    QPointer<VodClient> m_client;
    QString m_action;
    QByteArray m_body;
    QJsonObject m_response;
    ApiError m_error;
    HttpExchange m_exchange;
    QElapsedTimer m_attemptTimer;
    int m_attempt = 0;
    int m_rateRetries = 0;
    int m_transientRetries = 0;
    bool m_clockResigned = false;
    bool m_started = false;
    bool m_failedBeforeSending = false;
    bool m_waitingForSlot = false;
    qint64 m_slotMs = 0;
};
