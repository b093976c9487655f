#pragma once

#include "CliRunner.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Shared by the hostile suites: the CLI run in-process (tests/common's CliRunner), test credentials,
// the resident memory of a process for the memory cases, file modes.
namespace HostileSupport {

using CliRun = CliRunner::Run;
inline CliRun cli(const QStringList& args, const QString& home, QNetworkAccessManager* network,
    const QProcessEnvironment& extraEnv = {})
{
    return CliRunner::run(args, home, network, extraEnv);
}
// TENCENTCLOUD_SECRET_ID / _KEY of a test account.
QProcessEnvironment credentialsEnv();
// VmRSS of a process in KiB (/proc/PID/status); -1 when unknown. pid 0: this process.
qint64 rssKiB(qint64 pid = 0);
// The permission bits of a path (st_mode & 0777), -1 when it does not exist.
int fileMode(const QString& path);

} // namespace HostileSupport
