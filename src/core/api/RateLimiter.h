#pragma once

#include "core/support/Clock.h"

#include <QHash>
#include <QString>
#include <deque>

// A pacing, sliding-window limiter: at most N sends in any window of windowMs and at least windowMs/N
// between two sends, per bucket (one bucket per API action). reserve() books the earliest free slot
// and says how long to wait for it, so callers that share one limiter (every job of one VodClient) are
// spread out evenly instead of rejected.
class RateLimiter
{
public:
    explicit RateLimiter(Clock* clock, qint64 windowMs = 1100);

    // Books a slot in `bucket` (limit per window) and returns the delay in ms until it starts.
    qint64 reserve(const QString& bucket, int limit);
    // Gives back a booked slot that was not used (a job cancelled while waiting).
    void release(const QString& bucket, qint64 slotMs);
    qint64 lastSlotMs() const { return m_lastSlot; }

private:
    Clock* m_clock;
    qint64 m_window;
    qint64 m_lastSlot = 0;
    QHash<QString, std::deque<qint64>> m_slots; // booked start times, ascending
};
