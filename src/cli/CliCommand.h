#pragma once

#include "core/support/ValidationIssue.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QObject>

class CliEnvironment;

// One subcommand of aigc-audio. run() may finish at once or later (network); either way it ends by
// emitting finished(exitCode) exactly once.
class CliCommand : public QObject
{
    Q_OBJECT

public:
    explicit CliCommand(CliEnvironment* env, QObject* parent = nullptr);

    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // "TASKID PATH" etc.: the positional arguments for the usage line.
    virtual QString positionalSyntax() const { return {}; }
    virtual void addOptions(QCommandLineParser& parser) = 0;
    virtual void run(const QCommandLineParser& parser) = 0;

    // Parses args (args[0] is the subcommand) and runs; --help prints this subcommand's help.
    void start(const QStringList& args);
    QString helpText();
    bool isDone() const { return m_done; }
    int exitCode() const { return m_exitCode; }

signals:
    void finished(int exitCode);

protected:
    void done(int exitCode);
    // Prints "aigc-audio NAME: message" to stderr and finishes with code.
    void fail(int exitCode, const QString& message);
    // Prints every broken rule, says that nothing was sent, and finishes with ExitBadInput.
    void failWithIssues(const ValidationIssues& issues);
    CliEnvironment* env() const { return m_env; }

private:
    void setupParser(QCommandLineParser& parser);

    CliEnvironment* m_env;
    bool m_done = false;
    int m_exitCode = 0;
};
