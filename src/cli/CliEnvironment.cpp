#include "cli/CliEnvironment.h"

#include "core/profiles/CredentialResolver.h"
#include "core/profiles/KeychainSecretStore.h"
#include "core/profiles/PlaintextSecretStore.h"
#include "core/profiles/ProfileManager.h"
#include "core/profiles/ProfileStore.h"
#include "core/support/AppPaths.h"
#include "core/support/SystemClock.h"

#include <QDir>
#include <QStandardPaths>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

CliEnvironment::CliEnvironment(QTextStream* out, QTextStream* err, const QProcessEnvironment& env,
    Clock* clock, QNetworkAccessManager* network)
    : m_out(out)
    , m_err(err)
    , m_env(env)
    , m_clock(clock)
    , m_network(network)
{
}

CliEnvironment::~CliEnvironment() = default;

std::unique_ptr<CliEnvironment> CliEnvironment::forProcess(QNetworkAccessManager* network)
{
    auto out = std::make_unique<QTextStream>(stdout);
    auto err = std::make_unique<QTextStream>(stderr);
    auto e = std::make_unique<CliEnvironment>(
        out.get(), err.get(), QProcessEnvironment::systemEnvironment(), SystemClock::instance(), network);
    e->m_ownOut = std::move(out);
    e->m_ownErr = std::move(err);
    e->m_errIsTerminal = ::isatty(STDERR_FILENO) == 1;
    return e;
}

QString CliEnvironment::homeDir() const
{
    return AppPaths::homeDir(m_env);
}

QString CliEnvironment::configDir() const
{
    return AppPaths::configDir(m_env);
}

ProfileStore* CliEnvironment::profiles()
{
    if (!m_profiles) {
        QDir().mkpath(configDir());
        m_profiles = std::make_unique<ProfileStore>(configDir() + u"/profiles.ini"_s);
    }
    return m_profiles.get();
}

SecretStore* CliEnvironment::keychain()
{
    if (!m_keychain)
        m_keychain = std::make_unique<KeychainSecretStore>();
    return m_keychain.get();
}

SecretStore* CliEnvironment::plaintextSecrets()
{
    if (!m_plaintext)
        m_plaintext = std::make_unique<PlaintextSecretStore>(configDir() + u"/plaintext-secrets"_s);
    return m_plaintext.get();
}

CredentialResolver* CliEnvironment::resolver()
{
    if (!m_resolver) {
        m_resolver = std::make_unique<CredentialResolver>(profiles(), keychain());
        m_resolver->setPlaintextSecretStore(plaintextSecrets());
        m_resolver->setHomeDir(homeDir());
        m_resolver->setEnvironment(m_env);
    }
    return m_resolver.get();
}

ProfileManager* CliEnvironment::profileManager()
{
    if (!m_profileManager)
        m_profileManager = std::make_unique<ProfileManager>(profiles(), resolver());
    return m_profileManager.get();
}
