#include "emulator/storage/EmulatedTask.h"

#include "core/support/EnumNames.h"
#include "core/support/FieldParse.h"
#include "core/support/JsonFields.h"

#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const EnumName<EmulatedTask::State> kStateNames[]
    = { { EmulatedTask::State::Waiting, "WAITING" }, { EmulatedTask::State::Processing, "PROCESSING" },
          { EmulatedTask::State::Finish, "FINISH" }, { EmulatedTask::State::Aborted, "ABORTED" } };
} // namespace

EmulatedTask::State EmulatedTask::stateAt(qint64 nowMs) const
{
    if (abortMs > 0 && nowMs >= abortMs)
        return State::Aborted;
    if (nowMs < beginMs)
        return State::Waiting;
    if (stuck || nowMs < finishMs)
        return State::Processing;
    return State::Finish;
}

int EmulatedTask::progressAt(qint64 nowMs) const
{
    switch (stateAt(nowMs)) {
    case State::Waiting:
    case State::Aborted:
        return 0;
    case State::Finish:
        return 100;
    case State::Processing:
        break;
    }
    const qint64 span = std::max<qint64>(1, finishMs - beginMs);
    const qint64 p = (nowMs - beginMs) * 100 / span;
    return static_cast<int>(std::clamp<qint64>(p, 1, 99));
}

QString EmulatedTask::stateName(State s)
{
    return EnumNames::name(kStateNames, s);
}

qint64 EmulatedTask::outputExpiryMs(int temporaryUrlDays) const
{
    qint64 expiry = 0;
    if (storageMode != "Permanent"_L1)
        expiry = finishMs + qint64(temporaryUrlDays) * 24 * 3600 * 1000;
    const QDateTime given = FieldParse::parseIso8601(expireTime);
    if (given.isValid()) {
        const qint64 g = given.toMSecsSinceEpoch();
        expiry = expiry == 0 ? g : std::min(expiry, g);
    }
    return expiry;
}

QString EmulatedTask::fileName() const
{
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]+"_s);
    QString base = mediaName;
    base.replace(unsafe, u"_"_s);
    while (base.startsWith(u'.') || base.startsWith(u'_'))
        base.remove(0, 1);
    if (base.isEmpty())
        base = u"output"_s;
    return base.left(64) + u'.' + format;
}

QJsonObject EmulatedTask::toJson() const
{
    QJsonObject o;
    o.insert("TaskId"_L1, taskId);
    if (subAppId)
        o.insert("SubAppId"_L1, QString::number(*subAppId));
    o.insert("SecretId"_L1, secretId);
    o.insert("Input"_L1, input);
    o.insert("ModelName"_L1, modelName);
    o.insert("ModelVersion"_L1, modelVersion);
    o.insert("SceneType"_L1, sceneType);
    o.insert("Format"_L1, format);
    o.insert("Duration"_L1, durationSeconds);
    o.insert("Seed"_L1, QString::number(seed));
    o.insert("StorageMode"_L1, storageMode);
    o.insert("MediaName"_L1, mediaName);
    o.insert("ClassId"_L1, classId);
    o.insert("ExpireTime"_L1, expireTime);
    o.insert("FileId"_L1, fileId);
    o.insert("CreateMs"_L1, QString::number(createMs));
    o.insert("BeginMs"_L1, QString::number(beginMs));
    o.insert("FinishMs"_L1, QString::number(finishMs));
    o.insert("AbortMs"_L1, QString::number(abortMs));
    o.insert("Stuck"_L1, stuck);
    o.insert("FailCode"_L1, failCode);
    o.insert("FailMessage"_L1, failMessage);
    o.insert("ErrCode"_L1, errCode);
    return o;
}

EmulatedTask EmulatedTask::fromJson(const QJsonObject& o)
{
    EmulatedTask t;
    t.taskId = JsonFields::string(o, "TaskId"_L1);
    const QString sub = JsonFields::string(o, "SubAppId"_L1);
    if (!sub.isEmpty())
        t.subAppId = sub.toULongLong();
    t.secretId = JsonFields::string(o, "SecretId"_L1);
    t.input = JsonFields::object(o, "Input"_L1);
    t.modelName = JsonFields::string(o, "ModelName"_L1);
    t.modelVersion = JsonFields::string(o, "ModelVersion"_L1);
    t.sceneType = JsonFields::string(o, "SceneType"_L1);
    t.format = JsonFields::string(o, "Format"_L1, u"mp3"_s);
    t.durationSeconds = static_cast<int>(JsonFields::integer(o, "Duration"_L1, 6));
    t.seed = JsonFields::string(o, "Seed"_L1).toULongLong();
    t.storageMode = JsonFields::string(o, "StorageMode"_L1, u"Temporary"_s);
    t.mediaName = JsonFields::string(o, "MediaName"_L1);
    t.classId = JsonFields::integer(o, "ClassId"_L1);
    t.expireTime = JsonFields::string(o, "ExpireTime"_L1);
    t.fileId = JsonFields::string(o, "FileId"_L1);
    t.createMs = JsonFields::integer(o, "CreateMs"_L1);
    t.beginMs = JsonFields::integer(o, "BeginMs"_L1);
    t.finishMs = JsonFields::integer(o, "FinishMs"_L1);
    t.abortMs = JsonFields::integer(o, "AbortMs"_L1);
    t.stuck = JsonFields::boolean(o, "Stuck"_L1);
    t.failCode = JsonFields::string(o, "FailCode"_L1);
    t.failMessage = JsonFields::string(o, "FailMessage"_L1);
    t.errCode = JsonFields::integer(o, "ErrCode"_L1);
    return t;
}
