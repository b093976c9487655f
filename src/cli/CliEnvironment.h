#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QTextStream>
#include <memory>

class Clock;
class PrintableDevice;
class CredentialResolver;
class ProfileManager;
class ProfileStore;
class QNetworkAccessManager;
class SecretStore;

// Everything a command touches outside itself, so that tests can run commands in-process with
// captured output, a temporary home and config folder, and their own clock. Whatever goes to out() and
// err() is printed with its control characters escaped (PrintableText): text that a server controls
// can neither clear the screen nor set the window title; the CLI's own progress line goes through
// rewriteErrLine() and clearErrLine().
class CliEnvironment
{
public:
    CliEnvironment(QTextStream* out, QTextStream* err, const QProcessEnvironment& env, Clock* clock,
        QNetworkAccessManager* network);
    ~CliEnvironment();

    // The process's own: stdout, stderr, the real environment and home, the system clock.
    static std::unique_ptr<CliEnvironment> forProcess(QNetworkAccessManager* network);

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    // On a terminal: the current line of stderr replaced by `text` (escaped), or cleared.
    void rewriteErrLine(const QString& text);
    void clearErrLine();
    const QProcessEnvironment& env() const { return m_env; }
    Clock* clock() const { return m_clock; }
    QNetworkAccessManager* network() const { return m_network; }

    QString homeDir() const;
    // AIGC_AUDIO_CONFIG_DIR, else the app's config folder (shared with aigc-audio-studio).
    QString configDir() const;
    bool errIsTerminal() const { return m_errIsTerminal; }
    void setErrIsTerminal(bool terminal) { m_errIsTerminal = terminal; }

    ProfileStore* profiles();
    SecretStore* keychain();
    SecretStore* plaintextSecrets();
    CredentialResolver* resolver();
    // Every change to the profiles and their secrets goes through it.
    ProfileManager* profileManager();

private:
    std::unique_ptr<QTextStream> m_ownOut, m_ownErr; // first: destroyed after the streams over them
    QTextStream* m_rawOut;
    QTextStream* m_rawErr;
    std::unique_ptr<PrintableDevice> m_outDevice, m_errDevice;
    QTextStream m_out, m_err;
    QProcessEnvironment m_env;
    Clock* m_clock;
    QNetworkAccessManager* m_network;
    bool m_errIsTerminal = false;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_keychain;
    std::unique_ptr<SecretStore> m_plaintext;
    std::unique_ptr<CredentialResolver> m_resolver;
    std::unique_ptr<ProfileManager> m_profileManager;
};
