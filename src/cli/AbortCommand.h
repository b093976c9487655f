#pragma once

#include "cli/CliCommand.h"

#include <memory>

class VodClient;

// `aigc-audio abort TASKID`: ManageTask Abort (only a WAITING task can be aborted).
class AbortCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    ~AbortCommand() override;
    QString name() const override { return QStringLiteral("abort"); }
    QString summary() const override;
    QString positionalSyntax() const override { return QStringLiteral("TASKID"); }
    void addOptions(QCommandLineParser& parser) override;
    void run(const QCommandLineParser& parser) override;

private:
    std::unique_ptr<VodClient> m_client;
};
