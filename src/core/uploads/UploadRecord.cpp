#include "core/uploads/UploadRecord.h"

using namespace Qt::StringLiterals;

qint64 UploadRecord::confirmedBytes() const
{
    qint64 n = 0;
    for (const Part& p : parts)
        n += p.size;
    return n;
}

QString UploadRecord::stateName(State state)
{
    switch (state) {
    case State::Applying:
        return u"applying"_s;
    case State::Uploading:
        return u"uploading"_s;
    case State::Committing:
        return u"committing"_s;
    case State::Done:
        return u"done"_s;
    case State::Failed:
        return u"failed"_s;
    case State::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

std::optional<UploadRecord::State> UploadRecord::stateFromName(const QString& name)
{
    for (State s : { State::Applying, State::Uploading, State::Committing, State::Done, State::Failed,
             State::Cancelled }) {
        if (stateName(s) == name)
            return s;
    }
    return std::nullopt;
}
