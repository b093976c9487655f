#pragma once

#include "core/api/ApiError.h"
#include "core/api/RateLimiter.h"
#include "core/api/RetryPolicy.h"
#include "core/signing/Credentials.h"
#include "core/support/Clock.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <optional>

class QNetworkAccessManager;
class VodJob;
class AudioTaskRequest;
class DescribeTasksRequest;
class ManageTaskRequest;

// The VOD API client: signs with Tc3Signer, sends through the injected QNetworkAccessManager, keeps
// the server-clock offset and one rate limiter for all of its jobs. One VodJob per call.
class VodClient : public QObject
{
    Q_OBJECT

public:
    struct Config
    {
        QUrl baseUrl = QUrl(QStringLiteral("https://vod.tencentcloudapi.com/"));
        Credentials credentials;
        QString region;
        QString language;
        std::optional<quint64> subAppId;
        QString version = QStringLiteral("2018-07-17");
        QString requestClient = QStringLiteral("AigcAudioStudio_" AIGC_VERSION);
        int timeoutMs = 60000;
        RetryPolicy retry;
        int createPerSecond = 20;
        int readPerSecond = 100;
    };

    VodClient(QNetworkAccessManager* network, Clock* clock, const Config& config, QObject* parent = nullptr);
    ~VodClient() override;

    const Config& config() const { return m_config; }
    void setCredentials(const Credentials& credentials) { m_config.credentials = credentials; }
    QNetworkAccessManager* network() const { return m_network; }
    Clock* clock() const { return m_clock; }
    RateLimiter* rateLimiter() { return &m_limiter; }

    // Server time minus local time, measured from each response's Date header (0 until measured
    // or when within the header's one-second resolution).
    qint64 serverClockOffsetMs() const { return m_offsetMs; }
    bool hasMeasuredClock() const { return m_offsetMeasured; }
    void observeServerDate(const QByteArray& httpDate, qint64 localMs);
    qint64 serverNowMs() const { return m_clock->nowMs() + m_offsetMs; }

    // Jobs are created stopped; call start(). They delete themselves after finished() unless
    // setAutoDelete(false). SubAppId from the config is added when the params lack it.
    VodJob* call(const QString& action, const QJsonObject& params);
    // The request as it goes out: with the config's SubAppId when it names none. The one place a
    // SubAppId is filled in.
    AudioTaskRequest completed(const AudioTaskRequest& request) const;
    // Validates completed(request) and serializes it, once: job->body() is what is sent (and what the
    // history records).
    VodJob* createAigcAudioTask(const AudioTaskRequest& request);
    VodJob* describeTaskDetail(const QString& taskId);
    VodJob* describeTasks(const DescribeTasksRequest& request);
    VodJob* manageTask(const ManageTaskRequest& request);
    // DescribeMediaInfos for at most 20 FileIds (more fail before sending), with the filters
    // basicInfo and metaData; subAppId overrides the config's when set.
    VodJob* describeMediaInfos(const QStringList& fileIds, std::optional<quint64> subAppId = std::nullopt);

    static bool isReadAction(const QString& action);
    int limitFor(const QString& action) const;
    // Requests put on the wire by this client, retries included.
    qint64 requestsSent() const { return m_requestsSent; }

signals:
    // Every HTTP attempt, for logs: action, attempt number, result (never a secret).
    void attemptFinished(const QString& action, int attempt, const ApiError& error, qint64 elapsedMs);

private:
    friend class VodJob;
    QNetworkAccessManager* m_network;
    Clock* m_clock;
    Config m_config;
    RateLimiter m_limiter;
    qint64 m_offsetMs = 0;
    bool m_offsetMeasured = false;
    qint64 m_requestsSent = 0;
};
