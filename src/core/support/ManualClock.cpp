#include "core/support/ManualClock.h"

#include <algorithm>

ManualClock::ManualClock(qint64 startMs)
    : m_now(startMs)
{
}

void ManualClock::callAfter(qint64 delayMs, QObject* context, std::function<void()> fn)
{
    m_pending.append(
        { m_now + std::max<qint64>(0, delayMs), m_seq++, context, context != nullptr, std::move(fn) });
}

void ManualClock::setNowMs(qint64 ms)
{
    if (ms >= m_now)
        advance(ms - m_now);
    else
        m_now = ms; // time jumped backwards: nothing fires
}

void ManualClock::advance(qint64 ms)
{
    const qint64 target = m_now + std::max<qint64>(0, ms);
    for (;;) {
        auto it
            = std::min_element(m_pending.begin(), m_pending.end(), [](const Pending& a, const Pending& b) {
                  return a.due != b.due ? a.due < b.due : a.seq < b.seq;
              });
        if (it == m_pending.end() || it->due > target)
            break;
        Pending p = std::move(*it);
        m_pending.erase(it);
        m_now = std::max(m_now, p.due);
        if (p.hadContext && !p.context)
            continue;
        p.fn();
    }
    m_now = target;
}

int ManualClock::pendingCalls() const
{
    return static_cast<int>(m_pending.size());
}

qint64 ManualClock::nextDueIn() const
{
    if (m_pending.isEmpty())
        return -1;
    qint64 due = m_pending.first().due;
    for (const auto& p : m_pending)
        due = std::min(due, p.due);
    return std::max<qint64>(0, due - m_now);
}
