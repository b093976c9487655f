#include "cli/ClientOptions.h"

#include "cli/CliEnvironment.h"
#include "cli/ExitCode.h"
#include "core/api/Endpoint.h"
#include "core/profiles/CredentialResolver.h"
#include "core/profiles/Profile.h"
#include "core/support/FieldParse.h"

using namespace Qt::StringLiterals;

void ClientOptions::add(QCommandLineParser& parser)
{
    parser.addOption(
        { u"profile"_s, tr("Use the saved profile NAME (see \"aigc-audio profiles\")."), u"NAME"_s });
    parser.addOption({ u"endpoint"_s,
        tr("Send to URL instead of the profile's endpoint: china, intl, region:NAME or a base URL such as "
           "http://127.0.0.1:8708 (the local emulator)."),
        u"URL"_s });
    parser.addOption({ u"region"_s, tr("Send X-TC-Region: REGION (e.g. ap-singapore)."), u"REGION"_s });
    parser.addOption({ u"language"_s, tr("Language of error messages: zh-CN or en-US."), u"LANG"_s });
    parser.addOption(
        { u"sub-app-id"_s, tr("The VOD SubAppId to act on (accounts opened since 2023-12-25)."), u"ID"_s });
    parser.addOption({ u"timeout"_s, tr("Seconds to wait for each answer (default 60)."), u"SECONDS"_s });
    parser.addOption({ u"proxy"_s,
        tr("Connect through URL instead of the profile's proxy setting: http://[USER@]HOST:PORT, "
           "socks5://[USER@]HOST:PORT, none or system (http_proxy, https_proxy, all_proxy, no_proxy; "
           "loopback addresses always go direct). A proxy password is read from AIGC_PROXY_PASSWORD, "
           "never from the command line."),
        u"URL"_s });
}

void ClientOptions::resolve(
    const QCommandLineParser& parser, CliEnvironment* env, QObject* context, Callback callback)
{
    // Check the options first: a typo should not wait for the keychain.
    Result base;
    ValidationIssues issues;
    std::optional<quint64> subAppId;
    if (parser.isSet(u"sub-app-id"_s))
        subAppId = FieldParse::textUnsigned(parser.value(u"sub-app-id"_s), u"--sub-app-id"_s, issues);
    std::optional<Endpoint> endpoint;
    if (parser.isSet(u"endpoint"_s)) {
        QString why;
        const Endpoint e = Endpoint::parse(parser.value(u"endpoint"_s), &why);
        if (!e.isValid())
            issues.append({ u"--endpoint"_s, why.isEmpty() ? tr("is not a valid endpoint") : why });
        else
            endpoint = e;
    }
    int timeoutMs = 60000;
    if (parser.isSet(u"timeout"_s)) {
        const auto t = FieldParse::textInteger(parser.value(u"timeout"_s), u"--timeout"_s, issues);
        if (t && (*t < 1 || *t > 3600))
            issues.append({ u"--timeout"_s, tr("must be from 1 to 3600 seconds (got %1)").arg(*t) });
        else if (t)
            timeoutMs = static_cast<int>(*t * 1000);
    }
    const QString language = parser.value(u"language"_s);
    if (parser.isSet(u"language"_s) && !Profile::languages().contains(language))
        issues.append({ u"--language"_s, tr("must be zh-CN or en-US (got \"%1\")").arg(language) });
    std::optional<ProxySettings> proxy;
    if (parser.isSet(u"proxy"_s)) {
        QString why;
        const ProxySettings parsed = ProxySettings::parse(parser.value(u"proxy"_s), &why);
        if (!why.isEmpty())
            issues.append({ u"--proxy"_s, why });
        else if (const ValidationIssues proxyIssues = parsed.validate(); !proxyIssues.isEmpty())
            issues.append({ u"--proxy"_s, proxyIssues.first().message });
        else
            proxy = parsed;
    }
    const QString proxyPassword = env->env().value(u"AIGC_PROXY_PASSWORD"_s);
    const QString region = parser.value(u"region"_s);
    if (parser.isSet(u"region"_s) && !Profile::isValidRegion(region))
        issues.append(
            { u"--region"_s, tr("is not a region name such as ap-singapore (got \"%1\")").arg(region) });
    if (!issues.isEmpty()) {
        base.error = issues.first().toString();
        base.exitCode = ExitBadInput;
        callback(base);
        return;
    }

    const QString profileName = parser.value(u"profile"_s);
    const bool regionSet = parser.isSet(u"region"_s);
    const bool languageSet = parser.isSet(u"language"_s);
    env->resolver()->resolve(profileName, context, [=](const ResolvedCredentials& resolved) {
        Result r;
        r.resolved = resolved;
        // Every request of this process (calls, uploads, downloads) follows --proxy, else the
        // profile's setting, else the system's.
        if (proxy)
            proxy->applyTo(env->network(), proxyPassword);
        else if (resolved.isOk())
            resolved.profile.proxy.applyTo(env->network(), resolved.proxyPassword);
        else
            ProxySettings {}.applyTo(env->network());
        if (!resolved.isOk()) {
            r.error = resolved.error.isEmpty() ? tr("no credentials found: use --profile, set "
                                                    "TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY, "
                                                    "or add a profile with \"aigc-audio profiles add\"")
                                               : resolved.error;
            r.exitCode = ExitAuth;
            callback(r);
            return;
        }
        const Profile& p = resolved.profile;
        VodClient::Config& c = r.config;
        c.credentials = resolved.credentials;
        c.baseUrl = (endpoint ? *endpoint : p.endpoint).baseUrl();
        c.region = regionSet ? region : p.region;
        c.language = languageSet ? language : p.language;
        c.subAppId = subAppId ? subAppId : p.subAppId;
        c.timeoutMs = timeoutMs;
        c.requestClient = QStringLiteral("AigcAudioCli_" AIGC_VERSION);
        callback(r);
    });
}
