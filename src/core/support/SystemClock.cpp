#include "core/support/SystemClock.h"

#include <QTimer>
#include <algorithm>
#include <limits>

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

void SystemClock::callAfter(qint64 delayMs, QObject* context, std::function<void()> fn)
{
    const auto ms = static_cast<int>(std::clamp<qint64>(delayMs, 0, std::numeric_limits<int>::max()));
    QTimer::singleShot(ms, context, std::move(fn));
}

SystemClock* SystemClock::instance()
{
    static SystemClock clock;
    return &clock;
}
