#pragma once

#include "core/support/Clock.h"

#include <QList>
#include <QPointer>

// A clock that only moves when told to. Delayed calls fire, in order, when advance() passes their time.
// Used by tests; it lives in the core so that every test target and the emulator can share it.
class ManualClock : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1'700'000'000'000LL);

    qint64 nowMs() const override { return m_now; }
    void callAfter(qint64 delayMs, QObject* context, std::function<void()> fn) override;

    void setNowMs(qint64 ms);
    // Moves time forward by ms, firing every due call at its own time.
    void advance(qint64 ms);
    int pendingCalls() const;
    // Milliseconds until the next pending call, or -1 when nothing is pending.
    qint64 nextDueIn() const;

private:
    struct Pending
    {
        qint64 due;
        quint64 seq;
        QPointer<QObject> context;
        bool hadContext;
        std::function<void()> fn;
    };
    qint64 m_now;
    quint64 m_seq = 0;
    QList<Pending> m_pending;
};
