#include "emulator/http/EmulatorInfo.h"

using namespace Qt::StringLiterals;

namespace EmulatorInfo {

QStringList defaultBlockedWords()
{
    return { u"#blocked"_s, u"nsfw"_s, u"porn"_s, u"terrorism"_s };
}

QString version()
{
    return QStringLiteral(AIGC_VERSION);
}

} // namespace EmulatorInfo
