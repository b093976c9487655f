#include "cli/CliCommand.h"

#include "cli/CliEnvironment.h"
#include "cli/ExitCode.h"

using namespace Qt::StringLiterals;

CliCommand::CliCommand(CliEnvironment* env, QObject* parent)
    : QObject(parent)
    , m_env(env)
{
}

void CliCommand::setupParser(QCommandLineParser& parser)
{
    parser.setApplicationDescription(summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    addOptions(parser);
}

QString CliCommand::helpText()
{
    QCommandLineParser parser;
    setupParser(parser);
    QString text = parser.helpText();
    // Qt names the binary; name the subcommand too.
    const QString usage = u"Usage: "_s;
    if (text.startsWith(usage)) {
        const qsizetype eol = text.indexOf(u'\n');
        text = usage + u"aigc-audio "_s + name() + u" [options]"_s
            + (positionalSyntax().isEmpty() ? QString() : u" "_s + positionalSyntax()) + text.mid(eol);
    }
    return text;
}

void CliCommand::start(const QStringList& args)
{
    QCommandLineParser parser;
    setupParser(parser);
    QStringList argv = args;
    argv[0] = u"aigc-audio "_s + name();
    if (!parser.parse(argv)) {
        fail(ExitBadInput,
            parser.errorText() + u"\n"_s + tr("Run \"aigc-audio %1 --help\" for its options.").arg(name()));
        return;
    }
    if (parser.isSet(u"help"_s)) {
        m_env->out() << helpText();
        m_env->out().flush();
        done(ExitOk);
        return;
    }
    run(parser);
}

void CliCommand::done(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    m_exitCode = exitCode;
    m_env->out().flush();
    m_env->err().flush();
    emit finished(exitCode);
}

void CliCommand::fail(int exitCode, const QString& message)
{
    m_env->err() << u"aigc-audio "_s << name() << u": "_s << message << u'\n';
    done(exitCode);
}

void CliCommand::failWithIssues(const ValidationIssues& issues)
{
    for (const ValidationIssue& i : issues)
        m_env->err() << u"aigc-audio "_s << name() << u": "_s << i.toString() << u'\n';
    m_env->err() << tr("Nothing was sent.") << u'\n';
    done(ExitBadInput);
}
