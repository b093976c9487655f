#include "core/api/VodClient.h"

#include "core/api/VodJob.h"
#include "core/model/AudioTaskRequest.h"
#include "core/model/DescribeMediaInfosResponse.h"
#include "core/model/DescribeTasksRequest.h"
#include "core/model/ManageTaskRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

VodClient::VodClient(QNetworkAccessManager* network, Clock* clock, const Config& config, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
    , m_config(config)
    , m_limiter(clock)
{
}

VodClient::~VodClient() = default;

bool VodClient::isReadAction(const QString& action)
{
    return action.startsWith("Describe"_L1);
}

int VodClient::limitFor(const QString& action) const
{
    return action == "CreateAigcAudioTask"_L1 ? m_config.createPerSecond : m_config.readPerSecond;
}

void VodClient::observeServerDate(const QByteArray& httpDate, qint64 localMs)
{
    // RFC 7231 IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"
    QString text = QString::fromLatin1(httpDate).trimmed();
    if (text.isEmpty())
        return;
    if (const auto comma = text.indexOf(u','); comma >= 0)
        text = text.mid(comma + 1).trimmed();
    text.remove(" GMT"_L1);
    QDateTime server = QLocale::c().toDateTime(text, u"dd MMM yyyy HH:mm:ss"_s);
    if (!server.isValid())
        return;
    server.setTimeSpec(Qt::UTC);
    // The header has one-second resolution: the server's clock is, on average, half a second on.
    const qint64 offset = server.toMSecsSinceEpoch() + 500 - localMs;
    m_offsetMs = std::abs(offset) < 1500 ? 0 : offset;
    m_offsetMeasured = true;
}

VodJob* VodClient::call(const QString& action, const QJsonObject& params)
{
    QJsonObject p = params;
    if (m_config.subAppId && !p.contains("SubAppId"_L1))
        p.insert("SubAppId"_L1, static_cast<qint64>(*m_config.subAppId));
    return new VodJob(this, action, QJsonDocument(p).toJson(QJsonDocument::Compact));
}

AudioTaskRequest VodClient::completed(const AudioTaskRequest& request) const
{
    AudioTaskRequest r = request;
    if (!r.subAppId)
        r.subAppId = m_config.subAppId;
    return r;
}

VodJob* VodClient::createAigcAudioTask(const AudioTaskRequest& request)
{
    const AudioTaskRequest r = completed(request);
    auto* job = new VodJob(this, u"CreateAigcAudioTask"_s, r.toJsonBytes());
    const ValidationIssues issues = r.validate(QDateTime::fromMSecsSinceEpoch(serverNowMs(), Qt::UTC));
    if (!issues.isEmpty()) {
        QStringList lines;
        for (const auto& i : issues)
            lines.append(i.toString());
        job->failBeforeSending(ApiError::invalidRequest(lines.join(u"; "_s)));
    }
    return job;
}

VodJob* VodClient::describeTaskDetail(const QString& taskId)
{
    QJsonObject p;
    p.insert("TaskId"_L1, taskId);
    auto* job = call(u"DescribeTaskDetail"_s, p);
    if (taskId.trimmed().isEmpty())
        job->failBeforeSending(ApiError::invalidRequest(tr("TaskId: is required")));
    return job;
}

VodJob* VodClient::describeMediaInfos(const QStringList& fileIds, std::optional<quint64> subAppId)
{
    QJsonObject params;
    params.insert("FileIds"_L1, QJsonArray::fromStringList(fileIds));
    params.insert("Filters"_L1, QJsonArray { u"basicInfo"_s, u"metaData"_s });
    if (subAppId)
        params.insert("SubAppId"_L1, static_cast<qint64>(*subAppId));
    auto* job = call(u"DescribeMediaInfos"_s, params);
    if (fileIds.isEmpty() || fileIds.size() > DescribeMediaInfosResponse::kMaxFileIds)
        job->failBeforeSending(
            ApiError::invalidRequest(tr("DescribeMediaInfos takes 1 to %1 FileIds (got %2)")
                                         .arg(DescribeMediaInfosResponse::kMaxFileIds)
                                         .arg(fileIds.size())));
    return job;
}

VodJob* VodClient::describeTasks(const DescribeTasksRequest& request)
{
    auto* job = call(u"DescribeTasks"_s, request.toJson());
    const ValidationIssues issues = request.validate();
    if (!issues.isEmpty())
        job->failBeforeSending(ApiError::invalidRequest(issues.first().toString()));
    return job;
}

VodJob* VodClient::manageTask(const ManageTaskRequest& request)
{
    auto* job = call(u"ManageTask"_s, request.toJson());
    const ValidationIssues issues = request.validate();
    if (!issues.isEmpty())
        job->failBeforeSending(ApiError::invalidRequest(issues.first().toString()));
    return job;
}
