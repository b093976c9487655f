#pragma once

#include "emulator/api/ActionContext.h"
#include "emulator/api/ApiReply.h"
#include "emulator/http/EmulatorConfig.h"
#include "emulator/http/IncomingRequest.h"
#include "emulator/http/RequestRateLimiter.h"
#include "emulator/storage/EmulatedTask.h"
#include "emulator/synth/OutputRenderer.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <functional>

class Clock;
class MediaActions;
class MediaStore;
class TaskActions;
class TaskStore;
class UploadActions;

// The service behind the transport: authentication (RequestAuthenticator), rate limits, the request's
// context, and the actions, one family to a class: TaskActions (CreateAigcAudioTask, DescribeTaskDetail,
// DescribeTasks, ManageTask; its prompt triggers are listed there), MediaActions (DescribeMediaInfos)
// and UploadActions (ApplyUpload, CommitUpload; the object storage in between is ObjectStorage).
// Answers are "Response" objects (RequestId included), errors as {"Error":{Code,Message},"RequestId"}.
class EmulatorApi : public QObject
{
    Q_OBJECT

public:
    using Reply = ApiReply;
    using Done = std::function<void(const Reply&)>;

    EmulatorApi(const EmulatorConfig& config, Clock* clock, TaskStore* store, OutputRenderer* renderer,
        MediaStore* media, QObject* parent = nullptr);

    static const QStringList& actions();
    static bool isReadAction(const QString& action) { return action.startsWith(QStringLiteral("Describe")); }

    // Authenticates and runs one API request; done is called once, now or later (a FINISH answer waits
    // for its audio). injectedCode: an API error to answer after authentication instead of running it.
    void handle(const IncomingRequest& request, const QString& injectedCode, const Done& done);

    static QString newRequestId();
    static QJsonObject errorResponse(const QString& code, const QString& message, const QString& requestId);
    // The service's wording for codes the emulator injects.
    static QString defaultMessage(const QString& code);
    // The job that renders a task's output.
    static OutputRenderer::Job renderJob(const EmulatedTask& task);
    // Scheme and authority for FileUrls: the Host the client used.
    static QString baseUrlFor(const IncomingRequest& request);

    RequestRateLimiter& rateLimiter() { return m_limiter; }

private:
    const EmulatorConfig& m_config;
    Clock* m_clock;
    MediaActions* m_media;
    TaskActions* m_tasks;
    UploadActions* m_uploads;
    RequestRateLimiter m_limiter;
};
