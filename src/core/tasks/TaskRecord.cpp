#include "core/tasks/TaskRecord.h"

#include "core/model/AudioTask.h"
#include "core/support/EnumNames.h"

#include <QFile>
#include <QList>

using namespace Qt::StringLiterals;

namespace {
const EnumName<TaskRecord::State> kStateNames[] = { { TaskRecord::State::Submitting, "Submitting" },
    { TaskRecord::State::OutcomeUnknown, "OutcomeUnknown" },
    { TaskRecord::State::SubmitFailed, "SubmitFailed" }, { TaskRecord::State::Waiting, "Waiting" },
    { TaskRecord::State::Processing, "Processing" }, { TaskRecord::State::Finished, "Finished" },
    { TaskRecord::State::Failed, "Failed" }, { TaskRecord::State::Aborted, "Aborted" },
    { TaskRecord::State::Expired, "Expired" }, { TaskRecord::State::Lost, "Lost" },
    { TaskRecord::State::AwaitingUploads, "AwaitingUploads" } };
const EnumName<TaskRecord::State> kStateLabels[]
    = { { TaskRecord::State::Submitting, QT_TRANSLATE_NOOP("TaskRecord", "Submitting") },
          { TaskRecord::State::OutcomeUnknown, QT_TRANSLATE_NOOP("TaskRecord", "Outcome unknown") },
          { TaskRecord::State::SubmitFailed, QT_TRANSLATE_NOOP("TaskRecord", "Submission failed") },
          { TaskRecord::State::Waiting, QT_TRANSLATE_NOOP("TaskRecord", "Waiting") },
          { TaskRecord::State::Processing, QT_TRANSLATE_NOOP("TaskRecord", "Processing") },
          { TaskRecord::State::Finished, QT_TRANSLATE_NOOP("TaskRecord", "Finished") },
          { TaskRecord::State::Failed, QT_TRANSLATE_NOOP("TaskRecord", "Failed") },
          { TaskRecord::State::Aborted, QT_TRANSLATE_NOOP("TaskRecord", "Aborted") },
          { TaskRecord::State::Expired, QT_TRANSLATE_NOOP("TaskRecord", "Expired") },
          { TaskRecord::State::Lost, QT_TRANSLATE_NOOP("TaskRecord", "Unknown to the service") },
          { TaskRecord::State::AwaitingUploads, QT_TRANSLATE_NOOP("TaskRecord", "Waiting for uploads") } };
const EnumName<TaskRecord::DownloadState> kDownloadStateNames[]
    = { { TaskRecord::DownloadState::None, "None" }, { TaskRecord::DownloadState::Pending, "Pending" },
          { TaskRecord::DownloadState::Partial, "Partial" }, { TaskRecord::DownloadState::Done, "Done" },
          { TaskRecord::DownloadState::Failed, "Failed" } };
const EnumName<TaskRecord::DownloadState> kDownloadStateLabels[]
    = { { TaskRecord::DownloadState::None, QT_TRANSLATE_NOOP("TaskRecord", "Not downloaded") },
          { TaskRecord::DownloadState::Pending, QT_TRANSLATE_NOOP("TaskRecord", "Download pending") },
          { TaskRecord::DownloadState::Partial, QT_TRANSLATE_NOOP("TaskRecord", "Downloading") },
          { TaskRecord::DownloadState::Done, QT_TRANSLATE_NOOP("TaskRecord", "Downloaded") },
          { TaskRecord::DownloadState::Failed, QT_TRANSLATE_NOOP("TaskRecord", "Download failed") } };
} // namespace

bool TaskRecord::isUnfinished(State s)
{
    switch (s) {
    case State::AwaitingUploads:
    case State::Submitting:
    case State::OutcomeUnknown:
    case State::Waiting:
    case State::Processing:
        return true;
    case State::SubmitFailed:
    case State::Finished:
    case State::Failed:
    case State::Aborted:
    case State::Expired:
    case State::Lost:
        break;
    }
    return false;
}

bool TaskRecord::isTerminal(State s)
{
    return s == State::Finished || s == State::Failed || s == State::Aborted;
}

const QList<TaskRecord::State>& TaskRecord::allStates()
{
    static const QList<State> states { State::AwaitingUploads, State::Submitting, State::OutcomeUnknown,
        State::SubmitFailed, State::Waiting, State::Processing, State::Finished, State::Failed,
        State::Aborted, State::Expired, State::Lost };
    return states;
}

QString TaskRecord::stateName(State s)
{
    return EnumNames::name(kStateNames, s, "Submitting"_L1);
}

std::optional<TaskRecord::State> TaskRecord::stateFromName(const QString& name)
{
    return EnumNames::value(kStateNames, name, Qt::CaseInsensitive);
}

QString TaskRecord::stateLabel(State s)
{
    return EnumNames::label("TaskRecord", kStateLabels, s);
}

QString TaskRecord::downloadStateName(DownloadState s)
{
    return EnumNames::name(kDownloadStateNames, s, "None"_L1);
}

std::optional<TaskRecord::DownloadState> TaskRecord::downloadStateFromName(const QString& name)
{
    return EnumNames::value(kDownloadStateNames, name, Qt::CaseInsensitive);
}

QString TaskRecord::downloadStateLabel(DownloadState s)
{
    return EnumNames::label("TaskRecord", kDownloadStateLabels, s);
}

TaskRecord::State TaskRecord::stateFromTask(const AudioTask& task)
{
    switch (task.status) {
    case AudioTask::Status::Waiting:
        return State::Waiting;
    case AudioTask::Status::Processing:
    case AudioTask::Status::Unknown:
        return State::Processing;
    case AudioTask::Status::Finish:
        return task.isSuccess() ? State::Finished : State::Failed;
    case AudioTask::Status::Aborted:
        return State::Aborted;
    }
    return State::Processing;
}

std::optional<TaskFailure> TaskRecord::failure() const
{
    if (state != State::Failed && state != State::Aborted)
        return std::nullopt;
    return TaskFailure::describe(TaskFailure::codeOf(errCodeExt, errCode, state == State::Aborted));
}

QString TaskRecord::errorText() const
{
    const QString code = TaskFailure::normalise(errCodeExt);
    if (code.isEmpty() || errorMessage.startsWith(code) || errorMessage.startsWith(errCodeExt))
        return errorMessage.isEmpty() ? code : errorMessage;
    return errorMessage.isEmpty() ? code : code + u": "_s + errorMessage;
}

QString TaskRecord::normaliseTag(const QString& tag, QString* error)
{
    const QString t = tag.trimmed().toLower();
    auto refuse = [&](const QString& why) {
        if (error)
            *error = why;
        return QString();
    };
    if (t.isEmpty())
        return refuse(tr("a tag may not be empty"));
    if (t.size() > kMaxTagLength)
        return refuse(tr("the tag \"%1\" is longer than %2 characters")
                          .arg(t.left(kMaxTagLength) + u"…"_s)
                          .arg(kMaxTagLength));
    for (const QChar c : t) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_' && c != u'.')
            return refuse(tr("the tag \"%1\" has \"%2\": a tag is letters, digits, '-', '_' and '.'")
                              .arg(t, QString(c)));
    }
    return t;
}

std::optional<QStringList> TaskRecord::normaliseTags(const QStringList& tags, QString* error)
{
    QStringList out;
    for (const QString& tag : tags) {
        const QString t = normaliseTag(tag, error);
        if (t.isEmpty())
            return std::nullopt;
        out.append(t);
    }
    out.sort();
    out.removeDuplicates();
    return out;
}

bool TaskRecord::hasSavedFile() const
{
    return downloadState == DownloadState::Done && !localPath.isEmpty() && QFile::exists(localPath);
}
