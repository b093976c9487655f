#pragma once

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
#include <optional>

class Clock;
class MediaStore;
class TaskStore;
struct UploadedMedia;

// The service behind the transport: authentication (RequestAuthenticator), rate limits and the
// actions CreateAigcAudioTask, DescribeTaskDetail, DescribeTasks, ManageTask, DescribeMediaInfos,
// ApplyUpload and CommitUpload (the object storage in between is ObjectStorage).
// Answers are "Response" objects (RequestId included), errors as {"Error":{Code,Message},"RequestId"}.
//
// Failure triggers in a Prompt (case-insensitive; the task is accepted, then ends as stated):
//   #fail-generate    FINISH, ErrCode 70000, ErrCodeExt ModelGenerateFailed
//   #fail-moderation  FINISH, ErrCode 40000, ErrCodeExt ContentModerationFailed
//   #fail-timeout     FINISH, ErrCode 70000, ErrCodeExt TaskTimeout
//   #fail-internal    FINISH, ErrCode 70000, ErrCodeExt InternalError
//   #fail-resource    FINISH, ErrCode 70000, ErrCodeExt ResourceInsufficient
//   #slow             takes 10x --task-seconds (WAITING 10x longer too)
//   #stuck            never leaves PROCESSING (Progress stops at 99)
// Blocked words (EmulatorConfig::blockedWords, default EmulatorInfo::defaultBlockedWords()) in the
// Prompt or AdditionalParameters refuse the Create with InvalidParameter.ViolationContent.
class EmulatorApi : public QObject
{
    Q_OBJECT

public:
    struct Reply
    {
        QJsonObject response; // the "Response" object
        QString code; // the error code, empty on success
        QString secretId;
        QString action;
        QString taskId; // the task created, for CreateAigcAudioTask
    };
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
    struct Context
    {
        QString requestId;
        QString secretId;
        QString action;
        QString baseUrl;
        qint64 nowMs = 0;
        std::optional<quint64> subAppId;
    };

    Reply fail(const Context& c, const QString& code, const QString& message) const;
    Reply ok(const Context& c, QJsonObject response) const;
    bool checkSubAppId(const QJsonObject& params, Context& c, Reply* error) const;
    bool checkUnknown(
        const QJsonObject& params, const QStringList& known, const Context& c, Reply* error) const;
    const EmulatedTask* visibleTask(const QString& taskId, const Context& c) const;

    void createTask(const QJsonObject& params, Context c, const Done& done);
    void describeTaskDetail(const QJsonObject& params, Context c, const Done& done);
    void describeTasks(const QJsonObject& params, Context c, const Done& done);
    void manageTask(const QJsonObject& params, Context c, const Done& done);
    void describeMediaInfos(const QJsonObject& params, Context c, const Done& done);
    void applyUpload(const QJsonObject& params, Context c, const Done& done);
    void commitUpload(const QJsonObject& params, Context c, const Done& done);
    // A FileId a task may reference: uploaded media or a Permanent output of the same SubAppId.
    bool fileIdExists(const QString& fileId, const Context& c) const;
    QJsonObject uploadedMediaInfo(const UploadedMedia& media, const Context& c) const;

    QJsonObject detailJson(
        const EmulatedTask& task, const Context& c, const OutputRenderer::Result* audio) const;
    QJsonObject outputInfo(
        const EmulatedTask& task, const Context& c, const OutputRenderer::Result& audio) const;
    QJsonObject metaData(const EmulatedTask& task, const OutputRenderer::Result& audio) const;
    QString timeText(qint64 ms) const;
    void persist();

    const EmulatorConfig& m_config;
    Clock* m_clock;
    TaskStore* m_store;
    OutputRenderer* m_renderer;
    MediaStore* m_media;
    RequestRateLimiter m_limiter;
};
