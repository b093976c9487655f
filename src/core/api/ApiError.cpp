#include "core/api/ApiError.h"

#include "core/support/EnumNames.h"
#include "core/support/PrintableText.h"

using namespace Qt::StringLiterals;

namespace {
const EnumName<ApiError::Kind> kKindNames[] = { { ApiError::Kind::None, "Ok" },
    { ApiError::Kind::Api, "ApiError" }, { ApiError::Kind::Network, "Transport.Network" },
    { ApiError::Kind::Timeout, "Transport.Timeout" }, { ApiError::Kind::Tls, "Transport.Tls" },
    { ApiError::Kind::HttpStatus, "Transport.HttpStatus" }, { ApiError::Kind::NotJson, "Transport.NotJson" },
    { ApiError::Kind::TruncatedBody, "Transport.TruncatedBody" },
    { ApiError::Kind::MissingResponse, "Transport.MissingResponse" },
    { ApiError::Kind::TooLarge, "Transport.TooLarge" },
    { ApiError::Kind::OutcomeUnknown, "Client.OutcomeUnknown" },
    { ApiError::Kind::Cancelled, "Client.Cancelled" },
    { ApiError::Kind::InvalidRequest, "Client.InvalidRequest" } };
const EnumName<ApiError::Category> kCategoryNames[] = { { ApiError::Category::None, "none" },
    { ApiError::Category::Auth, "auth" }, { ApiError::Category::Clock, "clock" },
    { ApiError::Category::RateLimit, "rate-limit" }, { ApiError::Category::Transient, "transient" },
    { ApiError::Category::InvalidInput, "invalid-input" }, { ApiError::Category::Moderation, "moderation" },
    { ApiError::Category::Quota, "quota" }, { ApiError::Category::NotFound, "not-found" },
    { ApiError::Category::ClientBug, "client-bug" }, { ApiError::Category::Unknown, "unknown" } };
} // namespace

ApiError ApiError::fromApi(
    const QString& code, const QString& message, const QString& requestId, int httpStatus)
{
    ApiError e;
    e.m_kind = Kind::Api;
    e.m_code = code;
    e.m_message = message;
    e.m_requestId = requestId;
    e.m_httpStatus = httpStatus;
    e.m_category = categoryForCode(code);
    return e;
}

ApiError ApiError::transport(Kind kind, const QString& message, int httpStatus, bool requestSent)
{
    ApiError e;
    e.m_kind = kind;
    e.m_message = message;
    e.m_httpStatus = httpStatus;
    e.m_requestSent = requestSent;
    e.m_code = kindName(kind);
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::HttpStatus:
    case Kind::NotJson:
    case Kind::TruncatedBody:
    case Kind::MissingResponse:
    case Kind::TooLarge:
        e.m_category = Category::Transient;
        break;
    case Kind::Tls:
        e.m_category = Category::Auth; // the server could not be authenticated: never retried
        break;
    case Kind::InvalidRequest:
        e.m_category = Category::InvalidInput;
        break;
    case Kind::OutcomeUnknown:
    case Kind::Cancelled:
    case Kind::Api:
    case Kind::None:
        e.m_category = Category::Unknown;
        break;
    }
    if (kind == Kind::HttpStatus && httpStatus >= 400 && httpStatus < 500 && httpStatus != 429)
        e.m_category = Category::ClientBug;
    if (kind == Kind::HttpStatus && httpStatus == 429)
        e.m_category = Category::RateLimit;
    return e;
}

ApiError ApiError::invalidRequest(const QString& message)
{
    return transport(Kind::InvalidRequest, message, 0, false);
}

bool ApiError::isRateLimitCode(const QString& code)
{
    return code == QLatin1String("RequestLimitExceeded")
        || code.startsWith(QLatin1String("RequestLimitExceeded."));
}

bool ApiError::isTransientCode(const QString& code)
{
    return code == QLatin1String("InternalError") || code.startsWith(QLatin1String("InternalError."))
        || code == QLatin1String("ServiceUnavailable")
        || code.startsWith(QLatin1String("ServiceUnavailable."))
        || code == QLatin1String("FailedOperation.Backlog");
}

ApiError::Category ApiError::categoryForCode(const QString& code)
{
    auto is = [&code](const char* exact) { return code == QLatin1String(exact); };
    auto starts = [&code](const char* prefix) { return code.startsWith(QLatin1String(prefix)); };

    if (is("AuthFailure.SignatureExpire"))
        return Category::Clock;
    if (is("AuthFailure.InvalidAuthorization") || is("MissingParameter") || starts("MissingParameter.")
        || is("UnknownParameter") || starts("UnknownParameter.") || is("InvalidAction") || is("NoSuchVersion")
        || is("UnsupportedProtocol") || is("UnsupportedRequest") || is("InvalidParameter.JsonParseError"))
        return Category::ClientBug;
    if (starts("AuthFailure") || is("UnauthorizedOperation") || starts("UnauthorizedOperation."))
        return Category::Auth;
    if (isRateLimitCode(code))
        return Category::RateLimit;
    if (isTransientCode(code))
        return Category::Transient;
    if (is("InvalidParameter.ViolationContent") || is("InvalidParameter.VoilationContent")
        || is("ContentModerationFailed") || starts("FailedOperation.ContentModeration"))
        return Category::Moderation;
    if (is("LimitExceeded") || starts("LimitExceeded.") || is("FailedOperation.InvalidVodUser")
        || starts("ResourceInsufficient") || is("ResourceUnavailable")
        || starts("FailedOperation.InsufficientBalance"))
        return Category::Quota;
    if (is("ResourceNotFound") || starts("ResourceNotFound.") || is("InvalidParameterValue.TaskId")
        || is("InvalidParameterValue.FileId"))
        return Category::NotFound;
    if (is("InvalidParameterValue.SubAppId"))
        return Category::Auth;
    if (starts("InvalidParameter") || starts("InvalidParameterValue") || is("FailedOperation")
        || starts("FailedOperation."))
        return Category::InvalidInput;
    return Category::Unknown;
}

QString ApiError::kindName(Kind kind)
{
    return EnumNames::name(kKindNames, kind);
}

QString ApiError::categoryName(Category category)
{
    return EnumNames::name(kCategoryNames, category);
}

QString ApiError::toString() const
{
    if (isOk())
        return {};
    // The code, message and RequestId may come from a server: escaped, so the line stays one line.
    QString s = PrintableText::escape(m_code);
    if (!m_message.isEmpty())
        s += QStringLiteral(": ") + PrintableText::escape(m_message);
    if (m_kind == Kind::HttpStatus || (m_httpStatus != 0 && m_httpStatus != 200))
        s += QStringLiteral(" (HTTP ") + QString::number(m_httpStatus) + u')';
    if (!m_requestId.isEmpty())
        s += QStringLiteral(" (RequestId: ") + PrintableText::escape(m_requestId) + u')';
    if (!m_hint.isEmpty())
        s += QStringLiteral(" — ") + m_hint;
    return s;
}

QString ApiError::advice() const
{
    if (m_kind == Kind::OutcomeUnknown)
        return tr(
            "The request was sent but its answer was lost, so the task may or may not have been created. "
            "It was not sent again, to avoid a second billed task; check the task list (DescribeTasks) "
            "before generating again.");
    if (m_kind == Kind::Tls)
        return tr(
            "The server's certificate could not be verified. Check the endpoint, the system time and any "
            "proxy that intercepts HTTPS.");
    if (m_code == QLatin1String("AuthFailure.SignatureExpire"))
        return tr("The request's time was rejected even after correcting for the server's clock. Check the "
                  "system clock and time zone settings.");
    if (m_code == QLatin1String("AuthFailure.SignatureFailure"))
        return tr("The signature was rejected: check the SecretKey of this profile.");
    if (m_code == QLatin1String("AuthFailure.SecretIdNotFound")
        || m_code == QLatin1String("AuthFailure.InvalidSecretId"))
        return tr("The SecretId does not exist or is disabled: check the SecretId of this profile.");
    if (m_code == QLatin1String("AuthFailure.TokenFailure"))
        return tr("The temporary credentials (token) have expired: get new ones.");
    if (m_code == QLatin1String("FailedOperation.InvalidVodUser"))
        return tr("VOD is not activated for this account.");
    if (m_code == QLatin1String("InvalidParameterValue.SubAppId"))
        return tr("The SubAppId is wrong for this account: check the profile's SubAppId.");
    switch (m_category) {
    case Category::Auth:
        return tr("The key lacks permission for this action, or the credentials are wrong.");
    case Category::RateLimit:
        return tr("The service is rate limiting this account; try again in a moment.");
    case Category::Transient:
        return tr("A temporary problem with the network or the service; try again later.");
    case Category::InvalidInput:
        return tr("A field of the request was refused; correct it and try again.");
    case Category::Moderation:
        return tr("The prompt or reference media was refused by content moderation.");
    case Category::Quota:
        return tr("The AIGC quota of this account is exhausted.");
    case Category::NotFound:
        return tr("The task or file is unknown (tasks can be queried for 3 days only).");
    case Category::ClientBug:
        return tr(
            "The request was malformed; this is a bug in the client, please report it with the RequestId.");
    case Category::Clock:
        return tr("Check the system clock.");
    default:
        return {};
    }
}
