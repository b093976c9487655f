#pragma once

#include "core/support/ValidationIssue.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

class CliEnvironment;

// The SecretKey of `sign` and `cos-sign`: never a value on the command line, which every local user
// can read (ps, /proc/PID/cmdline). "--secret-key -" reads it from the first line of standard input;
// without the option it comes from TENCENTCLOUD_SECRET_KEY.
class SecretKeyOption
{
    Q_DECLARE_TR_FUNCTIONS(SecretKeyOption)

public:
    static void add(QCommandLineParser& parser);
    // The key, or "" with an issue for --secret-key appended.
    static QString read(
        const QCommandLineParser& parser, const CliEnvironment& env, ValidationIssues& issues);
};
