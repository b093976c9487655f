#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>

class CliCommand;
class CliEnvironment;

// Dispatches `aigc-audio SUBCOMMAND ...` to its command and reports the exit code.
class CliApp : public QObject
{
    Q_OBJECT

public:
    explicit CliApp(CliEnvironment* env, QObject* parent = nullptr);

    // args[0] is the program name. Returns the command started, or nullptr when already done
    // (help, version, unknown subcommand): then exitCode() holds the result.
    CliCommand* start(const QStringList& args);
    int exitCode() const { return m_exitCode; }
    QString usage() const;
    QStringList commandNames() const;
    CliCommand* create(const QString& name);

signals:
    void finished(int exitCode);

private:
    CliEnvironment* m_env;
    int m_exitCode = 0;
};
