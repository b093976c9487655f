#pragma once

#include "emulator/api/ActionContext.h"
#include "emulator/http/EmulatorConfig.h"
#include "emulator/storage/EmulatedTask.h"
#include "emulator/synth/OutputRenderer.h"

#include <QJsonObject>
#include <QObject>
#include <functional>

class Clock;
class MediaActions;
class TaskStore;

// The task actions of the emulated service: CreateAigcAudioTask, DescribeTaskDetail, DescribeTasks
// and ManageTask, over the task store; a task's output is rendered (OutputRenderer) when it is first
// described as finished.
//
// Failure triggers in a Prompt (case-insensitive; the task is accepted, then ends as stated):
//   #fail-generate    FINISH, ErrCode 70000, ErrCodeExt ModelGenerateFailed
//   #fail-moderation  FINISH, ErrCode 40000, ErrCodeExt ContentModerationFailed
//   #fail-timeout     FINISH, ErrCode 70000, ErrCodeExt TaskTimeout
//   #fail-internal    FINISH, ErrCode 70000, ErrCodeExt InternalError
//   #fail-resource    FINISH, ErrCode 70000, ErrCodeExt ResourceInsufficient
//   #fail-concurrency RequestLimitExceeded; #fail-violation InvalidParameter.VoilationContent (sic);
//   #fail-value InvalidParameterValue; #fail-backlog FailedOperation; #fail-parameter InvalidParameter;
//   #fail-format InvalidParameter.MediaFormat; #fail-notfound ResourceNotFound;
//   #fail-canceled OperationCanceled (FINISH, not ABORTED): every ErrCodeExt SDK 4.1.313 documents
//   #slow             takes 10x --task-seconds (WAITING 10x longer too)
//   #stuck            never leaves PROCESSING (Progress stops at 99)
// Blocked words (EmulatorConfig::blockedWords, default EmulatorInfo::defaultBlockedWords()) in the
// Prompt or AdditionalParameters refuse the Create with InvalidParameter.ViolationContent.
class TaskActions : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const ApiReply&)>;

    TaskActions(const EmulatorConfig& config, Clock* clock, TaskStore* store, OutputRenderer* renderer,
        MediaActions* media, QObject* parent = nullptr);

    void createTask(const QJsonObject& params, ActionContext c, const Done& done);
    void describeTaskDetail(const QJsonObject& params, ActionContext c, const Done& done);
    void describeTasks(const QJsonObject& params, ActionContext c, const Done& done);
    void manageTask(const QJsonObject& params, ActionContext c, const Done& done);

    // The job that renders a task's output.
    static OutputRenderer::Job renderJob(const EmulatedTask& task);
    // An output's MetaData, from its rendered bytes.
    static QJsonObject metaData(const EmulatedTask& task, const OutputRenderer::Result& audio);
    static QString timeText(qint64 ms);

private:
    const EmulatedTask* visibleTask(const QString& taskId, const ActionContext& c) const;
    QJsonObject detailJson(
        const EmulatedTask& task, const ActionContext& c, const OutputRenderer::Result* audio) const;
    QJsonObject outputInfo(
        const EmulatedTask& task, const ActionContext& c, const OutputRenderer::Result& audio) const;
    void persist();

    const EmulatorConfig& m_config;
    Clock* m_clock;
    TaskStore* m_store;
    OutputRenderer* m_renderer;
    MediaActions* m_mediaActions;
};
