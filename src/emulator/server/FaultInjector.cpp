#include "emulator/server/FaultInjector.h"

#include "core/support/EnumNames.h"

using namespace Qt::StringLiterals;

namespace {
const EnumName<FaultInjector::Kind> kKindNames[] = { { FaultInjector::Kind::None, "none" },
    { FaultInjector::Kind::Drop, "drop" }, { FaultInjector::Kind::Truncate, "truncate" },
    { FaultInjector::Kind::HttpError, "http-error" }, { FaultInjector::Kind::ApiError, "api-error" } };
} // namespace

void FaultInjector::setConfig(const FaultConfig& config)
{
    m_config = config;
    m_random.seed(config.seed != 0 ? static_cast<quint32>(config.seed ^ (config.seed >> 32))
                                   : QRandomGenerator::system()->generate());
    m_injected = 0;
}

bool FaultInjector::roll(double rate)
{
    if (rate <= 0.0)
        return false;
    const double dice = m_random.generateDouble(); // always drawn: the sequence only depends on the requests
    return rate >= 1.0 || dice < rate;
}

FaultInjector::Decision FaultInjector::decide(const QString& action)
{
    Decision d;
    d.stage = m_config.stage;
    if (!m_config.isActive() || !m_config.appliesTo(action))
        return d;
    d.latencyMs = std::max(0, m_config.latencyMs);
    if (m_config.latencySpikeMs > 0 && roll(m_config.latencySpikeRate))
        d.latencyMs += m_config.latencySpikeMs;
    if (m_config.limit > 0 && m_injected >= m_config.limit)
        return d;
    const bool isFile = action == "File"_L1;
    if (roll(m_config.dropRate)) {
        d.kind = Kind::Drop;
    } else if (roll(m_config.truncateRate)) {
        d.kind = Kind::Truncate;
    } else if (roll(m_config.httpErrorRate)) {
        d.kind = Kind::HttpError;
        const QList<int>& statuses
            = m_config.httpErrorStatuses.isEmpty() ? QList<int> { 500 } : m_config.httpErrorStatuses;
        d.httpStatus
            = statuses.at(static_cast<qsizetype>(m_random.bounded(static_cast<quint32>(statuses.size()))));
    } else if (!isFile && roll(m_config.faultRate)) {
        d.kind = Kind::ApiError;
        const QStringList& codes
            = m_config.faultCodes.isEmpty() ? QStringList { u"InternalError"_s } : m_config.faultCodes;
        d.apiCode = codes.at(static_cast<qsizetype>(m_random.bounded(static_cast<quint32>(codes.size()))));
    }
    if (d.isFault())
        ++m_injected;
    return d;
}

QString FaultInjector::kindName(Kind kind)
{
    return EnumNames::name(kKindNames, kind);
}
