#include "core/profiles/ConnectionTest.h"

#include "core/api/VodClient.h"
#include "core/api/VodJob.h"
#include "core/model/DescribeTasksRequest.h"
#include "core/support/EnumNames.h"

#include <QNetworkAccessManager>
#include <QTimer>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {
const EnumName<ConnectionTest::Kind> kKindNames[] = { { ConnectionTest::Kind::Ok, "Ok" },
    { ConnectionTest::Kind::BadKey, "BadKey" }, { ConnectionTest::Kind::BadId, "BadId" },
    { ConnectionTest::Kind::TokenExpired, "TokenExpired" }, { ConnectionTest::Kind::ClockSkew, "ClockSkew" },
    { ConnectionTest::Kind::NoPermission, "NoPermission" },
    { ConnectionTest::Kind::NotActivated, "NotActivated" },
    { ConnectionTest::Kind::WrongSubAppId, "WrongSubAppId" },
    { ConnectionTest::Kind::NoNetwork, "NoNetwork" }, { ConnectionTest::Kind::Tls, "Tls" },
    { ConnectionTest::Kind::Other, "Other" } };
} // namespace

ConnectionTest::ConnectionTest(QNetworkAccessManager* network, Clock* clock, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
{
}

ConnectionTest::~ConnectionTest()
{
    cancel();
}

QString ConnectionTest::kindName(Kind kind)
{
    return EnumNames::name(kKindNames, kind);
}

void ConnectionTest::cancel()
{
    ++m_generation;
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
    m_job = nullptr;
    if (m_client) {
        m_client->deleteLater(); // its jobs are its children
        m_client = nullptr;
    }
    if (m_ownNetwork)
        m_ownNetwork->deleteLater();
    m_ownNetwork = nullptr;
}

void ConnectionTest::finishEarly(const Result& result)
{
    const int gen = m_generation;
    QTimer::singleShot(0, this, [this, gen, result] {
        if (gen == m_generation)
            emit finished(result);
    });
}

void ConnectionTest::test(const Profile& profile, const QString& proxyPassword)
{
    cancel();
    const int gen = m_generation;

    if (!profile.credentials.isComplete()) {
        Result r;
        r.kind = Kind::Other;
        r.message = tr("Enter a SecretId and a SecretKey first.");
        r.error = ApiError::invalidRequest(r.message);
        finishEarly(r);
        return;
    }
    if (!profile.endpoint.isValid()) {
        Result r;
        r.kind = Kind::Other;
        r.message = tr("The endpoint is not valid: choose a site or enter an http(s):// URL.");
        r.error = ApiError::invalidRequest(r.message);
        finishEarly(r);
        return;
    }

    VodClient::Config config;
    config.baseUrl = profile.endpoint.baseUrl();
    config.credentials = profile.credentials;
    config.region = profile.region;
    config.language = profile.language;
    config.subAppId = profile.subAppId;
    config.timeoutMs = m_timeoutMs;
    config.retry.maxRateLimitRetries = 0; // a test wants the first answer, not a patient one
    config.retry.maxTransientRetries = 0;
    QNetworkAccessManager* network = m_network;
    if (profile.proxy.mode != ProxySettings::Mode::System) {
        m_ownNetwork = new QNetworkAccessManager(this);
        profile.proxy.applyTo(m_ownNetwork, proxyPassword);
        network = m_ownNetwork;
    }
    m_client = new VodClient(network, m_clock, config, this);

    DescribeTasksRequest request;
    request.subAppId = profile.subAppId;
    request.limit = 1;
    VodJob* job = m_client->describeTasks(request);
    job->setAutoDelete(false);
    m_job = job;
    connect(job, &VodJob::finished, this, [this, gen](VodJob* finishedJob) {
        if (gen == m_generation)
            onJobFinished(finishedJob);
    });
    job->start();
}

void ConnectionTest::onJobFinished(VodJob* job)
{
    const HttpExchange exchange = job->lastExchange();
    const qint64 offset = m_client ? m_client->serverClockOffsetMs() : 0;
    Result r = classify(job->error(), offset, exchange.elapsedMs);
    r.exchange = exchange;
    if (r.requestId.isEmpty())
        r.requestId = job->requestId();
    m_job = nullptr;
    job->deleteLater();
    if (m_client) {
        m_client->deleteLater();
        m_client = nullptr;
    }
    if (m_ownNetwork)
        m_ownNetwork->deleteLater();
    m_ownNetwork = nullptr;
    ++m_generation;
    emit finished(r);
}

ConnectionTest::Result ConnectionTest::classify(const ApiError& error, qint64 clockOffsetMs, qint64 elapsedMs)
{
    Result r;
    r.error = error;
    r.clockOffsetMs = clockOffsetMs;
    r.elapsedMs = elapsedMs;
    r.requestId = error.requestId();

    const qint64 offsetSecs = std::llabs(clockOffsetMs) / 1000;
    const bool behind = clockOffsetMs > 0; // server time minus local time > 0: the local clock lags

    if (error.isOk()) {
        r.kind = Kind::Ok;
        r.message = tr("Connected: the credentials work (%1 ms).").arg(elapsedMs);
        if (offsetSecs >= 60) {
            r.message += u' '
                + (behind ? tr("This computer's clock is %1 s behind the service's; requests are corrected "
                               "for it, but you should correct the system time.")
                                .arg(offsetSecs)
                          : tr("This computer's clock is %1 s ahead of the service's; requests are corrected "
                               "for it, but you should correct the system time.")
                                .arg(offsetSecs));
        }
        return r;
    }

    const QString code = error.code();
    auto is = [&code](QLatin1StringView c) { return code == c; };

    if (error.kind() == ApiError::Kind::Api) {
        if (is("AuthFailure.SignatureFailure"_L1)) {
            r.kind = Kind::BadKey;
            r.message = tr("The SecretKey is wrong for this SecretId.");
        } else if (is("AuthFailure.SecretIdNotFound"_L1) || is("AuthFailure.InvalidSecretId"_L1)) {
            r.kind = Kind::BadId;
            r.message = tr("The service does not know this SecretId, or it is disabled: check that it was "
                           "copied whole.");
        } else if (is("AuthFailure.TokenFailure"_L1)) {
            r.kind = Kind::TokenExpired;
            r.message = tr("The temporary token has expired or does not match: get new temporary "
                           "credentials.");
        } else if (is("AuthFailure.SignatureExpire"_L1)) {
            r.kind = Kind::ClockSkew;
            if (offsetSecs >= 1)
                r.message = behind
                    ? tr("The computer's clock is %1 s behind the service's: correct the system time.")
                          .arg(offsetSecs)
                    : tr("The computer's clock is %1 s ahead of the service's: correct the system time.")
                          .arg(offsetSecs);
            else
                r.message = tr("The service refused the request's time stamp: check the system time and "
                               "time zone.");
        } else if (is("UnauthorizedOperation"_L1) || code.startsWith("UnauthorizedOperation."_L1)
            || is("AuthFailure.UnauthorizedOperation"_L1)) {
            r.kind = Kind::NoPermission;
            r.message = tr("The credentials work but lack permission for VOD: ask the account's "
                           "administrator to grant it (CAM).");
        } else if (is("FailedOperation.InvalidVodUser"_L1)) {
            r.kind = Kind::NotActivated;
            r.message = tr("The credentials work, but VOD is not activated for this account.");
        } else if (is("InvalidParameterValue.SubAppId"_L1)) {
            r.kind = Kind::WrongSubAppId;
            r.message = tr("The credentials work, but this SubAppId does not belong to the account.");
        } else {
            r.kind = Kind::Other;
            r.message = tr("The service answered with an error: %1").arg(error.message());
        }
        r.message += u' '
            + tr("(%1; RequestId %2)")
                  .arg(code, error.requestId().isEmpty() ? tr("none") : error.requestId());
        return r;
    }

    switch (error.kind()) {
    case ApiError::Kind::Network:
        r.kind = Kind::NoNetwork;
        r.message = tr("Could not reach the service: %1.").arg(error.message());
        break;
    case ApiError::Kind::Timeout:
        r.kind = Kind::NoNetwork;
        r.message = tr("The service did not answer in time: check the network connection and proxy.");
        break;
    case ApiError::Kind::Tls:
        r.kind = Kind::Tls;
        r.message = tr("The secure (TLS) connection failed: %1").arg(error.message());
        // A sentence ends once, whatever the language's punctuation.
        static const QString enders = QStringLiteral(".)\u3002\uff09\uff0e");
        if (r.message.isEmpty() || !enders.contains(r.message.back()))
            r.message += u'.';
        break;
    case ApiError::Kind::HttpStatus:
    case ApiError::Kind::NotJson:
    case ApiError::Kind::TruncatedBody:
    case ApiError::Kind::MissingResponse:
    case ApiError::Kind::TooLarge:
        r.kind = Kind::Other;
        r.message = tr("Something answered, but not like the VOD API: %1. Check the endpoint.")
                        .arg(error.message());
        break;
    default:
        r.kind = Kind::Other;
        r.message = tr("The test failed: %1.").arg(error.message());
        break;
    }
    return r;
}

bool ConnectionTest::isRunning() const
{
    return !m_job.isNull();
}
