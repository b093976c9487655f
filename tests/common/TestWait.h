#pragma once

#include <functional>

namespace TestWait {
// Runs the event loop until done() or timeoutMs, checking every pollMs. Unlike QTest::qWaitFor, which
// naps 10 ms between rounds of events, this keeps the sockets busy (a 200 MB upload ran at 4 MB/s under
// qWaitFor), so network-heavy tests run at full speed.
bool waitFor(const std::function<bool()>& done, int timeoutMs, int pollMs = 10);
} // namespace TestWait
