#pragma once

#include "core/model/AudioOutput.h"
#include "core/model/AudioTaskRequest.h"
#include "core/model/TaskFailure.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

// A DescribeTaskDetail answer for an AigcAudioTask (spec §5), parsed leniently.
class AudioTask
{
    Q_DECLARE_TR_FUNCTIONS(AudioTask)

public:
    enum class Status
    {
        Unknown,
        Waiting,
        Processing,
        Finish,
        Aborted
    };

    QString taskType;
    Status status = Status::Unknown; // top-level Status
    QString statusText;
    QDateTime createTime;
    QDateTime beginProcessTime;
    QDateTime finishTime;

    QString taskId;
    int progress = 0;
    qint64 errCode = 0;
    QString errCodeExt;
    QString message;
    AudioTaskRequest input;
    // Echoed in Input since tencentcloud-sdk-nodejs 4.1.313; not part of the Create request.
    QString negativePrompt;
    std::optional<bool> enhancePrompt; // absent when the service did not say
    QList<AudioOutput> audioOutputs;
    QList<AudioOutput> videoOutputs;
    QString requestId;
    QJsonObject raw; // the Response object as received

    // `response` is the "Response" object of DescribeTaskDetail.
    static AudioTask fromDescribeTaskDetail(const QJsonObject& response);
    static Status parseStatus(const QString& s);
    static QString statusName(Status s);

    bool isDone() const { return status == Status::Finish || status == Status::Aborted; }
    // FINISH, ErrCode 0, ErrCodeExt "" and at least one output (spec §5).
    bool isSuccess() const;
    bool isFailed() const { return isDone() && !isSuccess(); }
    // "ModelGenerateFailed: the model could not..." for a failed task, control characters escaped
    // (PrintableText); empty otherwise.
    QString failureText() const;
    // ErrCodeExt normalised (the service's "VoilationContent" typo becomes "ViolationContent").
    QString failureCode() const;
    // What the failure means and whether a retry can help; meaningful only for a failed task.
    TaskFailure failure() const { return TaskFailure::describe(failureCode()); }
};
