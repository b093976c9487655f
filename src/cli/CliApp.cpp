#include "cli/CliApp.h"

#include "cli/AbortCommand.h"
#include "cli/BatchCommand.h"
#include "cli/CliEnvironment.h"
#include "cli/CosSignCommand.h"
#include "cli/CreateCommand.h"
#include "cli/DownloadCommand.h"
#include "cli/ExitCode.h"
#include "cli/ExportCommand.h"
#include "cli/HistoryCommand.h"
#include "cli/ListCommand.h"
#include "cli/MarkCommand.h"
#include "cli/ProfilesCommand.h"
#include "cli/SignCommand.h"
#include "cli/StatusCommand.h"
#include "cli/UploadCommand.h"

using namespace Qt::StringLiterals;

CliApp::CliApp(CliEnvironment* env, QObject* parent)
    : QObject(parent)
    , m_env(env)
{
}

namespace {

template<typename Command>
CliCommand* make(CliEnvironment* env, QObject* parent)
{
    return new Command(env, parent);
}

// Every subcommand, in the order `aigc-audio --help` lists them.
const struct
{
    const char* name;
    CliCommand* (*make)(CliEnvironment*, QObject*);
} kCommands[] = { { "create", &make<CreateCommand> }, { "batch", &make<BatchCommand> },
    { "status", &make<StatusCommand> }, { "list", &make<ListCommand> }, { "abort", &make<AbortCommand> },
    { "download", &make<DownloadCommand> }, { "export", &make<ExportCommand> },
    { "upload", &make<UploadCommand> }, { "profiles", &make<ProfilesCommand> },
    { "history", &make<HistoryCommand> },
    { "rate",
        [](CliEnvironment* env, QObject* parent) -> CliCommand* {
            return new MarkCommand(MarkCommand::Kind::Rate, env, parent);
        } },
    { "tag",
        [](CliEnvironment* env, QObject* parent) -> CliCommand* {
            return new MarkCommand(MarkCommand::Kind::Tag, env, parent);
        } },
    { "sign", &make<SignCommand> }, { "cos-sign", &make<CosSignCommand> } };

} // namespace

QStringList CliApp::commandNames() const
{
    QStringList names;
    for (const auto& c : kCommands)
        names << QString::fromLatin1(c.name);
    return names;
}

CliCommand* CliApp::create(const QString& name)
{
    for (const auto& c : kCommands) {
        if (name == QLatin1StringView(c.name))
            return c.make(m_env, this);
    }
    return nullptr;
}

QString CliApp::usage() const
{
    QString text = tr(
        "Usage: aigc-audio COMMAND [options]\n\n"
        "AI sound effects and music from Tencent Cloud VOD (CreateAigcAudioTask), from the command line.\n\n"
        "Commands:\n");
    auto* self = const_cast<CliApp*>(this);
    for (const QString& n : commandNames()) {
        std::unique_ptr<CliCommand> c(self->create(n));
        text += u"  %1  %2\n"_s.arg(n, -9).arg(c->summary().section(u'\n', 0, 0));
    }
    text += tr(
        "\nRun \"aigc-audio COMMAND --help\" for the options of a command.\n\n"
        "Credentials come from --profile NAME, else the default profile, else TENCENTCLOUD_SECRET_ID /\n"
        "TENCENTCLOUD_SECRET_KEY (token: TENCENTCLOUD_SESSION_TOKEN or TENCENTCLOUD_TOKEN), else the\n"
        "official CLI's ~/.tccli profile, else ~/.tencentcloud/credentials.\n\n"
        "Exit codes: 0 ok, 1 other failure, 2 bad input, 3 authentication or clock, 4 network or service,\n"
        "5 the task failed, 6 outcome unknown (a create was sent but its answer was lost).\n");
    return text;
}

CliCommand* CliApp::start(const QStringList& args)
{
    const QString sub = args.value(1);
    if (sub.isEmpty() || sub == "--help"_L1 || sub == "-h"_L1 || sub == "help"_L1) {
        if (sub == "help"_L1 && args.size() > 2) {
            if (CliCommand* c = create(args.at(2))) {
                m_env->out() << c->helpText();
                m_env->out().flush();
                delete c;
                m_exitCode = ExitOk;
                return nullptr;
            }
        }
        (sub.isEmpty() ? m_env->err() : m_env->out()) << usage();
        m_env->out().flush();
        m_env->err().flush();
        m_exitCode = sub.isEmpty() ? ExitBadInput : ExitOk;
        return nullptr;
    }
    if (sub == "--version"_L1 || sub == "-v"_L1) {
        m_env->out() << u"aigc-audio " AIGC_VERSION "\n"_s;
        m_env->out().flush();
        m_exitCode = ExitOk;
        return nullptr;
    }
    CliCommand* command = create(sub);
    if (!command) {
        m_env->err() << tr("aigc-audio: unknown command \"%1\"").arg(sub) << u"\n\n"_s << usage();
        m_env->err().flush();
        m_exitCode = ExitBadInput;
        return nullptr;
    }
    connect(command, &CliCommand::finished, this, [this](int code) {
        m_exitCode = code;
        emit finished(code);
    });
    command->start(args.mid(1));
    return command;
}
