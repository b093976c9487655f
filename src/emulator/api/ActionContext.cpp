#include "emulator/api/ActionContext.h"

#include "core/support/FieldParse.h"
#include "emulator/http/EmulatorConfig.h"

using namespace Qt::StringLiterals;

QJsonObject ActionContext::errorResponse(
    const QString& code, const QString& message, const QString& requestId)
{
    QJsonObject error;
    error.insert("Code"_L1, code);
    error.insert("Message"_L1, message);
    QJsonObject r;
    r.insert("Error"_L1, error);
    r.insert("RequestId"_L1, requestId);
    return r;
}

QString ActionContext::joinIssues(const ValidationIssues& issues)
{
    QStringList parts;
    for (const ValidationIssue& i : issues)
        parts.append(i.field + u' ' + i.message);
    return parts.join(u"; "_s);
}

ApiReply ActionContext::fail(const QString& code, const QString& message) const
{
    ApiReply r;
    r.response = errorResponse(code, message, requestId);
    r.code = code;
    r.secretId = secretId;
    r.action = action;
    return r;
}

ApiReply ActionContext::ok(QJsonObject response) const
{
    ApiReply r;
    response.insert("RequestId"_L1, requestId);
    r.response = response;
    r.secretId = secretId;
    r.action = action;
    return r;
}

bool ActionContext::checkSubAppId(const QJsonObject& params, const EmulatorConfig& config, ApiReply* error)
{
    ValidationIssues issues;
    subAppId = FieldParse::jsonUnsigned(params, "SubAppId"_L1, u"SubAppId"_s, &issues);
    if (!issues.isEmpty()) {
        *error = fail(u"InvalidParameter"_s, tr("Invalid parameter: %1.").arg(joinIssues(issues)));
        return false;
    }
    if (subAppId && !config.subAppIds.isEmpty() && !config.subAppIds.contains(*subAppId)) {
        *error = fail(u"InvalidParameterValue.SubAppId"_s,
            tr("The SubAppId %1 does not exist or does not belong to this account.").arg(*subAppId));
        return false;
    }
    return true;
}

bool ActionContext::checkUnknown(const QJsonObject& params, const QStringList& known, ApiReply* error) const
{
    for (auto it = params.begin(); it != params.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = fail(u"UnknownParameter"_s, tr("The parameter `%1` is not recognized.").arg(it.key()));
            return false;
        }
    }
    return true;
}
