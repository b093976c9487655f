#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class QNetworkAccessManager;

// `aigc-audio ARGS` run in-process (CliApp on a CliEnvironment) with its output captured: HOME and
// the config folder (HOME/config) in `home`, the system clock, `network`, and the variables of
// `extraEnv` only (not the process's own environment).
namespace CliRunner {

struct Run
{
    int code = -1; // -2: still running after timeoutMs
    QString out;
    QString err;
};

Run run(const QStringList& args, const QString& home, QNetworkAccessManager* network,
    const QProcessEnvironment& extraEnv = {}, int timeoutMs = 60000);

} // namespace CliRunner
