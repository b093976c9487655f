#pragma once

#include <QCoreApplication>
#include <QString>

// Everything that can go wrong with one API call, typed. An ApiError with kind None is success.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    // Where the failure came from.
    enum class Kind
    {
        None, // no error
        Api, // the service answered with Response.Error
        Network, // connection refused, host not found, reset... (see requestSent())
        Timeout, // no complete answer within the job's timeout
        Tls, // certificate or handshake failure
        HttpStatus, // HTTP status other than 200
        NotJson, // the body is not JSON (an HTML error page, say)
        TruncatedBody, // the body ended early (JSON cut off, or fewer bytes than Content-Length)
        MissingResponse, // JSON without a "Response" object, or a success without its content
        TooLarge, // an answer over the size limit: not read
        OutcomeUnknown, // CreateAigcAudioTask sent, answer lost: the task may or may not exist
        Cancelled, // cancelled by the caller
        InvalidRequest, // refused before sending (validation, missing credentials)
    };

    // What the user or the program should do about it.
    enum class Category
    {
        None,
        Auth, // credentials wrong, expired or lacking permission
        Clock, // clock skew the client could not correct
        RateLimit, // RequestLimitExceeded after every retry
        Transient, // network, timeout, 5xx, InternalError: may work later
        InvalidInput, // a field is wrong
        Moderation, // content refused
        Quota, // quota exhausted, VOD not activated
        NotFound, // unknown task/file, or older than 3 days
        ClientBug, // malformed request, unknown action/version: report it
        Unknown, // outcome unknown (an ambiguous Create), cancelled
    };

    ApiError() = default;
    static ApiError fromApi(
        const QString& code, const QString& message, const QString& requestId, int httpStatus = 200);
    static ApiError transport(Kind kind, const QString& message, int httpStatus = 0, bool requestSent = true);
    static ApiError invalidRequest(const QString& message);

    bool isOk() const { return m_kind == Kind::None; }
    bool isError() const { return !isOk(); }
    Kind kind() const { return m_kind; }
    Category category() const { return m_category; }
    QString code() const { return m_code; }
    QString message() const { return m_message; }
    QString requestId() const { return m_requestId; }
    int httpStatus() const { return m_httpStatus; }
    // False only when the request provably never reached the server (connection refused, DNS failure).
    bool requestSent() const { return m_requestSent; }
    int attempts() const { return m_attempts; }
    void setAttempts(int n) { m_attempts = n; }
    void setRequestId(const QString& id) { m_requestId = id; }
    // For errors of other services (object storage) whose codes the VOD table does not know.
    void setCategory(Category category) { m_category = category; }
    // Extra context for the user, e.g. the measured clock offset.
    QString hint() const { return m_hint; }
    void setHint(const QString& hint) { m_hint = hint; }

    // "AuthFailure.SignatureFailure: The provided credentials could not be validated. (RequestId: ...)";
    // the code, message and RequestId with their control characters escaped (PrintableText): one line.
    QString toString() const;
    // A sentence that tells the user what to do.
    QString advice() const;

    static Category categoryForCode(const QString& code);
    static QString kindName(Kind kind);
    static QString categoryName(Category category);
    // Codes after which the same request may be sent again (per spec §3); Create only for rate limits.
    static bool isRateLimitCode(const QString& code);
    static bool isTransientCode(const QString& code);

private:
    Kind m_kind = Kind::None;
    Category m_category = Category::None;
    QString m_code;
    QString m_message;
    QString m_requestId;
    QString m_hint;
    int m_httpStatus = 0;
    int m_attempts = 0;
    bool m_requestSent = true;
};
