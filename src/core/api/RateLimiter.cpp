#include "core/api/RateLimiter.h"

#include <algorithm>

RateLimiter::RateLimiter(Clock* clock, qint64 windowMs)
    : m_clock(clock)
    , m_window(windowMs)
{
}

qint64 RateLimiter::reserve(const QString& bucket, int limit)
{
    const qint64 now = m_clock->nowMs();
    auto& booked = m_slots[bucket];
    while (!booked.empty() && booked.front() <= now - m_window)
        booked.pop_front();
    qint64 slot = now;
    if (limit > 0 && static_cast<qsizetype>(booked.size()) >= limit) {
        // The slot `limit` places back must have left the window before this one may start.
        slot = std::max(now, booked[booked.size() - static_cast<size_t>(limit)] + m_window);
    }
    if (!booked.empty()) {
        // Even pacing, not bursts: a burst that leaves here within the limit can still arrive compressed
        // (queued at a proxy or at the server) and trip the service's own window.
        const qint64 spacing = limit > 0 ? m_window / limit : 0;
        slot = std::max(slot, booked.back() + spacing);
    }
    booked.push_back(slot);
    m_lastSlot = slot;
    return slot - now;
}

void RateLimiter::release(const QString& bucket, qint64 slotMs)
{
    auto it = m_slots.find(bucket);
    if (it == m_slots.end())
        return;
    auto& booked = it.value();
    auto pos = std::find(booked.begin(), booked.end(), slotMs);
    if (pos != booked.end())
        booked.erase(pos);
}
