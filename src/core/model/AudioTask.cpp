#include "core/model/AudioTask.h"

#include "core/support/EnumNames.h"
#include "core/support/JsonFields.h"
#include "core/support/PrintableText.h"

#include <QJsonArray>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const EnumName<AudioTask::Status> kStatusNames[]
    = { { AudioTask::Status::Waiting, "WAITING" }, { AudioTask::Status::Processing, "PROCESSING" },
          { AudioTask::Status::Finish, "FINISH" }, { AudioTask::Status::Aborted, "ABORTED" } };
} // namespace

AudioTask::Status AudioTask::parseStatus(const QString& s)
{
    return EnumNames::value(kStatusNames, QStringView(s).trimmed(), Qt::CaseInsensitive)
        .value_or(Status::Unknown);
}

QString AudioTask::statusName(Status s)
{
    return EnumNames::name(kStatusNames, s, "UNKNOWN"_L1);
}

AudioTask AudioTask::fromDescribeTaskDetail(const QJsonObject& response)
{
    AudioTask t;
    t.raw = response;
    t.requestId = JsonFields::string(response, "RequestId"_L1);
    t.taskType = JsonFields::string(response, "TaskType"_L1);
    t.statusText = JsonFields::string(response, "Status"_L1);
    t.createTime = JsonFields::dateTime(response, "CreateTime"_L1);
    t.beginProcessTime = JsonFields::dateTime(response, "BeginProcessTime"_L1);
    t.finishTime = JsonFields::dateTime(response, "FinishTime"_L1);

    const QJsonObject task = JsonFields::object(response, "AigcAudioTask"_L1);
    t.taskId = JsonFields::string(task, "TaskId"_L1);
    if (t.statusText.isEmpty())
        t.statusText = JsonFields::string(task, "Status"_L1);
    t.status = parseStatus(t.statusText);
    t.progress = static_cast<int>(std::clamp<qint64>(JsonFields::integer(task, "Progress"_L1), 0, 100));
    t.errCode = JsonFields::integer(task, "ErrCode"_L1);
    t.errCodeExt = JsonFields::string(task, "ErrCodeExt"_L1);
    t.message = JsonFields::string(task, "Message"_L1);
    const QJsonObject input = JsonFields::object(task, "Input"_L1);
    t.input = AudioTaskRequest::fromJson(input);
    t.negativePrompt = JsonFields::string(input, "NegativePrompt"_L1);
    // A boolean in the SDK's model, "Enabled"/"Disabled" in its description: either is read.
    const QJsonValue enhance = input.value("EnhancePrompt"_L1);
    if (enhance.isBool())
        t.enhancePrompt = enhance.toBool();
    else if (enhance.isString() && enhance.toString().compare("Enabled"_L1, Qt::CaseInsensitive) == 0)
        t.enhancePrompt = true;
    else if (enhance.isString() && enhance.toString().compare("Disabled"_L1, Qt::CaseInsensitive) == 0)
        t.enhancePrompt = false;
    const QJsonObject output = JsonFields::object(task, "Output"_L1);
    for (const QJsonValue v : JsonFields::array(output, "AudioInfos"_L1)) {
        if (v.isObject())
            t.audioOutputs.append(AudioOutput::fromJson(v.toObject()));
    }
    for (const QJsonValue v : JsonFields::array(output, "VideoInfos"_L1)) {
        if (v.isObject())
            t.videoOutputs.append(AudioOutput::fromJson(v.toObject()));
    }
    if (t.status == Status::Finish)
        t.progress = 100;
    return t;
}

bool AudioTask::isSuccess() const
{
    return status == Status::Finish && errCode == 0 && errCodeExt.isEmpty() && !audioOutputs.isEmpty();
}

QString AudioTask::failureCode() const
{
    return isFailed() ? TaskFailure::codeOf(errCodeExt, errCode, status == Status::Aborted) : QString();
}

QString AudioTask::failureText() const
{
    if (!isFailed())
        return {};
    // Code and Message come from the service: escaped, so the text prints as one line.
    QString text = PrintableText::escape(failureCode());
    if (!message.isEmpty())
        text += u": "_s + PrintableText::escape(message);
    else if (errCodeExt.isEmpty() && audioOutputs.isEmpty() && status == Status::Finish)
        text += u": "_s + tr("the task finished without any output");
    return text;
}
