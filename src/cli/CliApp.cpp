#include "cli/CliApp.h"

#include "cli/AbortCommand.h"
#include "cli/BatchCommand.h"
#include "cli/CliEnvironment.h"
#include "cli/CosSignCommand.h"
#include "cli/CreateCommand.h"
#include "cli/DownloadCommand.h"
#include "cli/ExitCode.h"
#include "cli/ExportCommand.h"
#include "cli/ListCommand.h"
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

QStringList CliApp::commandNames() const
{
    return { u"create"_s, u"batch"_s, u"status"_s, u"list"_s, u"abort"_s, u"download"_s, u"export"_s,
        u"upload"_s, u"profiles"_s, u"sign"_s, u"cos-sign"_s };
}

CliCommand* CliApp::create(const QString& name)
{
    if (name == "create"_L1)
        return new CreateCommand(m_env, this);
    if (name == "batch"_L1)
        return new BatchCommand(m_env, this);
    if (name == "status"_L1)
        return new StatusCommand(m_env, this);
    if (name == "list"_L1)
        return new ListCommand(m_env, this);
    if (name == "abort"_L1)
        return new AbortCommand(m_env, this);
    if (name == "download"_L1)
        return new DownloadCommand(m_env, this);
    if (name == "export"_L1)
        return new ExportCommand(m_env, this);
    if (name == "upload"_L1)
        return new UploadCommand(m_env, this);
    if (name == "profiles"_L1)
        return new ProfilesCommand(m_env, this);
    if (name == "sign"_L1)
        return new SignCommand(m_env, this);
    if (name == "cos-sign"_L1)
        return new CosSignCommand(m_env, this);
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
