#pragma once

#include "core/support/Clock.h"

// The emulator's clock: the injected clock plus a fixed offset (--clock-offset), so that a test can
// give the emulator a clock that differs from the client's and exercise AuthFailure.SignatureExpire.
class OffsetClock : public Clock
{
public:
    explicit OffsetClock(Clock* base, qint64 offsetMs = 0)
        : m_base(base)
        , m_offsetMs(offsetMs)
    {
    }

    qint64 nowMs() const override { return m_base->nowMs() + m_offsetMs; }
    void callAfter(qint64 delayMs, QObject* context, std::function<void()> fn) override
    {
        m_base->callAfter(delayMs, context, std::move(fn));
    }

    Clock* base() const { return m_base; }
    qint64 offsetMs() const { return m_offsetMs; }
    void setOffsetMs(qint64 offsetMs) { m_offsetMs = offsetMs; }

private:
    Clock* m_base;
    qint64 m_offsetMs;
};
