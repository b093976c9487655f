#pragma once

#include "core/model/TaskFailure.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

class AudioTask;

// One row of the local history (HistoryStore): a submission and everything the client learnt about
// it since. The service forgets tasks after 3 days; this record is kept until the user purges it.
class TaskRecord
{
    Q_DECLARE_TR_FUNCTIONS(TaskRecord)

public:
    // The client's view of a task. Names (stateName) are stored in the database: never rename them.
    enum class State
    {
        Submitting, // the Create is on its way
        OutcomeUnknown, // the Create was sent but its answer was lost: reconcile with DescribeTasks
        SubmitFailed, // the service refused the Create (or it never left)
        Waiting, // WAITING
        Processing, // PROCESSING
        Finished, // FINISH with an output: success
        Failed, // FINISH with an error (or without output)
        Aborted, // ABORTED
        Expired, // unfinished and older than the service's 3-day window
        Lost, // the service says it does not know the TaskId
        AwaitingUploads, // accepted, sent once its local reference files are uploaded (UploadQueue)
    };

    // Names are stored in the database: never rename them.
    enum class DownloadState
    {
        None, // nothing to download (yet)
        Pending, // to be downloaded
        Partial, // downloading, or interrupted with a .part on disk
        Done, // localPath holds the complete file
        Failed, // see downloadError
    };

    qint64 id = 0; // row id; 0 = not stored
    QString taskId; // empty while submitting or when the outcome is unknown
    QString profileName;
    QString endpoint;
    std::optional<quint64> subAppId;
    QByteArray requestJson; // the exact body sent
    QString prompt;
    QString modelName;
    QString modelVersion;
    QString sceneType;

    State state = State::Submitting;
    int progress = 0;
    qint64 errCode = 0;
    QString errCodeExt;
    QString errorMessage;
    QString requestId; // of the CreateAigcAudioTask call

    QDateTime submittedAt;
    QDateTime createTime;
    QDateTime beginProcessTime;
    QDateTime finishTime;
    QDateTime updatedAt;

    double duration = 0.0; // seconds, of the first output
    QString storageMode; // of the first output: Temporary | Permanent
    QString fileType;
    QString fileUrl;
    QString fileId;
    QDateTime urlExpiresAt; // FINISH + 7 days for Temporary outputs

    QString localPath;
    DownloadState downloadState = DownloadState::None;
    QString downloadError;

    QByteArray responseJson; // the last DescribeTaskDetail "Response" object
    QByteArray exchangeJson; // the last HttpExchange of the Create (HttpExchangeJson), no secrets
    QDateTime removedAt; // soft delete (undo); invalid = not removed

    // The user's own marks (schema 2).
    int rating = 0; // ★0–5
    bool favourite = false;
    QStringList tags; // normalised (normaliseTags): lower case, sorted, unique

    // How long a Temporary output's FileUrl stays valid after FINISH (spec §4).
    static constexpr qint64 kTemporaryUrlValidityDays = 7;
    // How long the service answers DescribeTaskDetail for a task (spec §5).
    static constexpr qint64 kServiceWindowHours = 72;

    bool isUnfinished() const { return isUnfinished(state); }
    static bool isUnfinished(State s);
    // Finished, Failed or Aborted: the service has given its final answer.
    static bool isTerminal(State s);
    bool isRemoved() const { return removedAt.isValid(); }
    // What went wrong and whether a retry can help, for a Failed or Aborted task; nullopt otherwise.
    std::optional<TaskFailure> failure() const;
    // "Code: message" once: the stored message of a failed task may already start with its code.
    QString errorText() const;
    // Downloaded, and the file is still there (Save As, export, playing it).
    bool hasSavedFile() const;

    // Stable English key, as stored in the database ("Submitting", "OutcomeUnknown"...).
    static QString stateName(State s);
    static std::optional<State> stateFromName(const QString& name);
    // Translated, for the user.
    static QString stateLabel(State s);
    static QString downloadStateName(DownloadState s);
    static std::optional<DownloadState> downloadStateFromName(const QString& name);
    static QString downloadStateLabel(DownloadState s);
    static const QList<State>& allStates();

    // The state a DescribeTaskDetail answer puts a task in. An unrecognised Status counts as
    // Processing (the task exists and is not known to be done).
    static State stateFromTask(const AudioTask& task);

    static constexpr int kMaxRating = 5;
    static constexpr int kMaxTagLength = 40;
    // A tag as stored: trimmed, lower case. Empty with *error set when it breaks the rule (letters,
    // digits, '-', '_' and '.', at most kMaxTagLength characters).
    static QString normaliseTag(const QString& tag, QString* error);
    // Each tag normalised, sorted, without duplicates; the first broken one in *error (nothing kept).
    static std::optional<QStringList> normaliseTags(const QStringList& tags, QString* error);

    bool operator==(const TaskRecord&) const = default;
};
