#pragma once

#include "cli/CliCommand.h"

// `aigc-audio cos-sign`: the object-storage ("q-sign") signer's debugging window. Prints the
// Authorization value on one line; --verbose adds every intermediate string on stderr.
class CosSignCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    QString name() const override { return QStringLiteral("cos-sign"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) override;
    void run(const QCommandLineParser& parser) override;
};
