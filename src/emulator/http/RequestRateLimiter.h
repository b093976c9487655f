#pragma once

#include <QHash>
#include <QString>
#include <deque>

// The service's frequency limit, per SecretId and action: at most `limit` requests in any window of
// windowMs on the emulator's clock. Requests over the limit are refused (RequestLimitExceeded), not
// queued, and do not count.
class RequestRateLimiter
{
public:
    explicit RequestRateLimiter(qint64 windowMs = 1000)
        : m_windowMs(windowMs)
    {
    }

    // Records the request and returns true when it is within the limit; limit <= 0 is unlimited.
    bool allow(const QString& key, int limit, qint64 nowMs)
    {
        if (limit <= 0)
            return true;
        auto& times = m_times[key];
        while (!times.empty() && times.front() <= nowMs - m_windowMs)
            times.pop_front();
        if (static_cast<qsizetype>(times.size()) >= limit)
            return false;
        times.push_back(nowMs);
        return true;
    }
    void clear() { m_times.clear(); }

private:
    qint64 m_windowMs;
    QHash<QString, std::deque<qint64>> m_times;
};
