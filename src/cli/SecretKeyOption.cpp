#include "cli/SecretKeyOption.h"

#include "cli/CliEnvironment.h"

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// One line of standard input without its line end, through the C stream, so that a payload read from
// standard input afterwards (sign --payload-file -) starts right after it.
QByteArray readStdinLine()
{
    QByteArray line;
    char chunk[256];
    while (std::fgets(chunk, sizeof chunk, stdin)) {
        line.append(chunk);
        if (line.endsWith('\n'))
            break;
    }
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

void SecretKeyOption::add(QCommandLineParser& parser)
{
    parser.addOption({ u"secret-key"_s,
        tr("\"-\": read the SecretKey from the first line of standard input. Without it, the key is taken "
           "from TENCENTCLOUD_SECRET_KEY. Never the key itself: the command line is readable by every "
           "local user. The key is never printed."),
        u"-"_s });
}

QString SecretKeyOption::read(
    const QCommandLineParser& parser, const CliEnvironment& env, ValidationIssues& issues)
{
    if (parser.isSet(u"secret-key"_s)) {
        if (parser.value(u"secret-key"_s) != "-"_L1) {
            issues.append({ u"--secret-key"_s,
                tr("must be \"-\" (the key on standard input), never the key itself: the command line is "
                   "readable by every local user (ps, /proc/PID/cmdline); or set TENCENTCLOUD_SECRET_KEY") });
            return {};
        }
        const QString key = QString::fromUtf8(readStdinLine());
        if (key.isEmpty())
            issues.append(
                { u"--secret-key"_s, tr("- was given, but standard input has no key on its first line") });
        return key;
    }
    const QString key = env.env().value(u"TENCENTCLOUD_SECRET_KEY"_s);
    if (key.isEmpty())
        issues.append({ u"--secret-key"_s,
            tr("is required: give \"--secret-key -\" and the key on standard input, or set "
               "TENCENTCLOUD_SECRET_KEY") });
    return key;
}
