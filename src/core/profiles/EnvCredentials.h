#pragma once

#include "core/signing/Credentials.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>

// Credentials from the environment, as the official SDKs and CLI read them (spec §8):
// TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY, the token in TENCENTCLOUD_SESSION_TOKEN (Node SDK)
// or TENCENTCLOUD_TOKEN (official CLI), and TENCENTCLOUD_REGION. Pure: the environment is passed in.
class EnvCredentials
{
    Q_DECLARE_TR_FUNCTIONS(EnvCredentials)

public:
    static constexpr auto kSecretId = QLatin1StringView("TENCENTCLOUD_SECRET_ID");
    static constexpr auto kSecretKey = QLatin1StringView("TENCENTCLOUD_SECRET_KEY");
    static constexpr auto kSessionToken = QLatin1StringView("TENCENTCLOUD_SESSION_TOKEN");
    static constexpr auto kToken = QLatin1StringView("TENCENTCLOUD_TOKEN");
    static constexpr auto kRegion = QLatin1StringView("TENCENTCLOUD_REGION");

    static EnvCredentials fromEnvironment(const QProcessEnvironment& environment);

    // Either half of the key pair is set (non-empty): the user meant the environment to be used.
    bool isPresent() const { return m_present; }
    // Present but unusable (half a key pair, two different tokens, a malformed region); names the
    // variables, never their secret values.
    QString error() const { return m_error; }
    bool isUsable() const { return m_present && m_error.isEmpty(); }

    Credentials credentials() const { return m_credentials; }
    QString region() const { return m_region; }
    // Which variable gave the token ("" when there is none).
    QString tokenVariable() const { return m_tokenVariable; }

private:
    Credentials m_credentials;
    QString m_region;
    QString m_tokenVariable;
    QString m_error;
    bool m_present = false;
};
