#pragma once

#include "cli/ServiceCommand.h"

// `aigc-audio download TASKID PATH`: saves a finished task's first output.
class DownloadCommand : public ServiceCommand
{
    Q_OBJECT

public:
    using ServiceCommand::ServiceCommand;
    QString name() const override { return QStringLiteral("download"); }
    QString summary() const override;
    QString positionalSyntax() const override { return QStringLiteral("TASKID PATH"); }
    void addOptions(QCommandLineParser& parser) override;
    void run(const QCommandLineParser& parser) override;
};
