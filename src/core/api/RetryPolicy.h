#pragma once

#include <QtGlobal>

// How a VodJob retries (spec §3). Backoff doubles from baseDelayMs: 1 s, 2 s, 4 s...
struct RetryPolicy
{
    int maxRateLimitRetries = 6; // RequestLimitExceeded*: every action
    int maxTransientRetries = 4; // network, timeout, 5xx, InternalError: reads only
    qint64 baseDelayMs = 1000;
    qint64 maxDelayMs = 16000;
    bool jitter = true; // +-20% so that many clients do not retry in step

    qint64 delayForAttempt(int retryIndex, double random01) const;
};
