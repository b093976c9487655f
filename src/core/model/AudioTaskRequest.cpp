#include "core/model/AudioTaskRequest.h"

#include "core/support/FieldParse.h"
#include "core/support/JsonFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

const QStringList& AudioTaskRequest::sceneTypes()
{
    static const QStringList scenes { u"sfx"_s, u"music"_s };
    return scenes;
}

ValidationIssues AudioTaskRequest::validate(const QDateTime& now) const
{
    ValidationIssues issues;
    const int promptLength = FieldParse::characterCount(prompt);
    if (promptLength > kMaxPromptLength)
        issues.append({ u"Prompt"_s,
            tr("must be at most %1 characters (got %2)").arg(kMaxPromptLength).arg(promptLength) });
    if (prompt.trimmed().isEmpty() && videoInfos.isEmpty() && audioInfos.isEmpty())
        issues.append({ u"Prompt"_s, tr("is required unless a reference video or audio is given") });
    if (!sceneType.isEmpty() && !sceneTypes().contains(sceneType))
        issues.append({ u"SceneType"_s,
            tr("must be one of %1 (got \"%2\")").arg(sceneTypes().join(u", "_s), sceneType) });
    if (modelName.trimmed() != modelName)
        issues.append(
            { u"ModelName"_s, tr("must not start or end with spaces (got \"%1\")").arg(modelName) });
    for (qsizetype i = 0; i < videoInfos.size(); ++i)
        videoInfos.at(i).validate(u"VideoInfos[%1]"_s.arg(i), issues);
    for (qsizetype i = 0; i < audioInfos.size(); ++i)
        audioInfos.at(i).validate(u"AudioInfos[%1]"_s.arg(i), issues);
    outputConfig.validate(now, issues);
    if (!additionalParameters.trimmed().isEmpty()) {
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(additionalParameters.toUtf8(), &err);
        if (err.error != QJsonParseError::NoError)
            issues.append({ u"AdditionalParameters"_s,
                tr("must be a JSON object: %1 at character %2").arg(err.errorString()).arg(err.offset) });
        else if (!doc.isObject())
            issues.append(
                { u"AdditionalParameters"_s, tr("must be a JSON object such as {\"lyrics\":\"...\"}") });
    }
    return issues;
}

QJsonObject AudioTaskRequest::toJson() const
{
    QJsonObject o;
    if (subAppId)
        o.insert("SubAppId"_L1, static_cast<qint64>(*subAppId));
    if (!modelName.isEmpty())
        o.insert("ModelName"_L1, modelName);
    if (!modelVersion.isEmpty())
        o.insert("ModelVersion"_L1, modelVersion);
    if (!sceneType.isEmpty())
        o.insert("SceneType"_L1, sceneType);
    if (!prompt.isEmpty())
        o.insert("Prompt"_L1, prompt);
    auto refs = [](const QList<MediaReference>& list) {
        QJsonArray a;
        for (const auto& r : list)
            a.append(r.toJson());
        return a;
    };
    if (!videoInfos.isEmpty())
        o.insert("VideoInfos"_L1, refs(videoInfos));
    if (!audioInfos.isEmpty())
        o.insert("AudioInfos"_L1, refs(audioInfos));
    if (!outputConfig.isEmpty())
        o.insert("OutputConfig"_L1, outputConfig.toJson());
    if (!additionalParameters.isEmpty())
        o.insert("AdditionalParameters"_L1, additionalParameters);
    return o;
}

QByteArray AudioTaskRequest::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

AudioTaskRequest AudioTaskRequest::fromJson(const QJsonObject& o, ValidationIssues* typeIssues)
{
    AudioTaskRequest r;
    r.subAppId = FieldParse::jsonUnsigned(o, "SubAppId"_L1, u"SubAppId"_s, typeIssues);
    r.modelName = FieldParse::jsonString(o, "ModelName"_L1, u"ModelName"_s, typeIssues);
    r.modelVersion = FieldParse::jsonString(o, "ModelVersion"_L1, u"ModelVersion"_s, typeIssues);
    r.sceneType = FieldParse::jsonString(o, "SceneType"_L1, u"SceneType"_s, typeIssues);
    r.prompt = FieldParse::jsonString(o, "Prompt"_L1, u"Prompt"_s, typeIssues);
    auto refs = [&](QLatin1StringView key, QList<MediaReference>& out) {
        const QJsonValue v = o.value(key);
        if (v.isArray()) {
            const QJsonArray a = v.toArray();
            for (qsizetype i = 0; i < a.size(); ++i) {
                if (a.at(i).isObject())
                    out.append(MediaReference::fromJson(a.at(i).toObject()));
                else if (typeIssues)
                    typeIssues->append({ QString(key) + u"[%1]"_s.arg(i),
                        tr("must be an object with Type, FileId or Url") });
            }
        } else if (!v.isUndefined() && !v.isNull() && typeIssues) {
            typeIssues->append({ QString(key), tr("must be an array") });
        }
    };
    refs("VideoInfos"_L1, r.videoInfos);
    refs("AudioInfos"_L1, r.audioInfos);
    const QJsonValue oc = o.value("OutputConfig"_L1);
    if (oc.isObject())
        r.outputConfig = OutputConfig::fromJson(oc.toObject(), typeIssues);
    else if (!oc.isUndefined() && !oc.isNull() && typeIssues)
        typeIssues->append({ u"OutputConfig"_s, tr("must be an object") });
    r.additionalParameters
        = FieldParse::jsonString(o, "AdditionalParameters"_L1, u"AdditionalParameters"_s, typeIssues);
    return r;
}
