// The profile-file importers: the SDKs' INI credentials file (SdkCredentialsFile), the official CLI's
// <name>.credential / <name>.configure JSON (TccliProfiles) and the environment (EnvCredentials).
//
// Input: the bytes before the first NUL are ~/.tencentcloud/credentials and ~/.tccli/default.credential;
// the bytes after it are ~/.tccli/default.configure and, one NAME=VALUE a line, the environment.
// The files are written into a private temporary home, read back through the importers' own paths.
#include "FuzzSupport.h"
#include "core/profiles/EnvCredentials.h"
#include "core/profiles/SdkCredentialsFile.h"
#include "core/profiles/TccliProfiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

QTemporaryDir* home()
{
    static QTemporaryDir* dir = [] {
        auto* d = new QTemporaryDir();
        if (!d->isValid())
            FuzzSupport::fail("no temporary directory");
        QDir(d->path()).mkpath(u".tencentcloud"_s);
        QDir(d->path()).mkpath(u".tccli"_s);
        return d;
    }();
    return dir;
}

void write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        FuzzSupport::fail("cannot write", path);
}

// `publicText`: what the message may quote (a region, a section name); a secret that is part of it is
// not a finding.
void checkNoSecretInError(const QString& error, const QString& secret, const QString& publicText = {})
{
    if (secret.size() >= 8 && !error.isEmpty() && !publicText.contains(secret))
        FuzzSupport::check(!error.contains(secret), "an error message quotes a secret", error);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    FuzzSupport::quietQt();
    home();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = FuzzSupport::bytes(data, size);
    const qsizetype nul = input.indexOf('\0');
    const QByteArray first = nul < 0 ? input : input.left(nul);
    const QByteArray second = nul < 0 ? QByteArray() : input.mid(nul + 1);
    const QString dir = home()->path();

    // INI, parsed directly and through the file.
    const SdkCredentialsFile::Parsed parsed = SdkCredentialsFile::parse(first);
    for (const QString& name : parsed.sectionNames)
        FuzzSupport::check(parsed.sections.contains(name), "a listed section is missing");
    for (const auto& section : parsed.sections) {
        for (auto it = section.cbegin(); it != section.cend(); ++it)
            FuzzSupport::check(it.key() == it.key().toLower(), "a key not lower-cased", it.key());
    }
    // A parse error says where, never what: "line 4: ...".
    if (!parsed.error.isEmpty())
        FuzzSupport::check(
            parsed.error.startsWith("line "_L1), "a parse error that does not name its line", parsed.error);
    write(dir + u"/.tencentcloud/credentials"_s, first);
    const SdkCredentialsFile sdk(dir);
    QString sectionsError;
    const QStringList sections = sdk.sections(&sectionsError);
    const SdkCredentialsFile::Entry entry = sdk.read();
    if (entry.isUsable())
        FuzzSupport::check(!entry.credentials.secretId.isEmpty() && !entry.credentials.secretKey.isEmpty(),
            "a usable SDK entry without its key pair");
    checkNoSecretInError(entry.error, entry.credentials.secretKey, entry.section + u' ' + dir);
    if (!sections.isEmpty())
        (void)sdk.read(sections.constLast());

    // tccli JSON.
    write(dir + u"/.tccli/default.credential"_s, first);
    write(dir + u"/.tccli/default.configure"_s, second);
    const TccliProfiles tccli(dir);
    (void)tccli.profileNames();
    const TccliProfiles::Entry profile = tccli.read(u"default"_s);
    if (profile.isUsable())
        FuzzSupport::check(profile.profile.name == "default"_L1 || !profile.profile.name.isEmpty(),
            "a usable tccli profile without a name");

    // The environment.
    QProcessEnvironment env;
    for (const QByteArray& line : second.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    const EnvCredentials fromEnv = EnvCredentials::fromEnvironment(env);
    if (fromEnv.isUsable())
        FuzzSupport::check(fromEnv.credentials().isComplete(), "usable environment credentials incomplete");
    checkNoSecretInError(fromEnv.error(), fromEnv.credentials().secretKey,
        fromEnv.region() + u' ' + fromEnv.credentials().secretId);
    return 0;
}
