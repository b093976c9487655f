#pragma once

#include "core/api/ApiError.h"
#include "core/net/HttpExchange.h"
#include "core/profiles/Profile.h"

#include <QObject>
#include <QPointer>
#include <QString>

class Clock;
class QNetworkAccessManager;
class VodClient;
class VodJob;

// "Test connection": one cheap signed read (DescribeTasks with Limit 1) with a profile's settings and
// credentials, through a VodClient on the injected network manager and clock, answered as a typed
// Result whose message is a sentence for a person. A profile with a proxy of its own (or "no proxy") is
// tested through a private network manager set up that way; one following the system settings goes
// through the injected manager, which is expected to follow them too (ProxySettings::applyTo). Rate limits
// and transient failures are not retried: the answer should come quickly, and a failure is what the user
// wants to see.
class ConnectionTest : public QObject
{
    Q_OBJECT

public:
    enum class Kind
    {
        Ok,
        BadKey, // AuthFailure.SignatureFailure
        BadId, // AuthFailure.SecretIdNotFound, AuthFailure.InvalidSecretId
        TokenExpired, // AuthFailure.TokenFailure
        ClockSkew, // AuthFailure.SignatureExpire even after re-signing with the measured offset
        NoPermission, // UnauthorizedOperation, AuthFailure.UnauthorizedOperation
        NotActivated, // FailedOperation.InvalidVodUser
        WrongSubAppId, // InvalidParameterValue.SubAppId
        NoNetwork, // connection refused, DNS failure, timeout, dropped connection
        Tls, // certificate or handshake failure
        Other,
    };
    Q_ENUM(Kind)

    struct Result
    {
        Kind kind = Kind::Other;
        QString message; // a sentence for a person
        qint64 clockOffsetMs = 0; // server time minus local time, as measured by the client
        QString requestId;
        qint64 elapsedMs = 0;
        ApiError error; // isOk() for Kind::Ok
        HttpExchange exchange; // the last attempt (no secret in it), for the request inspector

        bool isOk() const { return kind == Kind::Ok; }
    };

    ConnectionTest(QNetworkAccessManager* network, Clock* clock, QObject* parent = nullptr);
    ~ConnectionTest() override;

    // Per-attempt timeout (default 15 s).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }

    // Starts a test; finished() follows from the event loop. A test still running is cancelled first
    // (its result is never reported).
    // proxyPassword: the password of profile.proxy when it has a user.
    void test(const Profile& profileWithCredentials, const QString& proxyPassword = QString());
    void cancel();
    bool isRunning() const;

    // The classification alone, for tests and for callers holding an ApiError already.
    static Result classify(const ApiError& error, qint64 clockOffsetMs, qint64 elapsedMs);
    static QString kindName(Kind kind);

signals:
    void finished(const ConnectionTest::Result& result);

private:
    void onJobFinished(VodJob* job);
    void finishEarly(const Result& result);

    QNetworkAccessManager* m_network;
    QPointer<QNetworkAccessManager> m_ownNetwork; // for a profile with its own proxy setting
    Clock* m_clock;
    int m_timeoutMs = 15000;
    VodClient* m_client = nullptr;
    QPointer<VodJob> m_job;
    int m_generation = 0;
};
