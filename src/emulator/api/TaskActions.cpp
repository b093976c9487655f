#include "emulator/api/TaskActions.h"

#include "core/model/AudioTaskRequest.h"
#include "core/model/DescribeTasksRequest.h"
#include "core/model/ManageTaskRequest.h"
#include "core/support/Clock.h"
#include "core/support/FieldParse.h"
#include "core/support/JsonFields.h"
#include "emulator/api/MediaActions.h"
#include "emulator/api/ModelCatalogue.h"
#include "emulator/storage/MediaStore.h"
#include "emulator/storage/TaskStore.h"
#include "emulator/synth/AudioProbe.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QtEndian>
#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr const char* kUnsetTime = "0001-01-01T00:00:00Z";

quint64 hash64(const QByteArray& data)
{
    const QByteArray h = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    return qFromBigEndian<quint64>(h.constData());
}

struct Trigger
{
    const char* tag;
    const char* code;
    qint64 errCode;
    const char* message;
};

const Trigger kTriggers[] = {
    { "#fail-generate", "ModelGenerateFailed", 70000, "The model failed to generate audio for this input." },
    { "#fail-moderation", "ContentModerationFailed", 40000,
        "The generated content did not pass content moderation." },
    { "#fail-timeout", "TaskTimeout", 70000, "The task timed out." },
    { "#fail-internal", "InternalError", 70000, "An internal error occurred while processing the task." },
    { "#fail-resource", "ResourceInsufficient", 70000,
        "Insufficient resources to process the task, try later." },
    { "#fail-concurrency", "RequestLimitExceeded", 70000,
        "The number of concurrent tasks exceeds the limit." },
    { "#fail-violation", "InvalidParameter.VoilationContent", 40000, // sic: the service's spelling
        "The input prompt violates the content security policy." },
    { "#fail-value", "InvalidParameterValue", 10000, "A parameter value is not valid for this model." },
    { "#fail-backlog", "FailedOperation", 70000, "Model tasks piled up; the task was not run." },
    { "#fail-parameter", "InvalidParameter", 10000, "A parameter is not valid." },
    { "#fail-format", "InvalidParameter.MediaFormat", 10000,
        "The media format of a reference is not valid." },
    { "#fail-notfound", "ResourceNotFound", 10000, "A referenced resource does not exist." },
    { "#fail-canceled", "OperationCanceled", 70000, "The operation was canceled." },
};

QString encodeToken(const QJsonObject& o)
{
    return QString::fromLatin1(QJsonDocument(o)
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QJsonObject> decodeToken(const QString& token)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded);
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

} // namespace

TaskActions::TaskActions(const EmulatorConfig& config, Clock* clock, TaskStore* store,
    OutputRenderer* renderer, MediaActions* media, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_clock(clock)
    , m_store(store)
    , m_renderer(renderer)
    , m_mediaActions(media)
{
}

OutputRenderer::Job TaskActions::renderJob(const EmulatedTask& task)
{
    OutputRenderer::Job job;
    job.key = task.taskId + u'.' + task.format;
    job.prompt = JsonFields::string(task.input, "Prompt"_L1);
    job.scene = task.sceneType;
    job.seed = task.seed;
    job.durationSeconds = task.durationSeconds;
    job.format = task.format;
    return job;
}

void TaskActions::createTask(const QJsonObject& params, ActionContext c, const Done& done)
{
    ApiReply error;
    static const QStringList known { u"SubAppId"_s, u"ModelName"_s, u"ModelVersion"_s, u"SceneType"_s,
        u"Prompt"_s, u"VideoInfos"_s, u"AudioInfos"_s, u"OutputConfig"_s, u"AdditionalParameters"_s };
    if (!c.checkUnknown(params, known, &error) || !c.checkSubAppId(params, m_config, &error)) {
        done(error);
        return;
    }
    ValidationIssues typeIssues;
    const AudioTaskRequest req = AudioTaskRequest::fromJson(params, &typeIssues);
    if (!typeIssues.isEmpty()) {
        done(c.fail(
            u"InvalidParameter"_s, tr("Invalid parameter: %1.").arg(ActionContext::joinIssues(typeIssues))));
        return;
    }
    const ValidationIssues issues = req.validate(QDateTime::fromMSecsSinceEpoch(c.nowMs, Qt::UTC));
    if (!issues.isEmpty()) {
        done(c.fail(u"InvalidParameterValue"_s,
            tr("Invalid parameter value: %1.").arg(ActionContext::joinIssues(issues))));
        return;
    }

    const ModelCatalogue::Model* model = nullptr;
    if (req.modelName.isEmpty()) {
        model = &ModelCatalogue::defaultFor(req.sceneType);
    } else {
        model = ModelCatalogue::find(req.modelName);
        if (!model) {
            done(c.fail(u"InvalidParameterValue.ModelName"_s,
                tr("ModelName `%1` is not supported. Supported models: %2.")
                    .arg(req.modelName, ModelCatalogue::names().join(u", "_s))));
            return;
        }
    }
    if (!req.modelVersion.isEmpty() && !model->versions.contains(req.modelVersion)) {
        done(c.fail(u"InvalidParameterValue.ModelVersion"_s,
            model->versions.isEmpty()
                ? tr("ModelVersion `%1` is not supported by %2, which has only its stable version: leave "
                     "ModelVersion empty.")
                      .arg(req.modelVersion, model->name)
                : tr("ModelVersion `%1` is not supported by %2. Supported versions: %3.")
                      .arg(req.modelVersion, model->name, model->versions.join(u", "_s))));
        return;
    }
    const QString scene = req.sceneType.isEmpty() ? model->scene : req.sceneType;
    if (scene != model->scene) {
        done(c.fail(u"InvalidParameterValue.SceneType"_s,
            tr("SceneType `%1` is not supported by %2, which generates %3.")
                .arg(scene, model->name, model->scene)));
        return;
    }
    // Type File references must name a media file of this SubAppId.
    for (const auto& [field, refs] :
        { std::pair { u"VideoInfos"_s, &req.videoInfos }, std::pair { u"AudioInfos"_s, &req.audioInfos } }) {
        for (qsizetype i = 0; i < refs->size(); ++i) {
            const MediaReference& ref = refs->at(i);
            if (ref.type == "File"_L1 && !m_mediaActions->fileIdExists(ref.fileId.trimmed(), c)) {
                done(c.fail(u"InvalidParameterValue.FileId"_s,
                    tr("Invalid parameter value: %1[%2].FileId the media file `%3` does not exist (upload it "
                       "with ApplyUpload and CommitUpload, or use the FileId of a Permanent output).")
                        .arg(field)
                        .arg(i)
                        .arg(ref.fileId)));
                return;
            }
        }
    }
    const QString lowerPrompt = req.prompt.toLower();
    const QString lowerExtra = req.additionalParameters.toLower();
    for (const QString& word : m_config.blockedWords) {
        const QString w = word.trimmed().toLower();
        if (!w.isEmpty() && (lowerPrompt.contains(w) || lowerExtra.contains(w))) {
            done(c.fail(u"InvalidParameter.ViolationContent"_s,
                tr("The input contains content that violates the content security policy. Please modify it "
                   "and "
                   "try again.")));
            return;
        }
    }

    EmulatedTask t;
    const QString hex = QString::fromLatin1(QUuid::createUuid().toRfc4122().toHex());
    t.taskId = QString::number(c.subAppId.value_or(m_config.accountId)) + u"-AigcAudioTask-"_s + hex + u't';
    t.subAppId = c.subAppId;
    t.secretId = c.secretId;
    t.modelName = model->name;
    t.modelVersion = req.modelVersion;
    t.sceneType = scene;
    t.format = req.outputConfig.outputAudioFormat.isEmpty() ? u"mp3"_s : req.outputConfig.outputAudioFormat;
    const qint64 duration = req.outputConfig.duration.value_or(0);
    t.durationSeconds = duration > 0 ? static_cast<int>(duration) : model->defaultDurationSeconds;
    t.storageMode = req.outputConfig.storageMode.isEmpty() ? u"Temporary"_s : req.outputConfig.storageMode;
    t.mediaName = req.outputConfig.mediaName;
    t.classId = req.outputConfig.classId.value_or(0);
    t.expireTime = req.outputConfig.expireTime;

    QJsonObject input;
    input.insert("ModelName"_L1, t.modelName);
    input.insert("ModelVersion"_L1, t.modelVersion);
    input.insert("SceneType"_L1, t.sceneType);
    input.insert("Prompt"_L1, req.prompt);
    input.insert("OutputConfig"_L1, req.outputConfig.toJson());
    input.insert("AdditionalParameters"_L1, req.additionalParameters);
    // NegativePrompt and EnhancePrompt are echoed (SDK 4.1.313) but not Create parameters: the
    // emulator takes them from AdditionalParameters {"negative_prompt", "enhance_prompt"} (assumption).
    const QJsonObject extra = QJsonDocument::fromJson(req.additionalParameters.toUtf8()).object();
    input.insert("NegativePrompt"_L1, extra.value("negative_prompt"_L1).toString());
    input.insert("EnhancePrompt"_L1, extra.value("enhance_prompt"_L1).toBool(false));
    const QJsonObject asSent = req.toJson();
    if (asSent.contains("VideoInfos"_L1))
        input.insert("VideoInfos"_L1, asSent.value("VideoInfos"_L1));
    if (asSent.contains("AudioInfos"_L1))
        input.insert("AudioInfos"_L1, asSent.value("AudioInfos"_L1));
    t.input = input;

    // The seed: AdditionalParameters {"seed": N} when given, else derived from the TaskId.
    t.seed = hash64(t.taskId.toLatin1());
    if (!req.additionalParameters.isEmpty()) {
        const QJsonValue s = extra.value("seed"_L1);
        if (s.isDouble())
            t.seed = static_cast<quint64>(s.toDouble());
        else if (s.isString())
            t.seed = hash64(s.toString().toUtf8());
    }
    if (t.storageMode == "Permanent"_L1)
        t.fileId = u"52858907"_s
            + QString::number(hash64(t.taskId.toLatin1() + "file") % 100000000000ULL)
                  .rightJustified(11, u'0');

    qint64 totalMs = static_cast<qint64>(m_config.taskSeconds * 1000.0);
    if (lowerPrompt.contains("#slow"_L1))
        totalMs *= 10;
    totalMs = std::max<qint64>(totalMs, 10);
    t.createMs = c.nowMs;
    t.beginMs = c.nowMs + totalMs / 10;
    t.finishMs = c.nowMs + totalMs;
    t.stuck = lowerPrompt.contains("#stuck"_L1);
    for (const Trigger& trig : kTriggers) {
        if (lowerPrompt.contains(QLatin1StringView(trig.tag))) {
            t.failCode = QString::fromLatin1(trig.code);
            t.errCode = trig.errCode;
            t.failMessage = QString::fromLatin1(trig.message);
            break;
        }
    }
    m_store->add(t);
    persist();

    QJsonObject r;
    r.insert("TaskId"_L1, t.taskId);
    ApiReply reply = c.ok(r);
    reply.taskId = t.taskId;
    done(reply);
}

QJsonObject TaskActions::metaData(const EmulatedTask& task, const OutputRenderer::Result& audio)
{
    const AudioProbe probe = AudioProbe::probe(audio.data);
    const double duration = task.durationSeconds;
    const qint64 bitrate = duration > 0 ? static_cast<qint64>(double(audio.data.size()) * 8.0 / duration) : 0;
    QJsonObject stream;
    stream.insert("Bitrate"_L1, bitrate);
    stream.insert("SamplingRate"_L1, probe.sampleRate);
    stream.insert("Codec"_L1, probe.codec.isEmpty() ? task.format : probe.codec);
    stream.insert("Channel"_L1, probe.channels);
    QJsonObject m;
    m.insert("Size"_L1, audio.data.size());
    m.insert("Container"_L1, probe.container.isEmpty() ? task.format : probe.container);
    m.insert("Bitrate"_L1, bitrate);
    m.insert("Height"_L1, 0);
    m.insert("Width"_L1, 0);
    m.insert("Duration"_L1, duration);
    m.insert("Rotate"_L1, 0);
    m.insert("VideoStreamSet"_L1, QJsonArray());
    m.insert("AudioStreamSet"_L1, QJsonArray { stream });
    m.insert("VideoDuration"_L1, 0);
    m.insert("AudioDuration"_L1, duration);
    return m;
}

QJsonObject TaskActions::outputInfo(
    const EmulatedTask& task, const ActionContext& c, const OutputRenderer::Result& audio) const
{
    const bool permanent = task.storageMode == "Permanent"_L1;
    const qint64 expiry = task.outputExpiryMs(m_config.temporaryUrlDays);
    QJsonObject a;
    a.insert("StorageMode"_L1, task.storageMode);
    a.insert("MediaName"_L1, task.mediaName);
    a.insert("ClassId"_L1, task.classId);
    a.insert("ExpireTime"_L1, expiry > 0 ? timeText(expiry) : QString());
    a.insert("FileType"_L1, task.format);
    a.insert("FileUrl"_L1, QString(c.baseUrl + task.filePath()));
    a.insert("FileId"_L1, permanent ? task.fileId : QString());
    a.insert("MetaData"_L1, permanent ? QJsonValue(metaData(task, audio)) : QJsonValue(QJsonValue::Null));
    a.insert("Duration"_L1, double(task.durationSeconds));
    return a;
}

QJsonObject TaskActions::detailJson(
    const EmulatedTask& task, const ActionContext& c, const OutputRenderer::Result* audio) const
{
    const EmulatedTask::State state = task.stateAt(c.nowMs);
    const QString status = EmulatedTask::stateName(state);
    const bool started = state == EmulatedTask::State::Processing || state == EmulatedTask::State::Finish;
    QString errCodeExt, message;
    qint64 errCode = 0;
    QJsonValue output(QJsonValue::Null);
    if (state == EmulatedTask::State::Aborted) {
        errCodeExt = u"OperationCanceled"_s;
        message = tr("The task was aborted.");
    } else if (state == EmulatedTask::State::Finish) {
        if (!task.failCode.isEmpty()) {
            errCodeExt = task.failCode;
            errCode = task.errCode;
            message = task.failMessage;
        } else if (audio && !audio->ok()) {
            errCodeExt = u"InternalError"_s;
            errCode = 70000;
            message = tr("The audio could not be generated: %1").arg(audio->error);
        } else if (audio) {
            QJsonObject o;
            o.insert("AudioInfos"_L1, QJsonArray { outputInfo(task, c, *audio) });
            o.insert("VideoInfos"_L1, QJsonArray());
            output = o;
        }
    }
    QJsonObject at;
    at.insert("TaskId"_L1, task.taskId);
    at.insert("Status"_L1, status);
    at.insert("ErrCode"_L1, errCode);
    at.insert("ErrCodeExt"_L1, errCodeExt);
    at.insert("Message"_L1, message);
    at.insert("Progress"_L1, task.progressAt(c.nowMs));
    at.insert("Input"_L1, task.input);
    at.insert("Output"_L1, output);

    const qint64 finishedAt = state == EmulatedTask::State::Aborted ? task.abortMs
        : state == EmulatedTask::State::Finish                      ? task.finishMs
                                                                    : 0;
    QJsonObject r;
    r.insert("TaskType"_L1, u"AigcAudioTask"_s);
    r.insert("Status"_L1, status);
    r.insert("CreateTime"_L1, timeText(task.createMs));
    r.insert("BeginProcessTime"_L1, started ? timeText(task.beginMs) : QString::fromLatin1(kUnsetTime));
    r.insert("FinishTime"_L1, finishedAt > 0 ? timeText(finishedAt) : QString::fromLatin1(kUnsetTime));
    r.insert("AigcAudioTask"_L1, at);
    return r;
}

void TaskActions::describeTaskDetail(const QJsonObject& params, ActionContext c, const Done& done)
{
    ApiReply error;
    if (!c.checkUnknown(params, { u"TaskId"_s, u"SubAppId"_s }, &error)
        || !c.checkSubAppId(params, m_config, &error)) {
        done(error);
        return;
    }
    ValidationIssues issues;
    const QString taskId = FieldParse::jsonString(params, "TaskId"_L1, u"TaskId"_s, &issues).trimmed();
    if (!issues.isEmpty()) {
        done(c.fail(
            u"InvalidParameter"_s, tr("Invalid parameter: %1.").arg(ActionContext::joinIssues(issues))));
        return;
    }
    if (taskId.isEmpty()) {
        done(c.fail(u"MissingParameter"_s, tr("The request is missing a required parameter `TaskId`.")));
        return;
    }
    const EmulatedTask* task = visibleTask(taskId, c);
    if (!task) {
        done(c.fail(u"ResourceNotFound"_s,
            tr("The task `%1` does not exist (tasks can be queried for %2 hours).")
                .arg(taskId)
                .arg(m_config.queryWindowHours)));
        return;
    }
    if (task->succeededAt(c.nowMs)) {
        // FINISH is only reported with its file: wait for the render (usually done long before).
        m_renderer->get(renderJob(*task), this, [this, c, taskId, done](const OutputRenderer::Result& audio) {
            const EmulatedTask* t = m_store->find(taskId);
            if (!t) {
                done(c.fail(u"ResourceNotFound"_s, tr("The task `%1` does not exist.").arg(taskId)));
                return;
            }
            done(c.ok(detailJson(*t, c, &audio)));
        });
        return;
    }
    done(c.ok(detailJson(*task, c, nullptr)));
}

void TaskActions::describeTasks(const QJsonObject& params, ActionContext c, const Done& done)
{
    ApiReply error;
    static const QStringList known { u"SubAppId"_s, u"Status"_s, u"FileId"_s, u"CreateTime"_s,
        u"FinishTime"_s, u"Sort"_s, u"Limit"_s, u"ScrollToken"_s };
    if (!c.checkUnknown(params, known, &error) || !c.checkSubAppId(params, m_config, &error)) {
        done(error);
        return;
    }
    ValidationIssues typeIssues;
    const DescribeTasksRequest req = DescribeTasksRequest::fromJson(params, &typeIssues);
    const QString fileId = FieldParse::jsonString(params, "FileId"_L1, u"FileId"_s, &typeIssues);
    if (!typeIssues.isEmpty()) {
        done(c.fail(
            u"InvalidParameter"_s, tr("Invalid parameter: %1.").arg(ActionContext::joinIssues(typeIssues))));
        return;
    }
    const ValidationIssues issues = req.validate();
    if (!issues.isEmpty()) {
        done(c.fail(u"InvalidParameterValue"_s,
            tr("Invalid parameter value: %1.").arg(ActionContext::joinIssues(issues))));
        return;
    }
    const QString field = req.sortField.isEmpty() ? u"CreateTime"_s : req.sortField;
    const QString order = req.sortOrder.isEmpty() ? u"Desc"_s : req.sortOrder;
    const bool byFinish = field == "FinishTime"_L1;
    const bool asc = order == "Asc"_L1;
    const int limit = static_cast<int>(req.limit.value_or(10));

    // Cursor: the sort key and TaskId of the last task of the previous page, plus the sort it belongs to.
    std::optional<std::pair<qint64, QString>> after;
    if (!req.scrollToken.isEmpty()) {
        const std::optional<QJsonObject> token = decodeToken(req.scrollToken);
        if (!token || token->value("f"_L1).toString() != field || token->value("o"_L1).toString() != order
            || !token->value("id"_L1).isString()) {
            done(c.fail(u"InvalidParameterValue.ScrollToken"_s,
                tr("The ScrollToken is invalid or does not belong to this query.")));
            return;
        }
        after
            = std::make_pair(token->value("k"_L1).toString().toLongLong(), token->value("id"_L1).toString());
    }

    const qint64 windowStart = c.nowMs - qint64(m_config.queryWindowHours) * 3600 * 1000;
    struct Row
    {
        qint64 key;
        const EmulatedTask* task;
    };
    QList<Row> rows;
    for (const EmulatedTask& t : m_store->tasks()) {
        if (t.subAppId != c.subAppId || t.createMs < windowStart || t.createMs > c.nowMs)
            continue;
        const EmulatedTask::State state = t.stateAt(c.nowMs);
        if (!req.status.isEmpty() && EmulatedTask::stateName(state) != req.status)
            continue;
        if (!fileId.isEmpty() && (t.fileId != fileId || !t.succeededAt(c.nowMs)))
            continue;
        const qint64 finishedAt = state == EmulatedTask::State::Aborted ? t.abortMs
            : state == EmulatedTask::State::Finish                      ? t.finishMs
                                                                        : 0;
        if (req.createTimeAfter.isValid() && t.createMs < req.createTimeAfter.toMSecsSinceEpoch())
            continue;
        if (req.createTimeBefore.isValid() && t.createMs >= req.createTimeBefore.toMSecsSinceEpoch())
            continue;
        if (req.finishTimeAfter.isValid()
            && (finishedAt == 0 || finishedAt < req.finishTimeAfter.toMSecsSinceEpoch()))
            continue;
        if (req.finishTimeBefore.isValid()
            && (finishedAt == 0 || finishedAt >= req.finishTimeBefore.toMSecsSinceEpoch()))
            continue;
        rows.append({ byFinish ? finishedAt : t.createMs, &t });
    }
    auto less = [](const Row& a, const Row& b) {
        return a.key != b.key ? a.key < b.key : a.task->taskId < b.task->taskId;
    };
    std::sort(
        rows.begin(), rows.end(), [&](const Row& a, const Row& b) { return asc ? less(a, b) : less(b, a); });
    qsizetype start = 0;
    if (after) {
        const Row pivot { after->first, nullptr };
        auto beyond = [&](const Row& r) {
            if (r.key != pivot.key)
                return asc ? r.key > pivot.key : r.key < pivot.key;
            return asc ? r.task->taskId > after->second : r.task->taskId < after->second;
        };
        while (start < rows.size() && !beyond(rows.at(start)))
            ++start;
    }
    QJsonArray set;
    qsizetype i = start;
    for (; i < rows.size() && set.size() < limit; ++i) {
        const EmulatedTask& t = *rows.at(i).task;
        const EmulatedTask::State state = t.stateAt(c.nowMs);
        const bool started = state == EmulatedTask::State::Processing || state == EmulatedTask::State::Finish;
        const qint64 finishedAt = state == EmulatedTask::State::Aborted ? t.abortMs
            : state == EmulatedTask::State::Finish                      ? t.finishMs
                                                                        : 0;
        QJsonObject o;
        o.insert("TaskId"_L1, t.taskId);
        o.insert("Status"_L1, EmulatedTask::stateName(state));
        o.insert("FileId"_L1, t.succeededAt(c.nowMs) ? t.fileId : QString());
        o.insert("TaskType"_L1, u"AigcAudioTask"_s);
        o.insert("CreateTime"_L1, timeText(t.createMs));
        o.insert("BeginProcessTime"_L1, started ? timeText(t.beginMs) : QString::fromLatin1(kUnsetTime));
        o.insert("FinishTime"_L1, finishedAt > 0 ? timeText(finishedAt) : QString::fromLatin1(kUnsetTime));
        o.insert("SessionId"_L1, QString());
        o.insert("SessionContext"_L1, QString());
        set.append(o);
    }
    QString next;
    if (i < rows.size() && !set.isEmpty()) {
        const Row& last = rows.at(i - 1);
        QJsonObject token;
        token.insert("f"_L1, field);
        token.insert("o"_L1, order);
        token.insert("k"_L1, QString::number(last.key));
        token.insert("id"_L1, last.task->taskId);
        next = encodeToken(token);
    }
    QJsonObject r;
    r.insert("TaskSet"_L1, set);
    r.insert("ScrollToken"_L1, next);
    done(c.ok(r));
}

void TaskActions::manageTask(const QJsonObject& params, ActionContext c, const Done& done)
{
    ApiReply error;
    if (!c.checkUnknown(params, { u"TaskId"_s, u"OperationType"_s, u"SubAppId"_s }, &error)
        || !c.checkSubAppId(params, m_config, &error)) {
        done(error);
        return;
    }
    ValidationIssues typeIssues;
    const ManageTaskRequest req = ManageTaskRequest::fromJson(params, &typeIssues);
    if (!typeIssues.isEmpty()) {
        done(c.fail(
            u"InvalidParameter"_s, tr("Invalid parameter: %1.").arg(ActionContext::joinIssues(typeIssues))));
        return;
    }
    if (req.taskId.trimmed().isEmpty()) {
        done(c.fail(u"MissingParameter"_s, tr("The request is missing a required parameter `TaskId`.")));
        return;
    }
    if (req.operationType.isEmpty()) {
        done(c.fail(
            u"MissingParameter"_s, tr("The request is missing a required parameter `OperationType`.")));
        return;
    }
    if (req.operationType != "Abort"_L1) {
        done(c.fail(u"InvalidParameterValue.OperationType"_s,
            tr("OperationType `%1` is not supported; the only operation is Abort.").arg(req.operationType)));
        return;
    }
    const EmulatedTask* visible = visibleTask(req.taskId.trimmed(), c);
    if (!visible) {
        done(c.fail(u"ResourceNotFound"_s, tr("The task `%1` does not exist.").arg(req.taskId)));
        return;
    }
    EmulatedTask* task = m_store->find(visible->taskId);
    switch (task->stateAt(c.nowMs)) {
    case EmulatedTask::State::Waiting:
        task->abortMs = c.nowMs;
        persist();
        done(c.ok({}));
        return;
    case EmulatedTask::State::Processing:
        done(c.fail(u"FailedOperation"_s,
            tr("The task is already being processed and can no longer be aborted: only WAITING tasks can be "
               "aborted.")));
        return;
    case EmulatedTask::State::Finish:
    case EmulatedTask::State::Aborted:
        done(c.fail(u"InvalidParameterValue.TaskId"_s,
            tr("The task has already ended (%1): only WAITING tasks can be aborted.")
                .arg(EmulatedTask::stateName(task->stateAt(c.nowMs)))));
        return;
    }
}

const EmulatedTask* TaskActions::visibleTask(const QString& taskId, const ActionContext& c) const
{
    const EmulatedTask* t = m_store->find(taskId);
    if (!t || t->subAppId != c.subAppId)
        return nullptr;
    if (t->createMs < c.nowMs - qint64(m_config.queryWindowHours) * 3600 * 1000)
        return nullptr;
    return t;
}

QString TaskActions::timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

void TaskActions::persist()
{
    QString error;
    if (!m_store->save(&error))
        qWarning("aigc-vod-emulator: %s", qPrintable(error));
}
