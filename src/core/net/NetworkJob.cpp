#include "core/net/NetworkJob.h"

#include "core/net/NetworkErrorText.h"
#include "core/support/Clock.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>

NetworkJob::NetworkJob(QNetworkAccessManager* network, Clock* clock, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
{
}

NetworkJob::~NetworkJob()
{
    dropReply();
}

void NetworkJob::cancel()
{
    if (m_finished)
        return;
    const bool sent = m_reply && m_sent;
    dropReply();
    ++m_generation;
    cancelled(sent);
}

void NetworkJob::dropReply()
{
    ++m_generation; // the dropped reply's timers and signals are ignored from now on
    if (QNetworkReply* reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void NetworkJob::complete()
{
    if (m_finished)
        return;
    m_finished = true;
    ++m_generation;
    emitFinished();
    if (m_autoDelete)
        deleteLater();
}

void NetworkJob::track(QNetworkReply* reply)
{
    dropReply();
    m_reply = reply;
    m_sslErrors.clear();
    m_abortReason = Failure::None;
    m_sent = false;
    m_received = 0;
    m_sentBytes = 0;
    const int gen = m_generation;
    connect(reply, &QNetworkReply::sslErrors, this, [this, gen](const QList<QSslError>& errors) {
        if (gen == m_generation)
            m_sslErrors = errors; // kept for the message; the handshake fails, nothing is sent
    });
    connect(reply, &QNetworkReply::requestSent, this, [this, gen] {
        if (gen == m_generation)
            m_sent = true;
    });
    connect(reply, &QNetworkReply::uploadProgress, this, [this, gen](qint64 sent, qint64 total) {
        if (gen != m_generation)
            return;
        if (sent > 0)
            m_sent = true;
        m_sentBytes = sent;
        noteActivity();
        bodyBytesSent(sent, total);
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, gen, reply] {
        if (gen != m_generation)
            return;
        noteActivity();
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            checkSize(m_received, length.toLongLong());
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, gen](qint64 received, qint64) {
        if (gen != m_generation)
            return;
        m_received = received;
        checkSize(received, -1);
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, gen, reply] {
        if (gen != m_generation)
            return;
        noteActivity();
        answerBytesArrived(reply);
    });
    connect(reply, &QNetworkReply::finished, this, [this, gen] {
        if (gen == m_generation)
            onReplyFinished();
    });
    if (m_limits.deadlineMs > 0) {
        m_clock->callAfter(m_limits.deadlineMs, this, [this, gen] {
            if (gen == m_generation && m_reply)
                abortAttempt(Failure::Deadline);
        });
    }
    if (m_limits.stallMs > 0) {
        m_lastActivityMs = m_clock->nowMs();
        armStallTimer(gen);
        if (m_limits.stallMinBytes > 1)
            armSlowTimer(gen, 0);
    }
}

void NetworkJob::armSlowTimer(int gen, qint64 movedAtWindowStart)
{
    m_clock->callAfter(m_limits.stallMs, this, [this, gen, movedAtWindowStart] {
        if (gen != m_generation || !m_reply)
            return;
        const qint64 moved = m_sentBytes + m_received;
        if (moved - movedAtWindowStart < m_limits.stallMinBytes)
            abortAttempt(Failure::Stalled);
        else
            armSlowTimer(gen, moved);
    });
}

void NetworkJob::noteActivity()
{
    m_lastActivityMs = m_clock->nowMs();
}

void NetworkJob::armStallTimer(int gen)
{
    const qint64 idle = m_clock->nowMs() - m_lastActivityMs;
    m_clock->callAfter(qMax<qint64>(1, m_limits.stallMs - idle), this, [this, gen] {
        if (gen != m_generation || !m_reply)
            return;
        if (m_clock->nowMs() - m_lastActivityMs >= m_limits.stallMs)
            abortAttempt(Failure::Stalled);
        else
            armStallTimer(gen);
    });
}

void NetworkJob::checkSize(qint64 received, qint64 declared)
{
    const qint64 max = m_limits.maxAnswerBytes;
    if (max >= 0 && m_reply && (received > max || declared > max))
        abortAttempt(Failure::TooLarge);
}

void NetworkJob::abortAttempt(Failure failure)
{
    if (!m_reply)
        return;
    m_abortReason = failure == Failure::None ? Failure::Aborted : failure;
    m_reply->abort(); // finished() follows with OperationCanceledError
}

void NetworkJob::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    const Outcome outcome = outcomeOf(reply);
    attemptFinished(reply, outcome);
}

NetworkJob::Outcome NetworkJob::outcomeOf(QNetworkReply* reply) const
{
    Outcome o;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    o.httpStatus = status.isValid() ? status.toInt() : 0;
    o.networkError = reply->error();
    o.errorString = reply->errorString();
    o.requestSent = m_sent || o.httpStatus != 0;
    o.answerBytes = m_received;
    if (m_abortReason != Failure::None) {
        o.failure = m_abortReason;
        return o;
    }
    const QNetworkReply::NetworkError error = o.networkError;
    if (error == QNetworkReply::NoError)
        return o;

    // Through a proxy, a refused connection is the proxy's refusal (Qt reports some as plain
    // ConnectionRefusedError): name the proxy, so that the user knows which setting to check.
    const QString proxy = (o.httpStatus == 0) || NetworkErrorText::isProxyError(error)
        ? NetworkErrorText::proxyOf(m_network, reply->url())
        : QString();
    const QNetworkReply::NetworkError proxyError
        = NetworkErrorText::proxyErrorFor(error, proxy, o.errorString);
    if (proxyError != QNetworkReply::NoError) {
        o.failure = Failure::Proxy;
        o.detail = NetworkErrorText::proxyFailure(proxyError, proxy, o.errorString);
        o.requestSent = false;
        return o;
    }
    if (error == QNetworkReply::SslHandshakeFailedError) {
        o.failure = Failure::Tls;
        o.detail = NetworkErrorText::certificateRefused(reply->url(), m_sslErrors, o.errorString);
        o.requestSent = false;
        return o;
    }
    if (o.httpStatus != 0)
        return o; // an HTTP answer with an error status: the subclass judges it
    if (error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::HostNotFoundError) {
        o.failure = Failure::Unreachable;
        o.requestSent = false;
    } else {
        o.failure = Failure::Network;
    }
    o.detail = o.errorString;
    return o;
}
