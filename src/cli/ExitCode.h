#pragma once

#include "core/api/ApiError.h"
#include "core/model/AudioTask.h"

// The CLI's exit codes. Scripts can tell bad input from bad credentials from a bad network from a
// task that ran and failed.
enum ExitCode : int
{
    ExitOk = 0,
    ExitFailure = 1, // anything else: quota, not found, a client bug
    ExitBadInput = 2, // usage, a field that breaks a rule (locally or per the service), moderation
    ExitAuth = 3, // credentials, permission, clock skew
    ExitNetwork = 4, // network, timeout, TLS, 5xx, rate limit after every retry; a configuration file
                     // that could not be written (a full disk)
    ExitTaskFailed = 5, // the task ran and failed or was aborted; or its output could not be saved
    ExitOutcomeUnknown = 6, // a Create was sent but its answer was lost: check `aigc-audio list`
};

int exitCodeFor(const ApiError& error);
