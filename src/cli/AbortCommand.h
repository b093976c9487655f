#pragma once

#include "cli/ServiceCommand.h"

// `aigc-audio abort TASKID`: ManageTask Abort (only a WAITING task can be aborted).
class AbortCommand : public ServiceCommand
{
    Q_OBJECT

public:
    using ServiceCommand::ServiceCommand;
    QString name() const override { return QStringLiteral("abort"); }
    QString summary() const override;
    QString positionalSyntax() const override { return QStringLiteral("TASKID"); }
    void addOptions(QCommandLineParser& parser) override;
    void run(const QCommandLineParser& parser) override;
};
