#pragma once

#include "core/model/MediaReference.h"
#include "core/model/OutputConfig.h"
#include "core/support/ValidationIssue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

// The parameters of CreateAigcAudioTask (spec §4), validated before anything is sent and
// serialized once: the bytes that are signed are the bytes that are sent.
class AudioTaskRequest
{
    Q_DECLARE_TR_FUNCTIONS(AudioTaskRequest)

public:
    std::optional<quint64> subAppId;
    QString modelName;
    QString modelVersion;
    QString sceneType; // sfx | music
    QString prompt;
    QList<MediaReference> videoInfos;
    QList<MediaReference> audioInfos;
    OutputConfig outputConfig;
    QString additionalParameters; // a JSON object, as text

    static constexpr int kMaxPromptLength = 1000;
    static const QStringList& sceneTypes();

    // Every broken rule, each naming its field. `now` is for ExpireTime ("in the future").
    ValidationIssues validate(const QDateTime& now) const;

    QJsonObject toJson() const;
    QByteArray toJsonBytes() const; // compact UTF-8: what goes on the wire
    // Lenient; type mismatches go into typeIssues when given (the emulator answers them like the service).
    static AudioTaskRequest fromJson(const QJsonObject& o, ValidationIssues* typeIssues = nullptr);

    bool operator==(const AudioTaskRequest&) const = default;
};
