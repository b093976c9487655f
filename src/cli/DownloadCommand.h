#pragma once

#include "cli/CliCommand.h"

#include <memory>

class VodClient;

// `aigc-audio download TASKID PATH`: saves a finished task's first output.
class DownloadCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    ~DownloadCommand() override;
    QString name() const override { return QStringLiteral("download"); }
    QString summary() const override;
    QString positionalSyntax() const override { return QStringLiteral("TASKID PATH"); }
    void addOptions(QCommandLineParser& parser) override;
    void run(const QCommandLineParser& parser) override;

private:
    std::unique_ptr<VodClient> m_client;
};
