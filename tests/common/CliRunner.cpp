#include "CliRunner.h"

#include "cli/CliApp.h"
#include "cli/CliCommand.h"
#include "cli/CliEnvironment.h"
#include "core/support/SystemClock.h"

#include <QTextStream>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace CliRunner {

Run run(const QStringList& args, const QString& home, QNetworkAccessManager* network,
    const QProcessEnvironment& extraEnv, int timeoutMs)
{
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    QProcessEnvironment env;
    env.insert(u"HOME"_s, home);
    env.insert(u"AIGC_AUDIO_CONFIG_DIR"_s, home + u"/config"_s);
    for (const QString& k : extraEnv.keys())
        env.insert(k, extraEnv.value(k));
    Run r;
    {
        CliEnvironment cliEnv(&out, &err, env, SystemClock::instance(), network);
        CliApp app(&cliEnv);
        CliCommand* c = app.start(QStringList { u"aigc-audio"_s } + args);
        if (c && !c->isDone() && !QTest::qWaitFor([c] { return c->isDone(); }, timeoutMs))
            qWarning("aigc-audio %s did not finish within %d ms", qPrintable(args.value(0)), timeoutMs);
        r.code = c ? (c->isDone() ? c->exitCode() : -2) : app.exitCode();
    } // the environment flushes what it printed
    out.flush();
    err.flush();
    r.out = outText;
    r.err = errText;
    return r;
}

} // namespace CliRunner
