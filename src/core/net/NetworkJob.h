#pragma once

#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QString>

class Clock;
class QNetworkAccessManager;

// The base of every job that talks HTTP (VodJob, CosJob, DownloadJob), after Nextcloud's
// AbstractNetworkJob: one reply at a time, held in a QPointer; one attempt deadline and one stall
// timer on the injected clock; a cap on the size of an answer; a refused certificate, a failing proxy
// and an unreachable host told apart; cancel(). A subclass builds and sends its request, hands the
// reply to track(), and turns what attemptFinished() reports into its own typed result.
class NetworkJob : public QObject
{
    Q_OBJECT

public:
    // What one attempt may spend. 0 (or -1 for the size) means no limit.
    struct Limits
    {
        qint64 deadlineMs = 0; // the whole attempt: from sending to the answer's last byte
        qint64 stallMs = 0; // no byte moving, either way, for this long
        // With stallMs: fewer bytes than this moving in any stallMs-long window is a stall too (a
        // server that trickles a byte now and then to keep the connection open).
        qint64 stallMinBytes = 1;
        qint64 maxAnswerBytes = -1; // an answer that says (Content-Length) or turns out to be larger
    };

    // Why an attempt ended without a usable HTTP answer, as far as the transport can tell.
    enum class Failure
    {
        None, // an HTTP status line arrived (the subclass judges the status and the body)
        Deadline, // limits().deadlineMs ran out
        Stalled, // nothing moved for limits().stallMs
        TooLarge, // the answer went over limits().maxAnswerBytes
        Tls, // the certificate was refused or the handshake failed (detail: a sentence for a person)
        Proxy, // the proxy is down, refused or wants a password (detail: names the proxy)
        Unreachable, // connection refused or host not found: the request never left
        Network, // any other transport failure (detail: Qt's errorString)
        Aborted, // the subclass aborted the attempt itself (abortAttempt() without a limit)
    };

    struct Outcome
    {
        Failure failure = Failure::None;
        QString detail;
        int httpStatus = 0; // 0: no status line
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        QString errorString;
        bool requestSent = false; // the request is known to have left this process
        qint64 answerBytes = 0; // received in this attempt
    };

    NetworkJob(QNetworkAccessManager* network, Clock* clock, QObject* parent = nullptr);
    ~NetworkJob() override; // aborts a running attempt

    QNetworkAccessManager* network() const { return m_network; }
    Clock* clock() const { return m_clock; }
    void setLimits(const Limits& limits) { m_limits = limits; }
    const Limits& limits() const { return m_limits; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    bool isFinished() const { return m_finished; }

    // Stops at once; the subclass reports the cancellation as its result (cancelled()).
    void cancel();

protected:
    // Takes the reply of a new attempt: connects it and arms the deadline and stall timers. The
    // previous attempt, if any, is dropped first.
    void track(QNetworkReply* reply);
    QNetworkReply* reply() const { return m_reply; }
    bool attemptRunning() const { return m_reply; }
    // Aborts the running attempt; attemptFinished() then reports `failure` (Aborted when None).
    void abortAttempt(Failure failure = Failure::Aborted);
    // Forgets the running attempt without reporting it: a restart or a cancel.
    void dropReply();
    // A counter that changes with every attempt and when the job ends: a timer or a callback that saw
    // another value belongs to something that is over.
    int generation() const { return m_generation; }
    // Ends the job: emitFinished(), then deleteLater() unless setAutoDelete(false). Once only.
    void complete();

    // The tracked reply has finished (or a limit aborted it); the reply is deleted afterwards.
    virtual void attemptFinished(QNetworkReply* reply, const Outcome& outcome) = 0;
    // cancel() was called; sent: the running attempt's request had left this process. Call complete().
    virtual void cancelled(bool sent) = 0;
    // Emits the subclass's typed finished signal.
    virtual void emitFinished() = 0;
    // Bytes of the answer arrived; a streaming job reads them here (the others leave them in the reply).
    virtual void answerBytesArrived(QNetworkReply* reply) { Q_UNUSED(reply); }
    virtual void bodyBytesSent(qint64 sent, qint64 total)
    {
        Q_UNUSED(sent);
        Q_UNUSED(total);
    }

private:
    void onReplyFinished();
    void noteActivity();
    void armStallTimer(int generation);
    void armSlowTimer(int generation, qint64 movedAtWindowStart);
    void checkSize(qint64 received, qint64 declared);
    Outcome outcomeOf(QNetworkReply* reply) const;

    QNetworkAccessManager* m_network;
    Clock* m_clock;
    Limits m_limits;
    QPointer<QNetworkReply> m_reply;
    QList<QSslError> m_sslErrors; // of the running attempt, for the message: never ignored
    Failure m_abortReason = Failure::None;
    qint64 m_lastActivityMs = 0;
    qint64 m_received = 0;
    qint64 m_sentBytes = 0;
    int m_generation = 0;
    bool m_sent = false;
    bool m_finished = false;
    bool m_autoDelete = true;
};
