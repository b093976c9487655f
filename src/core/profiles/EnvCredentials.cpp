#include "core/profiles/EnvCredentials.h"

#include "core/profiles/Profile.h"

using namespace Qt::StringLiterals;

EnvCredentials EnvCredentials::fromEnvironment(const QProcessEnvironment& environment)
{
    EnvCredentials result;
    const auto get
        = [&environment](QLatin1StringView name) { return environment.value(QString(name)).trimmed(); };

    result.m_credentials.secretId = get(kSecretId);
    result.m_credentials.secretKey = get(kSecretKey);
    result.m_region = get(kRegion);
    result.m_present = !result.m_credentials.secretId.isEmpty() || !result.m_credentials.secretKey.isEmpty();

    const QString sessionToken = get(kSessionToken);
    const QString cliToken = get(kToken);
    if (!sessionToken.isEmpty()) {
        result.m_credentials.token = sessionToken;
        result.m_tokenVariable = QString(kSessionToken);
    } else if (!cliToken.isEmpty()) {
        result.m_credentials.token = cliToken;
        result.m_tokenVariable = QString(kToken);
    }

    if (!result.m_present)
        return result;

    if (result.m_credentials.secretId.isEmpty())
        result.m_error = tr("%1 is set but %2 is not: set both, or neither").arg(kSecretKey, kSecretId);
    else if (result.m_credentials.secretKey.isEmpty())
        result.m_error = tr("%1 is set but %2 is not: set both, or neither").arg(kSecretId, kSecretKey);
    else if (!sessionToken.isEmpty() && !cliToken.isEmpty() && sessionToken != cliToken)
        result.m_error
            = tr("%1 and %2 are both set, to different tokens: unset one of them").arg(kSessionToken, kToken);
    else if (!result.m_region.isEmpty() && !Profile::isValidRegion(result.m_region))
        result.m_error
            = tr("%1 \"%2\" is not a region name such as ap-singapore").arg(kRegion, result.m_region);
    return result;
}
