#include "emulator/api/EmulatorApi.h"

#include "core/model/AudioTaskRequest.h"
#include "core/model/DescribeTasksRequest.h"
#include "core/model/ManageTaskRequest.h"
#include "core/support/Clock.h"
#include "core/support/FieldParse.h"
#include "core/support/JsonFields.h"
#include "emulator/api/ModelCatalogue.h"
#include "emulator/http/RequestAuthenticator.h"
#include "emulator/storage/MediaStore.h"
#include "emulator/storage/TaskStore.h"
#include "emulator/synth/AudioProbe.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>
#include <QtEndian>
#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr const char* kUnsetTime = "0001-01-01T00:00:00Z";

QString joinIssues(const ValidationIssues& issues)
{
    QStringList parts;
    for (const ValidationIssue& i : issues)
        parts.append(i.field + u' ' + i.message);
    return parts.join(u"; "_s);
}

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

EmulatorApi::EmulatorApi(const EmulatorConfig& config, Clock* clock, TaskStore* store,
    OutputRenderer* renderer, MediaStore* media, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_clock(clock)
    , m_store(store)
    , m_renderer(renderer)
    , m_media(media)
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
    QJsonObject error;
    error.insert("Code"_L1, code);
    error.insert("Message"_L1, message);
    QJsonObject r;
    r.insert("Error"_L1, error);
    r.insert("RequestId"_L1, requestId);
    return r;
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

OutputRenderer::Job EmulatorApi::renderJob(const EmulatedTask& task)
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

QString EmulatorApi::timeText(qint64 ms) const
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

void EmulatorApi::persist()
{
    QString error;
    if (!m_store->save(&error))
        qWarning("aigc-vod-emulator: %s", qPrintable(error));
}

EmulatorApi::Reply EmulatorApi::fail(const Context& c, const QString& code, const QString& message) const
{
    Reply r;
    r.response = errorResponse(code, message, c.requestId);
    r.code = code;
    r.secretId = c.secretId;
    r.action = c.action;
    return r;
}

EmulatorApi::Reply EmulatorApi::ok(const Context& c, QJsonObject response) const
{
    Reply r;
    response.insert("RequestId"_L1, c.requestId);
    r.response = response;
    r.secretId = c.secretId;
    r.action = c.action;
    return r;
}

void EmulatorApi::handle(const IncomingRequest& request, const QString& injectedCode, const Done& done)
{
    Context c;
    c.requestId = newRequestId();
    c.nowMs = m_clock->nowMs();
    c.action = request.action();
    c.baseUrl = baseUrlFor(request);

    const RequestAuthenticator::Result auth
        = RequestAuthenticator::authenticate(request, m_config, c.nowMs / 1000, actions());
    c.secretId = auth.secretId;
    if (!auth.ok()) {
        done(fail(c, auth.code, auth.message));
        return;
    }
    const bool isCreate = c.action == "CreateAigcAudioTask"_L1;
    const int limit = isCreate ? m_config.createPerSecond : m_config.readPerSecond;
    if (!m_limiter.allow(c.secretId + u'/' + c.action, limit, c.nowMs)) {
        done(fail(c, u"RequestLimitExceeded"_s,
            tr("Your request frequency exceeds the limit of %1 requests per second for %2. Please try again "
               "later.")
                .arg(limit)
                .arg(c.action)));
        return;
    }
    if (!injectedCode.isEmpty()) {
        done(fail(c, injectedCode, defaultMessage(injectedCode)));
        return;
    }

    QJsonObject params;
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError perr;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &perr);
        if (perr.error != QJsonParseError::NoError || !doc.isObject()) {
            done(fail(c, u"InvalidParameter"_s,
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
        createTask(params, c, done);
    else if (c.action == "DescribeTaskDetail"_L1)
        describeTaskDetail(params, c, done);
    else if (c.action == "DescribeTasks"_L1)
        describeTasks(params, c, done);
    else if (c.action == "ManageTask"_L1)
        manageTask(params, c, done);
    else if (c.action == "ApplyUpload"_L1)
        applyUpload(params, c, done);
    else if (c.action == "CommitUpload"_L1)
        commitUpload(params, c, done);
    else
        describeMediaInfos(params, c, done);
}

bool EmulatorApi::checkSubAppId(const QJsonObject& params, Context& c, Reply* error) const
{
    ValidationIssues issues;
    c.subAppId = FieldParse::jsonUnsigned(params, "SubAppId"_L1, u"SubAppId"_s, &issues);
    if (!issues.isEmpty()) {
        *error = fail(c, u"InvalidParameter"_s, tr("Invalid parameter: %1.").arg(joinIssues(issues)));
        return false;
    }
    if (c.subAppId && !m_config.subAppIds.isEmpty() && !m_config.subAppIds.contains(*c.subAppId)) {
        *error = fail(c, u"InvalidParameterValue.SubAppId"_s,
            tr("The SubAppId %1 does not exist or does not belong to this account.").arg(*c.subAppId));
        return false;
    }
    return true;
}

bool EmulatorApi::checkUnknown(
    const QJsonObject& params, const QStringList& known, const Context& c, Reply* error) const
{
    for (auto it = params.begin(); it != params.end(); ++it) {
        if (!known.contains(it.key())) {
            *error
                = fail(c, u"UnknownParameter"_s, tr("The parameter `%1` is not recognized.").arg(it.key()));
            return false;
        }
    }
    return true;
}

const EmulatedTask* EmulatorApi::visibleTask(const QString& taskId, const Context& c) const
{
    const EmulatedTask* t = m_store->find(taskId);
    if (!t || t->subAppId != c.subAppId)
        return nullptr;
    if (t->createMs < c.nowMs - qint64(m_config.queryWindowHours) * 3600 * 1000)
        return nullptr;
    return t;
}

// --- CreateAigcAudioTask ---------------------------------------------------------------------------

void EmulatorApi::createTask(const QJsonObject& params, Context c, const Done& done)
{
    Reply error;
    static const QStringList known { u"SubAppId"_s, u"ModelName"_s, u"ModelVersion"_s, u"SceneType"_s,
        u"Prompt"_s, u"VideoInfos"_s, u"AudioInfos"_s, u"OutputConfig"_s, u"AdditionalParameters"_s };
    if (!checkUnknown(params, known, c, &error) || !checkSubAppId(params, c, &error)) {
        done(error);
        return;
    }
    ValidationIssues typeIssues;
    const AudioTaskRequest req = AudioTaskRequest::fromJson(params, &typeIssues);
    if (!typeIssues.isEmpty()) {
        done(fail(c, u"InvalidParameter"_s, tr("Invalid parameter: %1.").arg(joinIssues(typeIssues))));
        return;
    }
    const ValidationIssues issues = req.validate(QDateTime::fromMSecsSinceEpoch(c.nowMs, Qt::UTC));
    if (!issues.isEmpty()) {
        done(fail(c, u"InvalidParameterValue"_s, tr("Invalid parameter value: %1.").arg(joinIssues(issues))));
        return;
    }

    const ModelCatalogue::Model* model = nullptr;
    if (req.modelName.isEmpty()) {
        model = &ModelCatalogue::defaultFor(req.sceneType);
    } else {
        model = ModelCatalogue::find(req.modelName);
        if (!model) {
            done(fail(c, u"InvalidParameterValue.ModelName"_s,
                tr("ModelName `%1` is not supported. Supported models: %2.")
                    .arg(req.modelName, ModelCatalogue::names().join(u", "_s))));
            return;
        }
    }
    if (!req.modelVersion.isEmpty() && !model->versions.contains(req.modelVersion)) {
        done(fail(c, u"InvalidParameterValue.ModelVersion"_s,
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
        done(fail(c, u"InvalidParameterValue.SceneType"_s,
            tr("SceneType `%1` is not supported by %2, which generates %3.")
                .arg(scene, model->name, model->scene)));
        return;
    }
    // Type File references must name a media file of this SubAppId.
    for (const auto& [field, refs] :
        { std::pair { u"VideoInfos"_s, &req.videoInfos }, std::pair { u"AudioInfos"_s, &req.audioInfos } }) {
        for (qsizetype i = 0; i < refs->size(); ++i) {
            const MediaReference& ref = refs->at(i);
            if (ref.type == "File"_L1 && !fileIdExists(ref.fileId.trimmed(), c)) {
                done(fail(c, u"InvalidParameterValue.FileId"_s,
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
            done(fail(c, u"InvalidParameter.ViolationContent"_s,
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
    const QJsonObject asSent = req.toJson();
    if (asSent.contains("VideoInfos"_L1))
        input.insert("VideoInfos"_L1, asSent.value("VideoInfos"_L1));
    if (asSent.contains("AudioInfos"_L1))
        input.insert("AudioInfos"_L1, asSent.value("AudioInfos"_L1));
    t.input = input;

    // The seed: AdditionalParameters {"seed": N} when given, else derived from the TaskId.
    t.seed = hash64(t.taskId.toLatin1());
    if (!req.additionalParameters.isEmpty()) {
        const QJsonObject extra = QJsonDocument::fromJson(req.additionalParameters.toUtf8()).object();
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
    Reply reply = ok(c, r);
    reply.taskId = t.taskId;
    done(reply);
}

// --- DescribeTaskDetail ----------------------------------------------------------------------------

QJsonObject EmulatorApi::metaData(const EmulatedTask& task, const OutputRenderer::Result& audio) const
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

QJsonObject EmulatorApi::outputInfo(
    const EmulatedTask& task, const Context& c, const OutputRenderer::Result& audio) const
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

QJsonObject EmulatorApi::detailJson(
    const EmulatedTask& task, const Context& c, const OutputRenderer::Result* audio) const
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

void EmulatorApi::describeTaskDetail(const QJsonObject& params, Context c, const Done& done)
{
    Reply error;
    if (!checkUnknown(params, { u"TaskId"_s, u"SubAppId"_s }, c, &error)
        || !checkSubAppId(params, c, &error)) {
        done(error);
        return;
    }
    ValidationIssues issues;
    const QString taskId = FieldParse::jsonString(params, "TaskId"_L1, u"TaskId"_s, &issues).trimmed();
    if (!issues.isEmpty()) {
        done(fail(c, u"InvalidParameter"_s, tr("Invalid parameter: %1.").arg(joinIssues(issues))));
        return;
    }
    if (taskId.isEmpty()) {
        done(fail(c, u"MissingParameter"_s, tr("The request is missing a required parameter `TaskId`.")));
        return;
    }
    const EmulatedTask* task = visibleTask(taskId, c);
    if (!task) {
        done(fail(c, u"ResourceNotFound"_s,
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
                done(fail(c, u"ResourceNotFound"_s, tr("The task `%1` does not exist.").arg(taskId)));
                return;
            }
            done(ok(c, detailJson(*t, c, &audio)));
        });
        return;
    }
    done(ok(c, detailJson(*task, c, nullptr)));
}

// --- DescribeTasks ---------------------------------------------------------------------------------

void EmulatorApi::describeTasks(const QJsonObject& params, Context c, const Done& done)
{
    Reply error;
    static const QStringList known { u"SubAppId"_s, u"Status"_s, u"FileId"_s, u"CreateTime"_s,
        u"FinishTime"_s, u"Sort"_s, u"Limit"_s, u"ScrollToken"_s };
    if (!checkUnknown(params, known, c, &error) || !checkSubAppId(params, c, &error)) {
        done(error);
        return;
    }
    ValidationIssues typeIssues;
    const DescribeTasksRequest req = DescribeTasksRequest::fromJson(params, &typeIssues);
    const QString fileId = FieldParse::jsonString(params, "FileId"_L1, u"FileId"_s, &typeIssues);
    if (!typeIssues.isEmpty()) {
        done(fail(c, u"InvalidParameter"_s, tr("Invalid parameter: %1.").arg(joinIssues(typeIssues))));
        return;
    }
    const ValidationIssues issues = req.validate();
    if (!issues.isEmpty()) {
        done(fail(c, u"InvalidParameterValue"_s, tr("Invalid parameter value: %1.").arg(joinIssues(issues))));
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
            done(fail(c, u"InvalidParameterValue.ScrollToken"_s,
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
    done(ok(c, r));
}

// --- ManageTask ------------------------------------------------------------------------------------

void EmulatorApi::manageTask(const QJsonObject& params, Context c, const Done& done)
{
    Reply error;
    if (!checkUnknown(params, { u"TaskId"_s, u"OperationType"_s, u"SubAppId"_s }, c, &error)
        || !checkSubAppId(params, c, &error)) {
        done(error);
        return;
    }
    ValidationIssues typeIssues;
    const ManageTaskRequest req = ManageTaskRequest::fromJson(params, &typeIssues);
    if (!typeIssues.isEmpty()) {
        done(fail(c, u"InvalidParameter"_s, tr("Invalid parameter: %1.").arg(joinIssues(typeIssues))));
        return;
    }
    if (req.taskId.trimmed().isEmpty()) {
        done(fail(c, u"MissingParameter"_s, tr("The request is missing a required parameter `TaskId`.")));
        return;
    }
    if (req.operationType.isEmpty()) {
        done(fail(
            c, u"MissingParameter"_s, tr("The request is missing a required parameter `OperationType`.")));
        return;
    }
    if (req.operationType != "Abort"_L1) {
        done(fail(c, u"InvalidParameterValue.OperationType"_s,
            tr("OperationType `%1` is not supported; the only operation is Abort.").arg(req.operationType)));
        return;
    }
    const EmulatedTask* visible = visibleTask(req.taskId.trimmed(), c);
    if (!visible) {
        done(fail(c, u"ResourceNotFound"_s, tr("The task `%1` does not exist.").arg(req.taskId)));
        return;
    }
    EmulatedTask* task = m_store->find(visible->taskId);
    switch (task->stateAt(c.nowMs)) {
    case EmulatedTask::State::Waiting:
        task->abortMs = c.nowMs;
        persist();
        done(ok(c, {}));
        return;
    case EmulatedTask::State::Processing:
        done(fail(c, u"FailedOperation"_s,
            tr("The task is already being processed and can no longer be aborted: only WAITING tasks can be "
               "aborted.")));
        return;
    case EmulatedTask::State::Finish:
    case EmulatedTask::State::Aborted:
        done(fail(c, u"InvalidParameterValue.TaskId"_s,
            tr("The task has already ended (%1): only WAITING tasks can be aborted.")
                .arg(EmulatedTask::stateName(task->stateAt(c.nowMs)))));
        return;
    }
}

// --- DescribeMediaInfos ----------------------------------------------------------------------------

void EmulatorApi::describeMediaInfos(const QJsonObject& params, Context c, const Done& done)
{
    Reply error;
    if (!checkUnknown(params, { u"FileIds"_s, u"SubAppId"_s, u"Filters"_s }, c, &error)
        || !checkSubAppId(params, c, &error)) {
        done(error);
        return;
    }
    const QJsonValue idsValue = params.value("FileIds"_L1);
    if (!idsValue.isArray() || idsValue.toArray().isEmpty()) {
        done(fail(c, u"MissingParameter"_s, tr("The request is missing a required parameter `FileIds`.")));
        return;
    }
    const QJsonArray ids = idsValue.toArray();
    if (ids.size() > 20) {
        done(fail(c, u"InvalidParameterValue.FileIds"_s,
            tr("FileIds accepts at most 20 ids (got %1).").arg(ids.size())));
        return;
    }
    QStringList found, missing;
    QJsonArray uploaded;
    for (const QJsonValue v : ids) {
        const QString id = v.toString();
        if (const UploadedMedia* m = m_media->media(id);
            m && m->subAppId == c.subAppId && m->existsAt(c.nowMs)) {
            uploaded.append(uploadedMediaInfo(*m, c));
            continue;
        }
        bool hit = false;
        for (const EmulatedTask& t : m_store->tasks()) {
            if (!t.fileId.isEmpty() && t.fileId == id && t.subAppId == c.subAppId && t.succeededAt(c.nowMs)) {
                const qint64 expiry = t.outputExpiryMs(m_config.temporaryUrlDays);
                if (expiry == 0 || c.nowMs < expiry) {
                    found.append(t.taskId);
                    hit = true;
                }
                break;
            }
        }
        if (!hit)
            missing.append(id);
    }
    // Every file's MetaData needs its render: answer when the last one is ready.
    struct Gather
    {
        QJsonArray set;
        int pending = 0;
    };
    auto gather = std::make_shared<Gather>();
    gather->set = uploaded;
    gather->pending = static_cast<int>(found.size());
    auto finish = [this, c, missing, gather, done] {
        QJsonObject r;
        r.insert("MediaInfoSet"_L1, gather->set);
        r.insert("NotExistFileIdSet"_L1, QJsonArray::fromStringList(missing));
        done(ok(c, r));
    };
    if (found.isEmpty()) {
        finish();
        return;
    }
    for (const QString& taskId : found) {
        const EmulatedTask* t = m_store->find(taskId);
        m_renderer->get(
            renderJob(*t), this, [this, c, taskId, gather, finish](const OutputRenderer::Result& audio) {
                if (const EmulatedTask* task = m_store->find(taskId); task && audio.ok()) {
                    const qint64 expiry = task->outputExpiryMs(m_config.temporaryUrlDays);
                    QJsonObject basic;
                    basic.insert("Name"_L1, task->mediaName.isEmpty() ? task->fileName() : task->mediaName);
                    basic.insert("Description"_L1, QString());
                    basic.insert("CreateTime"_L1, timeText(task->finishMs));
                    basic.insert("UpdateTime"_L1, timeText(task->finishMs));
                    basic.insert("ExpireTime"_L1, expiry > 0 ? timeText(expiry) : u"9999-12-31T23:59:59Z"_s);
                    basic.insert("ClassId"_L1, task->classId);
                    basic.insert("Type"_L1, task->format);
                    basic.insert("MediaUrl"_L1, QString(c.baseUrl + task->filePath()));
                    basic.insert("Category"_L1, u"Audio"_s);
                    basic.insert("Status"_L1, u"Normal"_s);
                    basic.insert("StorageClass"_L1, u"STANDARD"_s);
                    basic.insert("StorageRegion"_L1, u"ap-guangzhou"_s);
                    QJsonObject info;
                    info.insert("FileId"_L1, task->fileId);
                    info.insert("BasicInfo"_L1, basic);
                    info.insert("MetaData"_L1, metaData(*task, audio));
                    gather->set.append(info);
                }
                if (--gather->pending == 0)
                    finish();
            });
    }
}

// --- Uploads ----------------------------------------------------------------------------------------

namespace {

QString randomText(int length, const char* alphabet)
{
    const auto n = static_cast<quint32>(qstrlen(alphabet));
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(n)]);
    return out;
}

constexpr const char* kAlnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
constexpr const char* kLowerAlnum = "abcdefghijklmnopqrstuvwxyz0123456789";

} // namespace

bool EmulatorApi::fileIdExists(const QString& fileId, const Context& c) const
{
    if (fileId.isEmpty())
        return false;
    if (const UploadedMedia* m = m_media->media(fileId))
        return m->subAppId == c.subAppId && m->existsAt(c.nowMs);
    for (const EmulatedTask& t : m_store->tasks()) {
        if (t.fileId == fileId && t.subAppId == c.subAppId && t.succeededAt(c.nowMs)) {
            const qint64 expiry = t.outputExpiryMs(m_config.temporaryUrlDays);
            return expiry == 0 || c.nowMs < expiry;
        }
    }
    return false;
}

void EmulatorApi::applyUpload(const QJsonObject& params, Context c, const Done& done)
{
    Reply error;
    // The documented extras (CoverType, Procedure, SourceContext, SessionContext, ExtInfo) are accepted
    // and ignored.
    static const QStringList known { u"SubAppId"_s, u"MediaType"_s, u"MediaName"_s, u"ClassId"_s,
        u"ExpireTime"_s, u"StorageRegion"_s, u"CoverType"_s, u"Procedure"_s, u"SourceContext"_s,
        u"SessionContext"_s, u"ExtInfo"_s };
    if (!checkUnknown(params, known, c, &error) || !checkSubAppId(params, c, &error)) {
        done(error);
        return;
    }
    ValidationIssues typeIssues;
    QString mediaType = FieldParse::jsonString(params, "MediaType"_L1, u"MediaType"_s, &typeIssues).trimmed();
    const QString mediaName = FieldParse::jsonString(params, "MediaName"_L1, u"MediaName"_s, &typeIssues);
    const std::optional<qint64> classId
        = FieldParse::jsonInteger(params, "ClassId"_L1, u"ClassId"_s, &typeIssues);
    const QString expireTime
        = FieldParse::jsonString(params, "ExpireTime"_L1, u"ExpireTime"_s, &typeIssues).trimmed();
    QString region
        = FieldParse::jsonString(params, "StorageRegion"_L1, u"StorageRegion"_s, &typeIssues).trimmed();
    if (!typeIssues.isEmpty()) {
        done(fail(c, u"InvalidParameter"_s, tr("Invalid parameter: %1.").arg(joinIssues(typeIssues))));
        return;
    }
    if (mediaType.isEmpty()) {
        done(fail(c, u"MissingParameter"_s, tr("The request is missing a required parameter `MediaType`.")));
        return;
    }
    if (mediaType.startsWith(u'.'))
        mediaType.remove(0, 1);
    mediaType = mediaType.toLower();
    if (UploadedMedia::categoryOf(mediaType).isEmpty()) {
        done(fail(c, u"InvalidParameterValue.MediaType"_s,
            tr("Invalid parameter value: MediaType `%1` is not a supported media type (audio: mp3, m4a, "
               "flac, "
               "ogg, wav, aac, amr; video: mp4, mov, avi, mkv, flv, webm, wmv, mpeg, mpg, 3gp, ts, m4v...).")
                .arg(params.value("MediaType"_L1).toString())));
        return;
    }
    if (classId && *classId < 0) {
        done(fail(c, u"InvalidParameterValue.ClassId"_s,
            tr("Invalid parameter value: ClassId must not be negative (got %1).").arg(*classId)));
        return;
    }
    if (!expireTime.isEmpty()) {
        const QDateTime t = FieldParse::parseIso8601(expireTime);
        if (!t.isValid() || t.toMSecsSinceEpoch() <= c.nowMs) {
            done(fail(c, u"InvalidParameterValue.ExpireTime"_s,
                tr("Invalid parameter value: ExpireTime must be a future time in ISO 8601 format, e.g. "
                   "2026-12-31T23:59:59+08:00 (got \"%1\").")
                    .arg(expireTime)));
            return;
        }
    }
    static const QRegularExpression regionShape(u"^[a-z]{2,}(-[a-z]+)+(-[0-9]+)?$"_s);
    if (region.isEmpty())
        region = u"ap-guangzhou"_s;
    else if (!regionShape.match(region).hasMatch()) {
        done(fail(c, u"InvalidParameterValue.StorageRegion"_s,
            tr("Invalid parameter value: StorageRegion `%1` is not a storage region (e.g. ap-guangzhou).")
                .arg(region)));
        return;
    }

    UploadSession s;
    QByteArray raw(48, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(raw.data()), raw.size() / 4);
    s.sessionKey
        = QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    s.subAppId = c.subAppId;
    s.mediaType = mediaType;
    s.mediaName = mediaName;
    s.classId = classId.value_or(0);
    s.expireTime = expireTime;
    s.storageRegion = region;
    s.bucket = QString::fromLatin1(kEmulatorStorageBucket);
    static const QRegularExpression unsafe(u"[^A-Za-z0-9_-]+"_s);
    QString base = mediaName;
    base.replace(unsafe, u"_"_s);
    if (base.isEmpty())
        base = u"f0"_s;
    s.storagePath = u'/' + randomText(10, kLowerAlnum) + u"vodtransemu"_s
        + QString::number(c.subAppId.value_or(m_config.accountId)) + u'/' + randomText(8, kLowerAlnum) + u'/'
        + base.left(48) + u'.' + mediaType;
    s.secretId = u"AKID"_s + randomText(32, kAlnum);
    s.secretKey = randomText(32, kAlnum);
    s.token = randomText(128, kAlnum);
    s.credentialExpiresSecs = c.nowMs / 1000 + m_config.uploadCredentialSeconds;
    s.createMs = c.nowMs;
    m_media->addSession(s);
    QString err;
    if (!m_media->save(&err))
        qWarning("aigc-vod-emulator: %s", qPrintable(err));

    QJsonObject cert;
    cert.insert("SecretId"_L1, s.secretId);
    cert.insert("SecretKey"_L1, s.secretKey);
    cert.insert("Token"_L1, s.token);
    cert.insert("ExpiredTime"_L1, s.credentialExpiresSecs);
    QJsonObject r;
    r.insert("StorageBucket"_L1, s.bucket);
    r.insert("StorageRegion"_L1, s.storageRegion);
    r.insert("VodSessionKey"_L1, s.sessionKey);
    r.insert("MediaStoragePath"_L1, s.storagePath);
    r.insert("CoverStoragePath"_L1, QString());
    r.insert("TempCertificate"_L1, cert);
    done(ok(c, r));
}

void EmulatorApi::commitUpload(const QJsonObject& params, Context c, const Done& done)
{
    Reply error;
    if (!checkUnknown(params, { u"VodSessionKey"_s, u"SubAppId"_s, u"Precision"_s }, c, &error)
        || !checkSubAppId(params, c, &error)) {
        done(error);
        return;
    }
    ValidationIssues typeIssues;
    const QString key
        = FieldParse::jsonString(params, "VodSessionKey"_L1, u"VodSessionKey"_s, &typeIssues).trimmed();
    if (!typeIssues.isEmpty()) {
        done(fail(c, u"InvalidParameter"_s, tr("Invalid parameter: %1.").arg(joinIssues(typeIssues))));
        return;
    }
    if (key.isEmpty()) {
        done(fail(
            c, u"MissingParameter"_s, tr("The request is missing a required parameter `VodSessionKey`.")));
        return;
    }
    UploadSession* s = m_media->session(key);
    if (!s || s->subAppId != c.subAppId) {
        done(fail(c, u"InvalidParameterValue.VodSessionKey"_s,
            tr("Invalid parameter value: VodSessionKey does not name an upload of this application (give it "
               "verbatim as ApplyUpload answered it, with the same SubAppId).")));
        return;
    }
    // Idempotent: a client that lost the answer and commits again gets the same file.
    if (!s->isCommitted()) {
        if (!s->hasObject()) {
            const QList<const MultipartUpload*> pending = m_media->uploadsOf(s->sessionKey);
            done(fail(c, u"FailedOperation"_s,
                pending.isEmpty()
                    ? tr("The media file was never uploaded: store the object at MediaStoragePath %1 "
                         "(PUT Object, or a completed multipart upload) before CommitUpload.")
                          .arg(s->storagePath)
                    : tr("The multipart upload %1 of MediaStoragePath %2 was not completed: send "
                         "CompleteMultipartUpload before CommitUpload.")
                          .arg(pending.constFirst()->uploadId, s->storagePath)));
            return;
        }
        UploadedMedia m;
        do {
            m.fileId = u"5285890"_s
                + QString::number(QRandomGenerator::system()->bounded(Q_INT64_C(1000000000000)))
                      .rightJustified(12, u'0');
        } while (m_media->hasFileId(m.fileId)
            || std::any_of(m_store->tasks().cbegin(), m_store->tasks().cend(),
                [&m](const EmulatedTask& t) { return t.fileId == m.fileId; }));
        m.subAppId = s->subAppId;
        m.name = s->mediaName.isEmpty() ? m.fileId : s->mediaName;
        m.type = s->mediaType;
        m.classId = s->classId;
        m.expireTime = s->expireTime;
        m.storageRegion = s->storageRegion;
        m.createMs = c.nowMs;
        m.objectFile = s->objectFile;
        m.size = s->objectSize;
        m.etag = s->objectEtag;
        m.sessionKey = s->sessionKey;
        s->fileId = m.fileId;
        m_media->addMedia(m);
        QString err;
        if (!m_media->save(&err))
            qWarning("aigc-vod-emulator: %s", qPrintable(err));
    }
    const UploadedMedia* m = m_media->media(s->fileId);
    QJsonObject r;
    r.insert("FileId"_L1, s->fileId);
    r.insert("MediaUrl"_L1, m ? QString(c.baseUrl + m->urlPath()) : QString());
    r.insert("CoverUrl"_L1, QString());
    done(ok(c, r));
}

QJsonObject EmulatorApi::uploadedMediaInfo(const UploadedMedia& media, const Context& c) const
{
    AudioProbe probe;
    if (media.category() == "Audio"_L1) {
        QFile f(m_media->absolutePath(media.objectFile));
        if (f.open(QIODevice::ReadOnly))
            probe = AudioProbe::probe(f.read(256 * 1024));
    }
    const double duration = probe.durationSeconds(media.size);
    const qint64 bitrate = duration > 0 ? static_cast<qint64>(double(media.size) * 8.0 / duration) : 0;
    const qint64 expiry = media.expiryMs();
    QJsonObject basic;
    basic.insert("Name"_L1, media.name);
    basic.insert("Description"_L1, QString());
    basic.insert("CreateTime"_L1, timeText(media.createMs));
    basic.insert("UpdateTime"_L1, timeText(media.createMs));
    basic.insert("ExpireTime"_L1, expiry > 0 ? timeText(expiry) : u"9999-12-31T23:59:59Z"_s);
    basic.insert("ClassId"_L1, media.classId);
    basic.insert("ClassName"_L1, QString());
    basic.insert("ClassPath"_L1, QString());
    basic.insert("CoverUrl"_L1, QString());
    basic.insert("Type"_L1, media.type);
    basic.insert("MediaUrl"_L1, QString(c.baseUrl + media.urlPath()));
    basic.insert(
        "SourceInfo"_L1, QJsonObject { { "SourceType"_L1, u"Upload"_s }, { "SourceContext"_L1, QString() } });
    basic.insert("StorageRegion"_L1, media.storageRegion);
    basic.insert("TagSet"_L1, QJsonArray());
    basic.insert("Vid"_L1, QString());
    basic.insert("Category"_L1, media.category());
    basic.insert("Status"_L1, u"Normal"_s);
    basic.insert("StorageClass"_L1, u"STANDARD"_s);
    QJsonArray audioStreams;
    if (!probe.container.isEmpty()) {
        QJsonObject stream;
        stream.insert("Bitrate"_L1, bitrate);
        stream.insert("SamplingRate"_L1, probe.sampleRate);
        stream.insert("Codec"_L1, probe.codec);
        stream.insert("Channel"_L1, probe.channels);
        audioStreams.append(stream);
    }
    QJsonObject meta;
    meta.insert("Size"_L1, media.size);
    meta.insert("Container"_L1, probe.container.isEmpty() ? media.type : probe.container);
    meta.insert("Bitrate"_L1, bitrate);
    meta.insert("Height"_L1, 0);
    meta.insert("Width"_L1, 0);
    meta.insert("Duration"_L1, duration);
    meta.insert("Rotate"_L1, 0);
    meta.insert("VideoStreamSet"_L1, QJsonArray());
    meta.insert("AudioStreamSet"_L1, audioStreams);
    meta.insert("VideoDuration"_L1, 0);
    meta.insert("AudioDuration"_L1, duration);
    QJsonObject info;
    info.insert("FileId"_L1, media.fileId);
    info.insert("BasicInfo"_L1, basic);
    info.insert("MetaData"_L1, meta);
    return info;
}
