#pragma once

#include "cli/CliCommand.h"
#include "core/profiles/Profile.h"
#include "core/profiles/ProfileManager.h"

// `aigc-audio profiles [list|show|add|remove|import|default]`: saved connection profiles. Secrets go
// to the OS keychain (or, when the user says --plaintext, a 0600 file that every listing points out);
// a SecretKey is never taken from the command line, where other users could see it.
class ProfilesCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    QString name() const override { return QStringLiteral("profiles"); }
    QString summary() const override;
    QString positionalSyntax() const override
    {
        return QStringLiteral("[list|show NAME|add NAME|edit NAME|remove NAME|import|default NAME]");
    }
    void addOptions(QCommandLineParser& parser) override;
    void run(const QCommandLineParser& parser) override;

    // Reads a secret from standard input: without echo when it is a terminal.
    static QString readSecretLine(const QString& prompt, QTextStream& err);

private:
    void list();
    void show(const QString& name);
    void add(const QString& name, const QCommandLineParser& parser);
    void edit(const QString& name, const QCommandLineParser& parser);
    void remove(const QString& name);
    void import(const QCommandLineParser& parser);
    void makeDefault(const QString& name);
    // Saves through ProfileManager (add and import; an existing profile of that name is replaced).
    void store(const Profile& profile, bool makeDefault);
    void failWith(const ProfileManager::Result& result, const QString& name);
    void warn(const ProfileManager::Result& result);
    // profiles.ini could not be written (a full disk, say): exit 4, the old file kept. A damaged file
    // that a change moved aside is said too.
    void failWrite(const QString& error);
    void sayNotice();

    QString m_proxyPassword; // read by add() for store(); never printed
};
