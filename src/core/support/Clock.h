#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimeZone>
#include <functional>

// The one source of time for the core: signing timestamps, clock-skew correction, retry backoff,
// rate limiting, polling schedules and expiry all read it. Tests inject ManualClock and move it.
class Clock
{
public:
    virtual ~Clock() = default;

    // Wall-clock time in milliseconds since the Unix epoch (UTC).
    virtual qint64 nowMs() const = 0;

    // Runs fn after delayMs of this clock's time, unless context is destroyed first.
    virtual void callAfter(qint64 delayMs, QObject* context, std::function<void()> fn) = 0;

    QDateTime nowUtc() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
    qint64 nowSecs() const { return nowMs() / 1000; }
};
