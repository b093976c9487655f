#pragma once

#include "cli/CliCommand.h"

// `aigc-audio sign`: the signer's debugging window. Signs the bytes of a file verbatim and prints the
// canonical request, string to sign, signature, Authorization and every header, as one JSON object.
class SignCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    QString name() const override { return QStringLiteral("sign"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) override;
    void run(const QCommandLineParser& parser) override;
};
