#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

// One AigcAudioTask as the emulator keeps it. Its state is a function of the clock: WAITING from
// createMs, PROCESSING from beginMs (Progress rising), FINISH at finishMs; ABORTED from abortMs when a
// WAITING task was aborted. Nothing moves tasks but time, so a ManualClock moves them in tests.
class EmulatedTask
{
public:
    enum class State
    {
        Waiting,
        Processing,
        Finish,
        Aborted
    };

    QString taskId;
    std::optional<quint64> subAppId;
    QString secretId; // who created it (never the key)
    QJsonObject input; // the Input echo: the request's fields as sent, SubAppId removed
    QString modelName; // effective values after defaults
    QString modelVersion;
    QString sceneType;
    QString format; // mp3 | wav
    int durationSeconds = 6;
    quint64 seed = 0;
    QString storageMode; // Temporary | Permanent
    QString mediaName;
    qint64 classId = 0;
    QString expireTime; // OutputConfig.ExpireTime as given
    QString fileId; // Permanent outputs only
    qint64 createMs = 0;
    qint64 beginMs = 0;
    qint64 finishMs = 0;
    qint64 abortMs = 0; // 0: not aborted
    bool stuck = false; // "#stuck": never leaves PROCESSING
    QString failCode; // ErrCodeExt of a task that ends FINISH but failed
    QString failMessage;
    qint64 errCode = 0;

    State stateAt(qint64 nowMs) const;
    int progressAt(qint64 nowMs) const;
    bool succeededAt(qint64 nowMs) const { return stateAt(nowMs) == State::Finish && failCode.isEmpty(); }
    static QString stateName(State s);
    // When the generated file stops being served: Temporary = FINISH + urlDays, capped by ExpireTime.
    // 0: never.
    qint64 outputExpiryMs(int temporaryUrlDays) const;
    // "<MediaName made URL-safe, or output>.<format>"
    QString fileName() const;
    QString filePath() const { return QStringLiteral("/files/") + taskId + u'/' + fileName(); }

    QJsonObject toJson() const; // for --data-dir
    static EmulatedTask fromJson(const QJsonObject& o);
};
