#include "cli/ExitCode.h"

int exitCodeFor(const ApiError& error)
{
    if (error.isOk())
        return ExitOk;
    if (error.kind() == ApiError::Kind::OutcomeUnknown)
        return ExitOutcomeUnknown;
    if (error.kind() == ApiError::Kind::InvalidRequest)
        return ExitBadInput;
    if (error.kind() == ApiError::Kind::Tls)
        return ExitNetwork;
    switch (error.category()) {
    case ApiError::Category::Auth:
    case ApiError::Category::Clock:
        return ExitAuth;
    case ApiError::Category::Transient:
    case ApiError::Category::RateLimit:
        return ExitNetwork;
    case ApiError::Category::InvalidInput:
    case ApiError::Category::Moderation:
        return ExitBadInput;
    default:
        return ExitFailure;
    }
}
