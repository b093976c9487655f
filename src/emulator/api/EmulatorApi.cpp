#include "emulator/api/EmulatorApi.h"

#include "core/support/Clock.h"
#include "emulator/api/MediaActions.h"
#include "emulator/api/TaskActions.h"
#include "emulator/api/UploadActions.h"
#include "emulator/http/RequestAuthenticator.h"

#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

EmulatorApi::EmulatorApi(const EmulatorConfig& config, Clock* clock, TaskStore* store,
    OutputRenderer* renderer, MediaStore* media, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_clock(clock)
    , m_media(new MediaActions(config, store, renderer, media, this))
    , m_tasks(new TaskActions(config, clock, store, renderer, m_media, this))
    , m_uploads(new UploadActions(config, store, media, this))
{
}

const QStringList& EmulatorApi::actions()
{
    static const QStringList list { u"CreateAigcAudioTask"_s, u"DescribeTaskDetail"_s, u"DescribeTasks"_s,
        u"ManageTask"_s, u"DescribeMediaInfos"_s, u"ApplyUpload"_s, u"CommitUpload"_s };
    return list;
}

QString EmulatorApi::newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject EmulatorApi::errorResponse(const QString& code, const QString& message, const QString& requestId)
{
    return ActionContext::errorResponse(code, message, requestId);
}

OutputRenderer::Job EmulatorApi::renderJob(const EmulatedTask& task)
{
    return TaskActions::renderJob(task);
}

QString EmulatorApi::defaultMessage(const QString& code)
{
    if (code == "InternalError"_L1)
        return tr(
            "An internal error has occurred. Retry your request, but if the problem persists, contact us.");
    if (code.startsWith("RequestLimitExceeded"_L1))
        return tr("Your request frequency exceeds the limit. Please try again later.");
    if (code == "ServiceUnavailable"_L1)
        return tr("The service is temporarily unavailable. Please try again later.");
    if (code.startsWith("LimitExceeded"_L1))
        return tr("The AIGC quota of this account is exhausted.");
    if (code == "FailedOperation.InvalidVodUser"_L1)
        return tr("The VOD service is not activated for this account.");
    if (code.startsWith("UnauthorizedOperation"_L1) || code == "AuthFailure.UnauthorizedOperation"_L1)
        return tr("The request is not authorized. Check the CAM policy of this key.");
    if (code.startsWith("ResourceUnavailable"_L1))
        return tr("The resource is unavailable.");
    return tr("Emulated fault: %1.").arg(code);
}

QString EmulatorApi::baseUrlFor(const IncomingRequest& request)
{
    QString host = QString::fromLatin1(request.header("Host")).trimmed();
    if (host.isEmpty())
        host = u"127.0.0.1"_s;
    return u"http://"_s + host;
}

void EmulatorApi::handle(const IncomingRequest& request, const QString& injectedCode, const Done& done)
{
    ActionContext c;
    c.requestId = newRequestId();
    c.nowMs = m_clock->nowMs();
    c.action = request.action();
    c.baseUrl = baseUrlFor(request);

    const RequestAuthenticator::Result auth
        = RequestAuthenticator::authenticate(request, m_config, c.nowMs / 1000, actions());
    c.secretId = auth.secretId;
    if (!auth.ok()) {
        done(c.fail(auth.code, auth.message));
        return;
    }
    const bool isCreate = c.action == "CreateAigcAudioTask"_L1;
    const int limit = isCreate ? m_config.createPerSecond : m_config.readPerSecond;
    if (!m_limiter.allow(c.secretId + u'/' + c.action, limit, c.nowMs)) {
        done(c.fail(u"RequestLimitExceeded"_s,
            tr("Your request frequency exceeds the limit of %1 requests per second for %2. Please try again "
               "later.")
                .arg(limit)
                .arg(c.action)));
        return;
    }
    if (!injectedCode.isEmpty()) {
        done(c.fail(injectedCode, defaultMessage(injectedCode)));
        return;
    }

    QJsonObject params;
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError perr;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &perr);
        if (perr.error != QJsonParseError::NoError || !doc.isObject()) {
            done(c.fail(u"InvalidParameter"_s,
                perr.error != QJsonParseError::NoError
                    ? tr("The request body is not valid JSON: %1 at character %2.")
                          .arg(perr.errorString())
                          .arg(perr.offset)
                    : tr("The request body must be a JSON object.")));
            return;
        }
        params = doc.object();
    }

    if (c.action == "CreateAigcAudioTask"_L1)
        m_tasks->createTask(params, c, done);
    else if (c.action == "DescribeTaskDetail"_L1)
        m_tasks->describeTaskDetail(params, c, done);
    else if (c.action == "DescribeTasks"_L1)
        m_tasks->describeTasks(params, c, done);
    else if (c.action == "ManageTask"_L1)
        m_tasks->manageTask(params, c, done);
    else if (c.action == "ApplyUpload"_L1)
        m_uploads->applyUpload(params, c, done);
    else if (c.action == "CommitUpload"_L1)
        m_uploads->commitUpload(params, c, done);
    else
        m_media->describeMediaInfos(params, c, done);
}
