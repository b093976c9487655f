#include "core/uploads/UploadRecord.h"

#include "core/support/EnumNames.h"

using namespace Qt::StringLiterals;

namespace {
const EnumName<UploadRecord::State> kStateNames[]
    = { { UploadRecord::State::Applying, "applying" }, { UploadRecord::State::Uploading, "uploading" },
          { UploadRecord::State::Committing, "committing" }, { UploadRecord::State::Done, "done" },
          { UploadRecord::State::Failed, "failed" }, { UploadRecord::State::Cancelled, "cancelled" } };
} // namespace

qint64 UploadRecord::confirmedBytes() const
{
    qint64 n = 0;
    for (const Part& p : parts)
        n += p.size;
    return n;
}

QString UploadRecord::stateName(State state)
{
    return EnumNames::name(kStateNames, state);
}

std::optional<UploadRecord::State> UploadRecord::stateFromName(const QString& name)
{
    return EnumNames::value(kStateNames, name);
}
