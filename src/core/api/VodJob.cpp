#include "core/api/VodJob.h"

#include "core/api/ApiReplyClassifier.h"
#include "core/api/VodClient.h"
#include "core/net/NetworkErrorText.h"
#include "core/net/OneShotUploadDevice.h"
#include "core/signing/Tc3Signer.h"
#include "core/support/JsonFields.h"
#include "core/support/PrintableText.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

using namespace Qt::StringLiterals;

VodJob::VodJob(VodClient* client, const QString& action, const QByteArray& body)
    : NetworkJob(client->network(), client->clock(), client)
    , m_client(client)
    , m_action(action)
    , m_body(body)
{
    Limits limits;
    limits.deadlineMs = client->config().timeoutMs;
    limits.maxAnswerBytes = kMaxAnswerBytes;
    setLimits(limits);
}

VodJob::~VodJob() = default;

bool VodJob::isRead() const
{
    return VodClient::isReadAction(m_action);
}

QString VodJob::requestId() const
{
    if (!m_error.requestId().isEmpty())
        return m_error.requestId();
    return JsonFields::string(m_response, "RequestId"_L1);
}

QString VodJob::createdTaskId() const
{
    return JsonFields::string(m_response, "TaskId"_L1);
}

AudioTask VodJob::audioTask() const
{
    return AudioTask::fromDescribeTaskDetail(m_response);
}

DescribeTasksResponse VodJob::taskList() const
{
    return DescribeTasksResponse::fromJson(m_response);
}

DescribeMediaInfosResponse VodJob::mediaInfos() const
{
    return DescribeMediaInfosResponse::fromJson(m_response);
}

void VodJob::failBeforeSending(const ApiError& error)
{
    m_error = error;
    m_failedBeforeSending = true; // start() will only report it
}

void VodJob::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_failedBeforeSending) { // failed validation: report asynchronously, like any other result
        QTimer::singleShot(0, this, [this] { complete(); });
        return;
    }
    if (!m_client) {
        finish(ApiError::invalidRequest(tr("the client was destroyed")));
        return;
    }
    if (!m_client->config().credentials.isComplete()) {
        finish(ApiError::invalidRequest(tr("SecretId and SecretKey are required: choose a profile or set "
                                           "TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY")));
        return;
    }
    scheduleAttempt(0);
}

void VodJob::cancelled(bool sent)
{
    if (m_waitingForSlot && m_client)
        m_client->rateLimiter()->release(m_action, m_slotMs);
    if (sent && m_action == "CreateAigcAudioTask"_L1) {
        finish(ApiError::transport(ApiError::Kind::OutcomeUnknown,
            tr("cancelled after the request was sent: the task may have been created")));
        return;
    }
    finish(ApiError::transport(ApiError::Kind::Cancelled, tr("cancelled"), 0, sent));
}

void VodJob::scheduleAttempt(qint64 extraDelayMs)
{
    VodClient* client = m_client;
    // Book the send slot now so that queued jobs are spread evenly within the limit.
    const int gen = generation();
    auto book = [this, gen, client] {
        if (gen != generation() || isFinished())
            return;
        const qint64 wait = client->rateLimiter()->reserve(m_action, client->limitFor(m_action));
        m_slotMs = client->rateLimiter()->lastSlotMs();
        if (wait <= 0) {
            sendNow();
            return;
        }
        m_waitingForSlot = true;
        client->clock()->callAfter(wait, this, [this, gen] {
            if (gen != generation() || isFinished())
                return;
            m_waitingForSlot = false;
            sendNow();
        });
    };
    if (extraDelayMs > 0)
        client->clock()->callAfter(extraDelayMs, this, book);
    else
        book();
}

void VodJob::sendNow()
{
    VodClient* client = m_client;
    if (!client) {
        finish(ApiError::invalidRequest(tr("the client was destroyed")));
        return;
    }
    const VodClient::Config& cfg = client->config();
    ++m_attempt;

    Tc3Signer::Input in;
    in.secretId = cfg.credentials.secretId.trimmed();
    in.secretKey = cfg.credentials.secretKey;
    in.token = cfg.credentials.token;
    in.host = cfg.baseUrl.port() > 0 ? cfg.baseUrl.host() + u':' + QString::number(cfg.baseUrl.port())
                                     : cfg.baseUrl.host();
    in.action = m_action;
    in.version = cfg.version;
    in.region = cfg.region;
    in.language = cfg.language;
    in.requestClient = cfg.requestClient;
    in.timestamp = client->serverNowMs() / 1000;
    in.payload = m_body;
    const Tc3Signer::Output sig = Tc3Signer::sign(in);

    QNetworkRequest req(cfg.baseUrl);
    for (const auto& [name, value] : sig.headers) {
        if (name == "Host")
            continue; // Qt writes Host from the URL, port included, as HTTP requires
        req.setRawHeader(name, value);
    }
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setTransferTimeout(0); // the job's own timer, on the injected clock, is the timeout

    m_exchange = HttpExchange {};
    m_exchange.url = cfg.baseUrl;
    m_exchange.action = m_action;
    m_exchange.timestamp = in.timestamp;
    for (const auto& h : sig.headers)
        m_exchange.requestHeaders.append(
            { h.first, h.first == "X-TC-Token" ? QByteArray(HttpExchange::kRedacted) : h.second });
    m_exchange.requestBody = m_body;
    m_exchange.canonicalRequest = sig.canonicalRequest;
    m_exchange.stringToSign = sig.stringToSign;
    m_attemptTimer.start();

    QNetworkReply* reply = nullptr;
    if (isRead()) {
        reply
            = client->network()->post(req, m_body); // Qt may re-send a read on a dropped connection: harmless
    } else {
        req.setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
        req.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto* device = new OneShotUploadDevice(m_body);
        reply = client->network()->post(req, device);
        device->setParent(reply);
    }
    ++client->m_requestsSent;
    track(reply);
}

ApiError VodJob::transportError(const Outcome& outcome) const
{
    // What only the transport saw; everything else is judged by ApiReplyClassifier from the reply.
    switch (outcome.failure) {
    case Failure::Proxy:
        return ApiError::transport(
            ApiError::Kind::Network, tr("could not connect: %1").arg(outcome.detail), 0, false);
    case Failure::Tls:
        return ApiError::transport(ApiError::Kind::Tls, outcome.detail, 0, false);
    case Failure::TooLarge:
        return ApiError::transport(ApiError::Kind::TooLarge,
            tr("the answer is larger than %1 MB, far more than any answer of this API: it was not read")
                .arg(kMaxAnswerBytes / (1024 * 1024)),
            outcome.httpStatus, true);
    default:
        return {};
    }
}

void VodJob::attemptFinished(QNetworkReply* reply, const Outcome& outcome)
{
    VodClient* client = m_client;
    if (!client) {
        finish(ApiError::invalidRequest(tr("the client was destroyed")));
        return;
    }

    // An answer over the limit is never read, let alone parsed.
    const QByteArray body
        = reply->isOpen() && outcome.failure != Failure::TooLarge ? reply->readAll() : QByteArray();
    const QByteArray date = reply->rawHeader("Date");
    if (!date.isEmpty())
        client->observeServerDate(date, client->clock()->nowMs());

    m_exchange.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_exchange.responseHeaders = reply->rawHeaderPairs();
    m_exchange.responseBody = body;
    m_exchange.elapsedMs = m_attemptTimer.elapsed();

    ApiReplyClassifier::Reply answer = ApiReplyClassifier::fromNetworkReply(reply, body);
    answer.timedOut = outcome.failure == Failure::Deadline;
    answer.timeoutSeconds = limits().deadlineMs / 1000.0;
    answer.sent = outcome.requestSent;
    ApiReplyClassifier::Result result;
    result.error = transportError(outcome);
    if (result.error.isOk())
        result = ApiReplyClassifier::classify(answer);
    m_response = std::move(result.response);
    const ApiError error = result.error.isOk() ? contentError() : result.error;
    emit client->attemptFinished(m_action, m_attempt, error, m_exchange.elapsedMs);
    if (error.isOk() || (result.error.isOk() && error.isError())) {
        finish(error); // a well-formed answer without its content is not retried
        return;
    }
    handleFailure(error);
}

ApiError VodJob::contentError() const
{
    // A success must carry what the action is for: a Create its TaskId, a DescribeTaskDetail the task
    // that was asked for. Anything else from the server is an error with a name, never an empty result.
    auto missing = [this](const QString& what) {
        ApiError e = ApiError::transport(ApiError::Kind::MissingResponse, what, 200, true);
        e.setRequestId(requestId());
        return e;
    };
    if (m_action == "CreateAigcAudioTask"_L1) {
        const QString taskId = createdTaskId();
        if (taskId.isEmpty())
            return missing(tr("the service answered without a TaskId; the task may have been created, so "
                              "check the task list before generating again"));
        // Any other TaskId is kept as the service spelled it (the task exists and is billed); every
        // file name made from it is cleaned by SafeFileName.
    } else if (m_action == "DescribeTaskDetail"_L1) {
        const QString asked = JsonFields::string(QJsonDocument::fromJson(m_body).object(), "TaskId"_L1);
        const QString type = JsonFields::string(m_response, "TaskType"_L1);
        const QJsonObject task = JsonFields::object(m_response, "AigcAudioTask"_L1);
        if (!type.isEmpty() && type != "AigcAudioTask"_L1)
            return missing(tr("the service described a task of another type (%1), not an AI audio task")
                               .arg(type.left(64)));
        if (task.isEmpty())
            return missing(tr("the service's answer has no AigcAudioTask for %1").arg(asked));
        const QString answered = JsonFields::string(task, "TaskId"_L1);
        if (answered != asked)
            return missing(tr("DescribeTaskDetail answered about task \"%1\" when asked about %2")
                               .arg(PrintableText::escape(answered.left(128)), PrintableText::escape(asked)));
    }
    return {};
}

void VodJob::handleFailure(const ApiError& error)
{
    VodClient* client = m_client;
    const RetryPolicy& policy = client->config().retry;
    const bool isCreate = m_action == "CreateAigcAudioTask"_L1;

    // Clock skew: the Date header of this very answer corrected the offset; sign again, once.
    if (error.code() == "AuthFailure.SignatureExpire"_L1 && !m_clockResigned) {
        m_clockResigned = true;
        scheduleAttempt(0);
        return;
    }
    auto backoff = [&](int& counter) {
        const qint64 delay = policy.delayForAttempt(counter++, QRandomGenerator::global()->generateDouble());
        emit retrying(this, error, delay);
        scheduleAttempt(delay);
    };
    const bool rateLimited = error.category() == ApiError::Category::RateLimit;
    if (rateLimited && m_rateRetries < policy.maxRateLimitRetries) {
        backoff(m_rateRetries); // nothing was created: safe for every action
        return;
    }
    const bool transport = error.kind() != ApiError::Kind::Api;
    const bool transient = error.category() == ApiError::Category::Transient;
    if (transient && m_transientRetries < policy.maxTransientRetries) {
        if (isRead() || (transport && !error.requestSent())) {
            backoff(m_transientRetries);
            return;
        }
    }
    if (isCreate && transport && error.requestSent() && !rateLimited && error.kind() != ApiError::Kind::Tls
        && !(error.kind() == ApiError::Kind::HttpStatus && error.httpStatus() < 500)) {
        ApiError unknown = ApiError::transport(ApiError::Kind::OutcomeUnknown,
            tr("the request was sent but no usable answer came back (%1); it was not sent again, so that no "
               "second task is billed")
                .arg(error.toString()),
            error.httpStatus(), true);
        finish(unknown);
        return;
    }
    // InternalError, ServiceUnavailable...: the service failed, but not necessarily before it created
    // the task (spec §3 allows no retry for a Create). As ambiguous as a lost answer: reconcile.
    if (isCreate && !transport && transient) {
        ApiError unknown = ApiError::transport(ApiError::Kind::OutcomeUnknown,
            tr("the service answered %1, which does not say whether the task was created; it was not sent "
               "again, so that no second task is billed")
                .arg(error.toString()),
            error.httpStatus(), true);
        unknown.setRequestId(error.requestId());
        finish(unknown);
        return;
    }
    if (error.code() == "AuthFailure.SignatureExpire"_L1) {
        ApiError e = error;
        e.setHint(tr("the server's clock differs from this computer's by %1 s")
                      .arg(client->serverClockOffsetMs() / 1000.0));
        finish(e);
        return;
    }
    finish(error);
}

void VodJob::finish(const ApiError& error)
{
    if (isFinished())
        return;
    m_error = error;
    m_error.setAttempts(m_attempt);
    if (!m_error.isOk() && m_error.requestId().isEmpty() && !m_response.isEmpty())
        m_error.setRequestId(JsonFields::string(m_response, "RequestId"_L1));
    complete();
}
