#pragma once

#include "cli/CliCommand.h"

#include <memory>

class VodClient;

// `aigc-audio status TASKID`: one DescribeTaskDetail, shown for people or as JSON.
class StatusCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    ~StatusCommand() override;
    QString name() const override { return QStringLiteral("status"); }
    QString summary() const override;
    QString positionalSyntax() const override { return QStringLiteral("TASKID"); }
    void addOptions(QCommandLineParser& parser) override;
    void run(const QCommandLineParser& parser) override;

private:
    std::unique_ptr<VodClient> m_client;
};
