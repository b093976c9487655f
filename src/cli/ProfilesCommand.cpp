#include "cli/ProfilesCommand.h"

#include "cli/CliEnvironment.h"
#include "cli/ExitCode.h"
#include "core/profiles/CredentialResolver.h"
#include "core/profiles/EnvCredentials.h"
#include "core/profiles/ProfileManager.h"
#include "core/profiles/ProfileStore.h"
#include "core/profiles/SdkCredentialsFile.h"
#include "core/profiles/SecretStore.h"
#include "core/profiles/TccliProfiles.h"
#include "core/support/FieldParse.h"

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
// ": The profile file ... is damaged (...)" when it is, so that "no profile" is never the whole story.
QString damageNote(const ProfileStore* store)
{
    const QString damage = store->damage();
    return damage.isEmpty() ? QString() : u": "_s + damage;
}
} // namespace

QString ProfilesCommand::summary() const
{
    return tr("Manage saved profiles (endpoint, region, SubAppId, language and credentials).\n"
              "  list                 all profiles (the default one is marked *)\n"
              "  show NAME            one profile, SecretId masked\n"
              "  add NAME             create or replace; the SecretKey is read from standard input\n"
              "                       (without echo on a terminal), or --from-env\n"
              "  edit NAME            change --endpoint, --region, --sub-app-id, --language or --proxy,\n"
              "                       keeping the secrets\n"
              "  remove NAME          delete the profile and its secrets\n"
              "  import               copy credentials from --from tccli|sdk|env into a profile\n"
              "  default NAME         use NAME when --profile is not given");
}

void ProfilesCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption(
        { u"endpoint"_s, tr("add: china (default), intl, region:NAME or a base URL."), u"URL"_s });
    parser.addOption({ u"region"_s, tr("add: X-TC-Region to send (e.g. ap-singapore)."), u"REGION"_s });
    parser.addOption({ u"sub-app-id"_s, tr("add: the SubAppId to send."), u"ID"_s });
    parser.addOption({ u"language"_s, tr("add: zh-CN or en-US."), u"LANG"_s });
    parser.addOption({ u"proxy"_s,
        tr("add/edit: system (default: the http_proxy, https_proxy, all_proxy and no_proxy variables), "
           "none, http://[USER@]HOST:PORT or socks5://[USER@]HOST:PORT. With a USER, the proxy password "
           "is read from standard input like the SecretKey and kept with the secrets."),
        u"URL"_s });
    parser.addOption({ u"secret-id"_s, tr("add: the SecretId."), u"ID"_s });
    parser.addOption(
        { u"with-token"_s, tr("add: also read a token (temporary credentials) from standard input.") });
    parser.addOption(
        { u"from-env"_s, tr("add: take SecretId, SecretKey and token from TENCENTCLOUD_* variables.") });
    parser.addOption({ u"plaintext"_s,
        tr("add/import: keep the secrets in a file readable only by you (mode 0600) instead of the system "
           "keychain. Not recommended.") });
    parser.addOption({ u"default"_s, tr("add/import: make it the default profile.") });
    parser.addOption({ u"from"_s,
        tr("import: tccli (the official CLI's files), sdk (~/.tencentcloud/credentials) or env."),
        u"SOURCE"_s, u"tccli"_s });
    parser.addOption({ u"source-profile"_s,
        tr("import: the tccli profile or INI section to read (default: default)."), u"NAME"_s });
    parser.addOption(
        { u"name"_s, tr("import: the name of the new profile (default: the source's name)."), u"NAME"_s });
}

void ProfilesCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0, u"list"_s);
    const QString target = args.value(1);
    const bool needsName = action == "show"_L1 || action == "add"_L1 || action == "edit"_L1
        || action == "remove"_L1 || action == "default"_L1;
    if (needsName && target.isEmpty()) {
        fail(ExitBadInput, tr("\"%1\" needs a profile NAME").arg(action));
        return;
    }
    // Secrets that a crash left without their profile are removed on the side (what is not finished
    // when this command ends stays recorded for the next run).
    if (!env()->profiles()->secretsToRemove().isEmpty())
        env()->profileManager()->cleanUp(this);
    if (action == "list"_L1)
        list();
    else if (action == "show"_L1)
        show(target);
    else if (action == "add"_L1)
        add(target, parser);
    else if (action == "edit"_L1)
        edit(target, parser);
    else if (action == "remove"_L1)
        remove(target);
    else if (action == "import"_L1)
        import(parser);
    else if (action == "default"_L1)
        makeDefault(target);
    else
        fail(ExitBadInput,
            tr("unknown action \"%1\": use list, show, add, edit, remove, import or default").arg(action));
}

void ProfilesCommand::failWrite(const QString& error)
{
    fail(ExitNetwork, error);
}

void ProfilesCommand::sayNotice()
{
    if (!env()->profiles()->notice().isEmpty())
        env()->err() << tr("warning: %1").arg(env()->profiles()->notice()) << u'\n';
}

void ProfilesCommand::list()
{
    ProfileStore* store = env()->profiles();
    if (const QString damage = store->damage(); !damage.isEmpty()) {
        fail(ExitFailure,
            tr("%1. Repair it or move it away; the next change to the profiles moves it aside and starts a "
               "new file.")
                .arg(damage));
        return;
    }
    const QList<Profile> profiles = store->list();
    if (profiles.isEmpty()) {
        env()->err() << tr("No profiles yet. Add one with \"aigc-audio profiles add NAME --secret-id ID\" or "
                           "\"aigc-audio profiles import\".")
                     << u'\n';
        done(ExitOk);
        return;
    }
    const QString def = store->defaultProfileName();
    for (const Profile& p : profiles) {
        SecretStore* secrets = env()->resolver()->secretStoreFor(p);
        QString line = (p.name == def ? u"* "_s : u"  "_s) + p.name + u"  "_s + p.endpoint.displayName();
        if (!p.region.isEmpty())
            line += u"  region="_s + p.region;
        if (p.subAppId)
            line += u"  SubAppId="_s + QString::number(*p.subAppId);
        if (!p.language.isEmpty())
            line += u"  language="_s + p.language;
        if (p.proxy.mode != ProxySettings::Mode::System)
            line += u"  proxy="_s + p.proxy.toString();
        line += u"  ["_s + secrets->storageDescription(p.name) + u']';
        env()->out() << line << u'\n';
    }
    done(ExitOk);
}

void ProfilesCommand::show(const QString& name)
{
    const auto p = env()->profiles()->profile(name);
    if (!p) {
        fail(ExitBadInput, tr("no profile named \"%1\"").arg(name) + damageNote(env()->profiles()));
        return;
    }
    SecretStore* secrets = env()->resolver()->secretStoreFor(*p);
    secrets->read(name, this, [this, profile = *p, secrets](Credentials c, QString error) {
        QTextStream& out = env()->out();
        out << tr("Name:       %1").arg(profile.name) << u'\n';
        out << tr("Endpoint:   %1").arg(profile.endpoint.displayName()) << u'\n';
        out << tr("Region:     %1").arg(profile.region.isEmpty() ? tr("(not sent)") : profile.region)
            << u'\n';
        out << tr("SubAppId:   %1")
                   .arg(profile.subAppId ? QString::number(*profile.subAppId) : tr("(not sent)"))
            << u'\n';
        out << tr("Language:   %1")
                   .arg(profile.language.isEmpty() ? tr("(service default)") : profile.language)
            << u'\n';
        out << tr("Proxy:      %1")
                   .arg(profile.proxy.mode == ProxySettings::Mode::System ? tr("system settings")
                                                                          : profile.proxy.toString()
                               + (profile.proxy.usesPassword() ? tr(" (password set, hidden)") : QString()))
            << u'\n';
        out << tr("SecretId:   %1")
                   .arg(error.isEmpty() ? Credentials::maskId(c.secretId) : tr("(unreadable: %1)").arg(error))
            << u'\n';
        out << tr("SecretKey:  %1").arg(c.secretKey.isEmpty() ? tr("(none)") : tr("(set, hidden)")) << u'\n';
        out << tr("Token:      %1").arg(c.token.isEmpty() ? tr("(none)") : tr("(set, hidden)")) << u'\n';
        out << tr("Secrets:    %1").arg(secrets->storageDescription(profile.name)) << u'\n';
        done(error.isEmpty() ? ExitOk : ExitAuth);
    });
}

QString ProfilesCommand::readSecretLine(const QString& prompt, QTextStream& err)
{
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved {};
    if (terminal) {
        err << prompt;
        err.flush();
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    // stdio's own buffer, shared by every call: a QTextStream per call would swallow the next lines
    // (the token, the proxy password) into a buffer that dies with it.
    QByteArray bytes;
    char chunk[1024];
    while (std::fgets(chunk, sizeof chunk, stdin)) {
        bytes += chunk;
        if (bytes.endsWith('\n'))
            break;
    }
    const QString line = QString::fromUtf8(bytes);
    std::fill(std::begin(chunk), std::end(chunk), '\0');
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err << u'\n';
        err.flush();
    }
    return line.trimmed();
}

void ProfilesCommand::add(const QString& name, const QCommandLineParser& parser)
{
    Profile p;
    p.name = name;
    ValidationIssues issues;
    QString why;
    p.endpoint = Endpoint::parse(parser.value(u"endpoint"_s), &why);
    if (!why.isEmpty())
        issues.append({ u"--endpoint"_s, why });
    p.region = parser.value(u"region"_s);
    p.language = parser.value(u"language"_s);
    if (parser.isSet(u"sub-app-id"_s))
        p.subAppId = FieldParse::textUnsigned(parser.value(u"sub-app-id"_s), u"--sub-app-id"_s, issues);
    p.plaintextSecrets = parser.isSet(u"plaintext"_s);
    if (parser.isSet(u"proxy"_s)) {
        QString proxyWhy;
        p.proxy = ProxySettings::parse(parser.value(u"proxy"_s), &proxyWhy);
        if (!proxyWhy.isEmpty())
            issues.append({ u"--proxy"_s, proxyWhy });
    }
    issues += p.validate();
    if (parser.isSet(u"from-env"_s)) {
        const EnvCredentials e = EnvCredentials::fromEnvironment(env()->env());
        if (!e.isUsable())
            issues.append({ u"--from-env"_s,
                e.error().isEmpty() ? tr("TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY are not set")
                                    : e.error() });
        p.credentials = e.credentials();
        if (p.region.isEmpty())
            p.region = e.region();
    } else {
        p.credentials.secretId = parser.value(u"secret-id"_s).trimmed();
        if (p.credentials.secretId.isEmpty())
            issues.append({ u"--secret-id"_s, tr("is required (or use --from-env)") });
    }
    if (!issues.isEmpty()) {
        fail(ExitBadInput, issues.first().toString());
        return;
    }
    if (!parser.isSet(u"from-env"_s)) {
        p.credentials.secretKey = readSecretLine(
            tr("SecretKey for %1: ").arg(Credentials::maskId(p.credentials.secretId)), env()->err());
        if (parser.isSet(u"with-token"_s))
            p.credentials.token = readSecretLine(tr("Token: "), env()->err());
        if (p.credentials.secretKey.isEmpty()) {
            fail(ExitBadInput, tr("SecretKey: none was given on standard input"));
            return;
        }
    }
    if (p.proxy.usesPassword())
        m_proxyPassword = readSecretLine(
            tr("Password of %1 for the proxy %2: ").arg(p.proxy.user, p.proxy.host), env()->err());
    store(p, parser.isSet(u"default"_s));
}

void ProfilesCommand::edit(const QString& name, const QCommandLineParser& parser)
{
    std::optional<Profile> stored = env()->profiles()->profile(name);
    if (!stored) {
        fail(ExitBadInput, tr("no profile named \"%1\"").arg(name) + damageNote(env()->profiles()));
        return;
    }
    Profile p = *stored;
    ValidationIssues issues;
    if (parser.isSet(u"endpoint"_s)) {
        QString why;
        p.endpoint = Endpoint::parse(parser.value(u"endpoint"_s), &why);
        if (!why.isEmpty())
            issues.append({ u"--endpoint"_s, why });
    }
    if (parser.isSet(u"region"_s))
        p.region = parser.value(u"region"_s);
    if (parser.isSet(u"language"_s))
        p.language = parser.value(u"language"_s);
    if (parser.isSet(u"sub-app-id"_s))
        p.subAppId = parser.value(u"sub-app-id"_s).isEmpty()
            ? std::nullopt
            : FieldParse::textUnsigned(parser.value(u"sub-app-id"_s), u"--sub-app-id"_s, issues);
    const bool proxyChanged = parser.isSet(u"proxy"_s);
    if (proxyChanged) {
        QString why;
        p.proxy = ProxySettings::parse(parser.value(u"proxy"_s), &why);
        if (!why.isEmpty())
            issues.append({ u"--proxy"_s, why });
    }
    issues += p.validate();
    if (!issues.isEmpty()) {
        fail(ExitBadInput, issues.first().toString());
        return;
    }
    ProfileManager::Change change;
    change.profile = p;
    change.previousName = name;
    change.secretsChanged = false;
    if (proxyChanged && p.proxy.usesPassword())
        change.proxyPassword = readSecretLine(
            tr("Password of %1 for the proxy %2: ").arg(p.proxy.user, p.proxy.host), env()->err());
    env()->profileManager()->save(change, this, [this, p](const ProfileManager::Result& result) {
        if (!result.isOk()) {
            failWith(result, p.name);
            return;
        }
        warn(result);
        env()->out() << tr("Saved profile \"%1\" (%2; proxy: %3)")
                            .arg(p.name, p.endpoint.displayName(), p.proxy.toString())
                     << u'\n';
        done(ExitOk);
    });
}

void ProfilesCommand::store(const Profile& p, bool makeDefault)
{
    ProfileManager::Change change;
    change.profile = p;
    change.previousName = env()->profiles()->contains(p.name) ? p.name : QString(); // add replaces
    change.makeDefault = makeDefault;
    change.defaultWhenNone = true;
    if (p.proxy.usesPassword())
        change.proxyPassword = m_proxyPassword;
    env()->profileManager()->save(change, this, [this, p](const ProfileManager::Result& result) {
        if (!result.isOk()) {
            failWith(result, p.name);
            return;
        }
        warn(result);
        env()->out() << tr("Saved profile \"%1\" (%2); secrets: %3")
                            .arg(p.name, p.endpoint.displayName(), result.storageDescription)
                     << u'\n';
        done(ExitOk);
    });
}

void ProfilesCommand::failWith(const ProfileManager::Result& result, const QString& name)
{
    using Step = ProfileManager::Result::Step;
    switch (result.step) {
    case Step::Secrets:
        fail(ExitAuth,
            tr("the secrets of \"%1\" were not saved: %2\nUse --plaintext to keep them in a 0600 file "
               "instead, if you accept that risk.")
                .arg(name, result.error));
        return;
    case Step::ProxyPassword:
        fail(ExitAuth, tr("the proxy password of \"%1\" was not saved: %2").arg(name, result.error));
        return;
    case Step::Invalid:
        fail(ExitBadInput, result.error);
        return;
    case Step::ProfileFile:
        failWrite(result.error); // the old file is kept
        return;
    default:
        fail(ExitFailure, result.error);
        return;
    }
}

void ProfilesCommand::warn(const ProfileManager::Result& result)
{
    sayNotice();
    if (!result.warning.isEmpty())
        env()->err() << tr("warning: %1").arg(result.warning) << u'\n';
}

void ProfilesCommand::remove(const QString& name)
{
    if (!env()->profiles()->contains(name)) {
        fail(ExitBadInput, tr("no profile named \"%1\"").arg(name) + damageNote(env()->profiles()));
        return;
    }
    env()->profileManager()->remove(name, this, [this, name](const ProfileManager::Result& result) {
        if (!result.isOk()) {
            failWith(result, name);
            return;
        }
        warn(result);
        env()->out() << tr("Removed profile \"%1\"").arg(name) << u'\n';
        done(ExitOk);
    });
}

void ProfilesCommand::import(const QCommandLineParser& parser)
{
    const QString from = parser.value(u"from"_s);
    const QString sourceName = parser.value(u"source-profile"_s);
    Profile p;
    if (from == "tccli"_L1) {
        const TccliProfiles tccli(env()->homeDir());
        const QString n
            = sourceName.isEmpty() ? TccliProfiles::selectedProfileName(env()->env()) : sourceName;
        const TccliProfiles::Entry e = tccli.read(n);
        if (!e.isUsable()) {
            fail(ExitBadInput,
                e.error.isEmpty() ? tr("no tccli profile \"%1\" in %2").arg(n, tccli.directory()) : e.error);
            return;
        }
        p = e.profile;
        p.name = u"tccli-"_s + n;
    } else if (from == "sdk"_L1) {
        const SdkCredentialsFile file(env()->homeDir());
        const SdkCredentialsFile::Entry e = file.read(sourceName.isEmpty() ? u"default"_s : sourceName);
        if (!e.isUsable()) {
            fail(ExitBadInput,
                e.error.isEmpty() ? tr("no section [%1] in %2").arg(e.section, file.displayPath()) : e.error);
            return;
        }
        p.credentials = e.credentials;
        p.name = u"sdk-"_s + e.section;
    } else if (from == "env"_L1) {
        const EnvCredentials e = EnvCredentials::fromEnvironment(env()->env());
        if (!e.isUsable()) {
            fail(ExitBadInput,
                e.error().isEmpty() ? tr("TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY are not set")
                                    : e.error());
            return;
        }
        p.credentials = e.credentials();
        p.region = e.region();
        p.name = u"env"_s;
    } else {
        fail(ExitBadInput, tr("--from: must be tccli, sdk or env (got \"%1\")").arg(from));
        return;
    }
    if (parser.isSet(u"name"_s))
        p.name = parser.value(u"name"_s);
    p.plaintextSecrets = parser.isSet(u"plaintext"_s);
    const ValidationIssues issues = p.validate();
    if (!issues.isEmpty()) {
        fail(ExitBadInput, issues.first().toString());
        return;
    }
    store(p, parser.isSet(u"default"_s));
}

void ProfilesCommand::makeDefault(const QString& name)
{
    QString error;
    if (!env()->profiles()->contains(name)) {
        fail(ExitBadInput, tr("no profile named \"%1\"").arg(name) + damageNote(env()->profiles()));
        return;
    }
    if (!env()->profileManager()->setDefault(name, &error)) {
        failWrite(error);
        return;
    }
    env()->out() << tr("\"%1\" is now the default profile").arg(name) << u'\n';
    done(ExitOk);
}
