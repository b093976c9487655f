#pragma once

#include "core/support/Clock.h"

// The real clock: QDateTime for the time, QTimer for the delays.
class SystemClock : public Clock
{
public:
    qint64 nowMs() const override;
    void callAfter(qint64 delayMs, QObject* context, std::function<void()> fn) override;

    // A process-wide instance for code that is not handed a clock explicitly (the executables' main()).
    static SystemClock* instance();
};
