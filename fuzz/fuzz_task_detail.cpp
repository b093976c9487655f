// The DescribeTaskDetail model (AudioTask) and the other response models: a JSON document, its
// "Response" object if it has one (else the document itself), through AudioTask, TaskSummary,
// DescribeTasksResponse and DescribeMediaInfosResponse.
#include "FuzzSupport.h"
#include "core/model/AudioTask.h"
#include "core/model/DescribeMediaInfosResponse.h"
#include "core/model/DescribeTasksResponse.h"
#include "core/model/TaskSummary.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    FuzzSupport::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(FuzzSupport::bytes(data, size));
    if (!doc.isObject())
        return 0;
    QJsonObject response = doc.object();
    if (response.value("Response"_L1).isObject())
        response = response.value("Response"_L1).toObject();

    const AudioTask task = AudioTask::fromDescribeTaskDetail(response);
    FuzzSupport::check(task.progress >= 0 && task.progress <= 100, "Progress out of 0..100");
    FuzzSupport::check(!(task.isSuccess() && task.isFailed()), "a task both succeeded and failed");
    if (task.isFailed())
        FuzzSupport::check(!task.failureText().isEmpty(), "a failed task without a failure text");
    (void)task.failureCode();
    FuzzSupport::check(AudioTask::parseStatus(AudioTask::statusName(task.status)) == task.status
            || task.status == AudioTask::Status::Unknown,
        "status name round trip");
    for (const AudioOutput& o : task.audioOutputs)
        (void)o.fileUrl;
    (void)task.input.validate(QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC));
    (void)task.input.toJsonBytes();

    const TaskSummary summary = TaskSummary::fromJson(response);
    const TaskSummary again = TaskSummary::fromJson(summary.toJson());
    FuzzSupport::check(again.taskId == summary.taskId && again.status == summary.status
            && again.fileId == summary.fileId && again.createTime == summary.createTime,
        "TaskSummary round trip");

    const DescribeTasksResponse list = DescribeTasksResponse::fromJson(response);
    for (const TaskSummary& s : list.taskSet)
        (void)TaskSummary::fromJson(s.toJson());

    const DescribeMediaInfosResponse media = DescribeMediaInfosResponse::fromJson(response);
    for (const MediaInfo& m : media.mediaInfoSet)
        (void)media.find(m.fileId);
    for (const QString& id : media.notExistFileIdSet)
        (void)media.find(id);
    return 0;
}
