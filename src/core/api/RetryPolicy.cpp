#include "core/api/RetryPolicy.h"

#include <algorithm>

qint64 RetryPolicy::delayForAttempt(int retryIndex, double random01) const
{
    qint64 d = baseDelayMs;
    for (int i = 0; i < retryIndex && d < maxDelayMs; ++i)
        d *= 2;
    d = std::min(d, maxDelayMs);
    if (jitter)
        d = static_cast<qint64>(static_cast<double>(d) * (0.8 + 0.4 * std::clamp(random01, 0.0, 1.0)));
    return d;
}
