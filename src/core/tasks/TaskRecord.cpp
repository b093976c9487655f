#include "core/tasks/TaskRecord.h"

#include "core/model/AudioTask.h"

#include <QList>

using namespace Qt::StringLiterals;

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
    switch (s) {
    case State::Submitting:
        return u"Submitting"_s;
    case State::OutcomeUnknown:
        return u"OutcomeUnknown"_s;
    case State::SubmitFailed:
        return u"SubmitFailed"_s;
    case State::Waiting:
        return u"Waiting"_s;
    case State::Processing:
        return u"Processing"_s;
    case State::Finished:
        return u"Finished"_s;
    case State::Failed:
        return u"Failed"_s;
    case State::Aborted:
        return u"Aborted"_s;
    case State::Expired:
        return u"Expired"_s;
    case State::Lost:
        return u"Lost"_s;
    case State::AwaitingUploads:
        return u"AwaitingUploads"_s;
    }
    return u"Submitting"_s;
}

std::optional<TaskRecord::State> TaskRecord::stateFromName(const QString& name)
{
    for (State s : allStates()) {
        if (stateName(s).compare(name, Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

QString TaskRecord::stateLabel(State s)
{
    switch (s) {
    case State::Submitting:
        return tr("Submitting");
    case State::OutcomeUnknown:
        return tr("Outcome unknown");
    case State::SubmitFailed:
        return tr("Submission failed");
    case State::Waiting:
        return tr("Waiting");
    case State::Processing:
        return tr("Processing");
    case State::Finished:
        return tr("Finished");
    case State::Failed:
        return tr("Failed");
    case State::Aborted:
        return tr("Aborted");
    case State::Expired:
        return tr("Expired");
    case State::Lost:
        return tr("Unknown to the service");
    case State::AwaitingUploads:
        return tr("Waiting for uploads");
    }
    return {};
}

QString TaskRecord::downloadStateName(DownloadState s)
{
    switch (s) {
    case DownloadState::None:
        return u"None"_s;
    case DownloadState::Pending:
        return u"Pending"_s;
    case DownloadState::Partial:
        return u"Partial"_s;
    case DownloadState::Done:
        return u"Done"_s;
    case DownloadState::Failed:
        return u"Failed"_s;
    }
    return u"None"_s;
}

std::optional<TaskRecord::DownloadState> TaskRecord::downloadStateFromName(const QString& name)
{
    for (DownloadState s : { DownloadState::None, DownloadState::Pending, DownloadState::Partial,
             DownloadState::Done, DownloadState::Failed }) {
        if (downloadStateName(s).compare(name, Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

QString TaskRecord::downloadStateLabel(DownloadState s)
{
    switch (s) {
    case DownloadState::None:
        return tr("Not downloaded");
    case DownloadState::Pending:
        return tr("Download pending");
    case DownloadState::Partial:
        return tr("Downloading");
    case DownloadState::Done:
        return tr("Downloaded");
    case DownloadState::Failed:
        return tr("Download failed");
    }
    return {};
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
