#pragma once

#include "cli/CliCommand.h"

// `aigc-audio history`: the local history the app shows (every task this machine made, with the
// CLI or the app), newest first, with the prompt and the user's marks. --search takes the app's
// search syntax (words, tag:rain, rating>=4, fav); --tag, --rating and --fav say the same as options.
class HistoryCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    QString name() const override { return QStringLiteral("history"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) override;
    void run(const QCommandLineParser& parser) override;
};
