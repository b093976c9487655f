#pragma once

#include "cli/ServiceCommand.h"

// `aigc-audio status TASKID`: one DescribeTaskDetail, shown for people or as JSON.
class StatusCommand : public ServiceCommand
{
    Q_OBJECT

public:
    using ServiceCommand::ServiceCommand;
    QString name() const override { return QStringLiteral("status"); }
    QString summary() const override;
    QString positionalSyntax() const override { return QStringLiteral("TASKID"); }
    void addOptions(QCommandLineParser& parser) override;
    void run(const QCommandLineParser& parser) override;
};
