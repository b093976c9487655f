#pragma once

#include "core/api/VodClient.h"
#include "core/profiles/ResolvedCredentials.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <functional>

class CliEnvironment;

// The options every networked subcommand shares (--profile, --endpoint, --region, --language,
// --sub-app-id, --timeout, --proxy) and the resolution of a VodClient::Config from them: the named profile,
// else the default profile, the environment, the official CLI's files, ~/.tencentcloud/credentials.
class ClientOptions
{
    Q_DECLARE_TR_FUNCTIONS(ClientOptions)

public:
    struct Result
    {
        VodClient::Config config;
        ResolvedCredentials resolved;
        QString error; // names the option or source that is wrong
        int exitCode = 0;
    };
    using Callback = std::function<void(const Result&)>;

    static void add(QCommandLineParser& parser);
    // Also sets the proxy of env->network(): --proxy, else the profile's, else the system settings.
    static void resolve(
        const QCommandLineParser& parser, CliEnvironment* env, QObject* context, Callback callback);
};
