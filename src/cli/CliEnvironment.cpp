#include "cli/CliEnvironment.h"

#include "cli/PrintableDevice.h"
#include "core/profiles/CredentialResolver.h"
#include "core/profiles/KeychainSecretStore.h"
#include "core/profiles/PlaintextSecretStore.h"
#include "core/profiles/ProfileManager.h"
#include "core/profiles/ProfileStore.h"
#include "core/support/AppPaths.h"
#include "core/support/PrintableText.h"
#include "core/support/PrivateFiles.h"
#include "core/support/SystemClock.h"

#include <QDir>
#include <QStandardPaths>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

CliEnvironment::CliEnvironment(QTextStream* out, QTextStream* err, const QProcessEnvironment& env,
    Clock* clock, QNetworkAccessManager* network)
    : m_rawOut(out)
    , m_rawErr(err)
    , m_outDevice(std::make_unique<PrintableDevice>(out))
    , m_errDevice(std::make_unique<PrintableDevice>(err))
    , m_out(m_outDevice.get())
    , m_err(m_errDevice.get())
    , m_env(env)
    , m_clock(clock)
    , m_network(network)
{
}

CliEnvironment::~CliEnvironment()
{
    m_out.flush();
    m_err.flush();
}

void CliEnvironment::rewriteErrLine(const QString& text)
{
    m_err.flush();
    *m_rawErr << u"\r\033[K"_s << PrintableText::escape(text);
    m_rawErr->flush();
}

void CliEnvironment::clearErrLine()
{
    rewriteErrLine({});
}

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
        PrivateFiles::ensureFolder(configDir()); // 0700; a failure shows when the file is written
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
