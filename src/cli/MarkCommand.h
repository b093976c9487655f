#pragma once

#include "cli/CliCommand.h"

#include <QStringList>

// The user's marks on tasks in the local history, shared with the app: `aigc-audio rate TASKID...
// --stars N` and `aigc-audio tag TASKID... [--add TAG]... [--remove TAG]... [--fav | --no-fav]`.
// One class, two commands: each names its own options. Every rule is checked on every TaskId
// before anything is written.
class MarkCommand : public CliCommand
{
    Q_OBJECT

public:
    enum class Kind
    {
        Rate,
        Tag,
    };
    MarkCommand(Kind kind, CliEnvironment* env, QObject* parent = nullptr);

    QString name() const override;
    QString summary() const override;
    QString positionalSyntax() const override { return QStringLiteral("TASKID..."); }
    void addOptions(QCommandLineParser& parser) override;
    void run(const QCommandLineParser& parser) override;

private:
    Kind m_kind;
};
