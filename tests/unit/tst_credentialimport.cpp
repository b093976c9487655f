// Credentials users already have (spec §8): the environment, the official CLI's profiles, the SDKs'
// shared INI file; and the resolver's order across them and the profile store. Every case runs in a
// temporary home with an injected environment: the real ~ is never read.
#include "core/profiles/CredentialResolver.h"
#include "core/profiles/EnvCredentials.h"
#include "core/profiles/MemorySecretStore.h"
#include "core/profiles/PlaintextSecretStore.h"
#include "core/profiles/ProfileStore.h"
#include "core/profiles/SdkCredentialsFile.h"
#include "core/profiles/TccliProfiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Credentials)
Q_DECLARE_METATYPE(Endpoint)
Q_DECLARE_METATYPE(QProcessEnvironment)

namespace {
// Distinct secrets per source, so a test can tell which one won and that none leaks into a message.
const QString kProfileKey = u"profile-SECRET-key-1111111111"_s;
const QString kEnvKey = u"env-SECRET-key-2222222222"_s;
const QString kTccliKey = u"tccli-SECRET-key-3333333333"_s;
const QString kIniKey = u"ini-SECRET-key-4444444444"_s;
const QString kToken = u"SESSION-token-5555555555"_s;

bool writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(content) == content.size();
}

QProcessEnvironment envOf(const QList<std::pair<QString, QString>>& vars)
{
    QProcessEnvironment env;
    for (const auto& [k, v] : vars)
        env.insert(k, v);
    return env;
}

// A home with every file-based source present.
struct Home
{
    QTemporaryDir dir;
    QString path() const { return dir.path(); }
    bool addTccli(const QString& name, const QByteArray& credential, const QByteArray& configure = {})
    {
        bool ok = writeFile(path() + u"/.tccli/"_s + name + u".credential"_s, credential);
        if (!configure.isNull())
            ok = ok && writeFile(path() + u"/.tccli/"_s + name + u".configure"_s, configure);
        return ok;
    }
    bool addIni(const QByteArray& content)
    {
        return writeFile(path() + u"/.tencentcloud/credentials"_s, content);
    }
};

QByteArray tccliCredential(const QString& id, const QString& key, const QString& token = {})
{
    QByteArray json = "{\"secretId\": \"" + id.toUtf8() + "\", \"secretKey\": \"" + key.toUtf8() + "\"";
    if (!token.isEmpty())
        json += ", \"token\": \"" + token.toUtf8() + "\"";
    return json + "}\n";
}

void verifyNoSecret(const QString& text)
{
    for (const QString& secret : { kProfileKey, kEnvKey, kTccliKey, kIniKey, kToken })
        QVERIFY2(!text.contains(secret), qPrintable(u"a secret leaked into: "_s + text.left(40)));
}
} // namespace

class TestCredentialImport : public QObject
{
    Q_OBJECT

private slots:
    // EnvCredentials
    void envNothingSet();
    void envKeyPair();
    void envTokenVariables_data();
    void envTokenVariables();
    void envErrors_data();
    void envErrors();

    // TccliProfiles
    void tccliNewLayout();
    void tccliOldLayout();
    void tccliEndpoints_data();
    void tccliEndpoints();
    void tccliMissingFiles();
    void tccliProfileNamesAndSelection();
    void tccliMalformed_data();
    void tccliMalformed();

    // SdkCredentialsFile
    void iniParsing_data();
    void iniParsing();
    void iniSections();
    void iniMissingFileAndSection();
    void iniMalformed_data();
    void iniMalformed();

    // CredentialResolver
    void resolverOrder();
    void resolverDefaultProfile();
    void resolverExplicitMissingProfileIsAnError();
    void resolverProfileWithoutSecretsIsAnError();
    void resolverSecretStoreErrorIsAnError();
    void resolverPlaintextProfile();
    void resolverTccliProfileFromEnvironment();
    void resolverBrokenSourceStopsTheSearch_data();
    void resolverBrokenSourceStopsTheSearch();
    void resolverNothingFound();
    void resolverCallsBackLater();

private:
    static ResolvedCredentials resolveNow(CredentialResolver& resolver, const QString& profile);
};

ResolvedCredentials TestCredentialImport::resolveNow(CredentialResolver& resolver, const QString& profile)
{
    auto result = std::make_shared<std::optional<ResolvedCredentials>>();
    QObject context;
    resolver.resolve(profile, &context, [result](const ResolvedCredentials& r) { *result = r; });
    [&] { QTRY_VERIFY(result->has_value()); }();
    return result->value_or(ResolvedCredentials());
}

// ---- EnvCredentials ---------------------------------------------------------------------------

void TestCredentialImport::envNothingSet()
{
    const EnvCredentials env = EnvCredentials::fromEnvironment(envOf({ { u"HOME"_s, u"/x"_s } }));
    QVERIFY(!env.isPresent());
    QVERIFY(!env.isUsable());
    QVERIFY(env.error().isEmpty());
    // Empty values count as unset.
    QVERIFY(
        !EnvCredentials::fromEnvironment(envOf({ { u"TENCENTCLOUD_SECRET_ID"_s, QString() } })).isPresent());
}

void TestCredentialImport::envKeyPair()
{
    const EnvCredentials env = EnvCredentials::fromEnvironment(envOf({
        { u"TENCENTCLOUD_SECRET_ID"_s, u" AKIDexample1234 "_s }, // stray spaces from a copy-paste
        { u"TENCENTCLOUD_SECRET_KEY"_s, kEnvKey },
        { u"TENCENTCLOUD_REGION"_s, u"ap-singapore"_s },
    }));
    QVERIFY(env.isUsable());
    QCOMPARE(env.credentials(), (Credentials { u"AKIDexample1234"_s, kEnvKey, {} }));
    QCOMPARE(env.region(), u"ap-singapore"_s);
    QVERIFY(env.tokenVariable().isEmpty());
}

void TestCredentialImport::envTokenVariables_data()
{
    QTest::addColumn<QString>("sessionToken");
    QTest::addColumn<QString>("cliToken");
    QTest::addColumn<QString>("expectedToken");
    QTest::addColumn<QString>("expectedVariable");
    QTest::newRow("TENCENTCLOUD_SESSION_TOKEN (Node SDK)")
        << kToken << QString() << kToken << u"TENCENTCLOUD_SESSION_TOKEN"_s;
    QTest::newRow("TENCENTCLOUD_TOKEN (official CLI)")
        << QString() << kToken << kToken << u"TENCENTCLOUD_TOKEN"_s;
    QTest::newRow("both, the same") << kToken << kToken << kToken << u"TENCENTCLOUD_SESSION_TOKEN"_s;
    QTest::newRow("neither") << QString() << QString() << QString() << QString();
}

void TestCredentialImport::envTokenVariables()
{
    QFETCH(QString, sessionToken);
    QFETCH(QString, cliToken);
    QFETCH(QString, expectedToken);
    QFETCH(QString, expectedVariable);
    QProcessEnvironment e = envOf(
        { { u"TENCENTCLOUD_SECRET_ID"_s, u"AKIDexample1234"_s }, { u"TENCENTCLOUD_SECRET_KEY"_s, kEnvKey } });
    if (!sessionToken.isEmpty())
        e.insert(u"TENCENTCLOUD_SESSION_TOKEN"_s, sessionToken);
    if (!cliToken.isEmpty())
        e.insert(u"TENCENTCLOUD_TOKEN"_s, cliToken);
    const EnvCredentials env = EnvCredentials::fromEnvironment(e);
    QVERIFY2(env.isUsable(), qPrintable(env.error()));
    QCOMPARE(env.credentials().token, expectedToken);
    QCOMPARE(env.tokenVariable(), expectedVariable);
}

void TestCredentialImport::envErrors_data()
{
    QTest::addColumn<QProcessEnvironment>("environment");
    QTest::addColumn<QString>("error");
    QTest::newRow("id without key") << envOf({ { u"TENCENTCLOUD_SECRET_ID"_s, u"AKIDexample1234"_s } })
                                    << u"TENCENTCLOUD_SECRET_ID is set but TENCENTCLOUD_SECRET_KEY is not: "
                                       "set both, or neither"_s;
    QTest::newRow("key without id") << envOf({ { u"TENCENTCLOUD_SECRET_KEY"_s, kEnvKey } })
                                    << u"TENCENTCLOUD_SECRET_KEY is set but TENCENTCLOUD_SECRET_ID is not: "
                                       "set both, or neither"_s;
    QTest::newRow("two different tokens") << envOf(
        { { u"TENCENTCLOUD_SECRET_ID"_s, u"AKIDexample1234"_s }, { u"TENCENTCLOUD_SECRET_KEY"_s, kEnvKey },
            { u"TENCENTCLOUD_SESSION_TOKEN"_s, kToken }, { u"TENCENTCLOUD_TOKEN"_s, u"other-token"_s } })
                                          << u"TENCENTCLOUD_SESSION_TOKEN and TENCENTCLOUD_TOKEN are both "
                                             u"set, to different tokens: unset one of "
                                             "them"_s;
    QTest::newRow("bad region")
        << envOf({ { u"TENCENTCLOUD_SECRET_ID"_s, u"AKIDexample1234"_s },
               { u"TENCENTCLOUD_SECRET_KEY"_s, kEnvKey }, { u"TENCENTCLOUD_REGION"_s, u"Singapore"_s } })
        << u"TENCENTCLOUD_REGION \"Singapore\" is not a region name such as ap-singapore"_s;
}

void TestCredentialImport::envErrors()
{
    QFETCH(QProcessEnvironment, environment);
    QFETCH(QString, error);
    const EnvCredentials env = EnvCredentials::fromEnvironment(environment);
    QVERIFY(env.isPresent());
    QVERIFY(!env.isUsable());
    QCOMPARE(env.error(), error);
    verifyNoSecret(env.error());
}

// ---- TccliProfiles ----------------------------------------------------------------------------

void TestCredentialImport::tccliNewLayout()
{
    Home home;
    QVERIFY(home.addTccli(u"default"_s, tccliCredential(u"AKIDexample1234"_s, kTccliKey, kToken),
        R"({"_sys_param": {"region": "ap-singapore", "output": "json", "language": "en-US"},
            "vod": {"endpoint": "vod.intl.tencentcloudapi.com", "version": "2018-07-17"}})"));
    const TccliProfiles::Entry e = TccliProfiles(home.path()).read(u"default"_s);
    QVERIFY2(e.isUsable(), qPrintable(e.error));
    QCOMPARE(e.profile.name, u"default"_s);
    QCOMPARE(e.profile.credentials, (Credentials { u"AKIDexample1234"_s, kTccliKey, kToken }));
    QCOMPARE(e.profile.region, u"ap-singapore"_s);
    QCOMPARE(e.profile.language, u"en-US"_s);
    QCOMPARE(e.profile.endpoint, Endpoint::international());
    QCOMPARE(e.credentialPath, home.path() + u"/.tccli/default.credential"_s);
}

void TestCredentialImport::tccliOldLayout()
{
    Home home;
    QVERIFY(home.addTccli(u"default"_s, tccliCredential(u"AKIDexample1234"_s, kTccliKey),
        R"({"region": "ap-guangzhou", "output": "json"})"));
    const TccliProfiles::Entry e = TccliProfiles(home.path()).read(u"default"_s);
    QVERIFY2(e.isUsable(), qPrintable(e.error));
    QCOMPARE(e.profile.region, u"ap-guangzhou"_s);
    QCOMPARE(e.profile.endpoint, Endpoint::china());
    QVERIFY(e.profile.language.isEmpty());
    QVERIFY(e.profile.credentials.token.isEmpty());
}

void TestCredentialImport::tccliEndpoints_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<Endpoint>("expected");
    QTest::newRow("china") << u"vod.tencentcloudapi.com"_s << Endpoint::china();
    QTest::newRow("international") << u"vod.intl.tencentcloudapi.com"_s << Endpoint::international();
    QTest::newRow("pinned region") << u"vod.ap-singapore.tencentcloudapi.com"_s
                                   << Endpoint::region(u"ap-singapore"_s);
    QTest::newRow("none") << QString() << Endpoint::china();
}

void TestCredentialImport::tccliEndpoints()
{
    QFETCH(QString, endpoint);
    QFETCH(Endpoint, expected);
    Home home;
    const QByteArray configure = endpoint.isEmpty()
        ? QByteArray(R"({"_sys_param": {"region": "ap-singapore"}, "vod": {"version": "2018-07-17"}})")
        : R"({"_sys_param": {"region": "ap-singapore"}, "vod": {"endpoint": ")" + endpoint.toUtf8() + "\"}}";
    QVERIFY(home.addTccli(u"default"_s, tccliCredential(u"AKIDexample1234"_s, kTccliKey), configure));
    const TccliProfiles::Entry e = TccliProfiles(home.path()).read(u"default"_s);
    QVERIFY2(e.isUsable(), qPrintable(e.error));
    QCOMPARE(e.profile.endpoint, expected);
}

void TestCredentialImport::tccliMissingFiles()
{
    Home home;
    TccliProfiles tccli(home.path());
    TccliProfiles::Entry e = tccli.read(u"default"_s); // no ~/.tccli at all
    QVERIFY(!e.found);
    QVERIFY(e.error.isEmpty());
    QVERIFY(tccli.profileNames().isEmpty());

    // A credential without a configure file: China site, no region.
    QVERIFY(home.addTccli(u"default"_s, tccliCredential(u"AKIDexample1234"_s, kTccliKey)));
    e = tccli.read(u"default"_s);
    QVERIFY(e.isUsable());
    QCOMPARE(e.profile.endpoint, Endpoint::china());
    QVERIFY(e.profile.region.isEmpty());
}

void TestCredentialImport::tccliProfileNamesAndSelection()
{
    Home home;
    QVERIFY(home.addTccli(u"default"_s, tccliCredential(u"AKIDexample1234"_s, kTccliKey), "{}"));
    QVERIFY(home.addTccli(u"work.eu"_s, tccliCredential(u"AKIDexample5678"_s, kTccliKey)));
    QVERIFY(writeFile(home.path() + u"/.tccli/configonly.configure"_s, "{}"));
    QVERIFY(writeFile(home.path() + u"/.tccli/notes.txt"_s, "ignore me"));
    QCOMPARE(TccliProfiles(home.path()).profileNames(),
        (QStringList { u"configonly"_s, u"default"_s, u"work.eu"_s }));
    QVERIFY(!TccliProfiles(home.path()).read(u"configonly"_s).found);

    QCOMPARE(TccliProfiles::selectedProfileName(QProcessEnvironment()), u"default"_s);
    QCOMPARE(
        TccliProfiles::selectedProfileName(envOf({ { u"TCCLI_PROFILE"_s, u"work.eu"_s } })), u"work.eu"_s);
    QCOMPARE(
        TccliProfiles(home.path()).read(u"work.eu"_s).profile.credentials.secretId, u"AKIDexample5678"_s);
}

void TestCredentialImport::tccliMalformed_data()
{
    QTest::addColumn<QByteArray>("credential");
    QTest::addColumn<QByteArray>("configure");
    QTest::addColumn<QString>("error");
    const QByteArray good = tccliCredential(u"AKIDexample1234"_s, kTccliKey);
    const QByteArray noConfigure; // null: not written

    QTest::newRow("credential cut off")
        << QByteArray("{\"secretId\": \"AKIDexample1234\", \"secretKey\": \"" + kTccliKey.toUtf8())
        << noConfigure << u"~/.tccli/default.credential: not valid JSON ("_s;
    QTest::newRow("credential empty")
        << QByteArray("") << noConfigure << u"~/.tccli/default.credential: not valid JSON ("_s;
    QTest::newRow("credential is an array") << QByteArray("[\"AKIDexample1234\"]") << noConfigure
                                            << u"~/.tccli/default.credential: not a JSON object"_s;
    QTest::newRow("credential without secretKey")
        << QByteArray(R"({"secretId": "AKIDexample1234"})") << noConfigure
        << u"~/.tccli/default.credential: \"secretKey\" is missing or "
           "empty"_s;
    QTest::newRow("credential without secretId")
        << QByteArray(R"({"secretKey": "x"})") << noConfigure
        << u"~/.tccli/default.credential: \"secretId\" is missing or empty"_s;
    QTest::newRow("secretKey not a string")
        << QByteArray(R"({"secretId": "AKIDexample1234", "secretKey": 42})") << noConfigure
        << u"~/.tccli/default.credential: \"secretKey\" must be a string"_s;
    QTest::newRow("configure not JSON")
        << good << QByteArray("region = ap-singapore") << u"~/.tccli/default.configure: not valid JSON ("_s;
    QTest::newRow("_sys_param not an object")
        << good << QByteArray(R"({"_sys_param": "ap-singapore"})")
        << u"~/.tccli/default.configure: \"_sys_param\" must be an object"_s;
    QTest::newRow("vod not an object") << good << QByteArray(R"({"vod": ["x"]})")
                                       << u"~/.tccli/default.configure: \"vod\" must be an object"_s;
    QTest::newRow("region not a region")
        << good << QByteArray(R"({"_sys_param": {"region": "Singapore"}})")
        << u"~/.tccli/default.configure: region \"Singapore\" is not a region name "
           "such as ap-singapore"_s;
    QTest::newRow("region not a string") << good << QByteArray(R"({"_sys_param": {"region": 1}})")
                                         << u"~/.tccli/default.configure: \"region\" must be a string"_s;
    QTest::newRow("endpoint unusable")
        << good << QByteArray(R"({"vod": {"endpoint": "ftp://vod.example.com"}})")
        << u"~/.tccli/default.configure: vod endpoint: \"ftp://vod.example.com\" is "
           "not an endpoint: use china, intl, region:NAME or an http(s):// URL"_s;
}

void TestCredentialImport::tccliMalformed()
{
    QFETCH(QByteArray, credential);
    QFETCH(QByteArray, configure);
    QFETCH(QString, error);
    Home home;
    QVERIFY(home.addTccli(u"default"_s, credential, configure));
    const TccliProfiles::Entry e = TccliProfiles(home.path()).read(u"default"_s);
    QVERIFY(e.found);
    QVERIFY(!e.isUsable());
    // JSON syntax errors: the parser's wording and offset are Qt's, only the prefix is ours.
    if (error.endsWith(u'('))
        QVERIFY2(e.error.startsWith(error) && e.error.contains(u" at character "_s), qPrintable(e.error));
    else
        QCOMPARE(e.error, error);
    QCOMPARE(e.profile.credentials, Credentials()); // nothing half-read is handed out
    verifyNoSecret(e.error);
}

// ---- SdkCredentialsFile -----------------------------------------------------------------------

void TestCredentialImport::iniParsing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<Credentials>("expected");
    const Credentials plain { u"AKIDexample1234"_s, kIniKey, {} };
    const Credentials withToken { u"AKIDexample1234"_s, kIniKey, kToken };
    const QByteArray key = kIniKey.toUtf8();

    QTest::newRow("plain") << QByteArray("[default]\nsecret_id=AKIDexample1234\nsecret_key=" + key + "\n")
                           << plain;
    QTest::newRow("spaces around =") << QByteArray(
        "[default]\nsecret_id = AKIDexample1234\n  secret_key   =   " + key + "  \n")
                                     << plain;
    QTest::newRow("comments") << QByteArray(
        "# shared by the SDKs\n; another comment\n[default]\n# the id\nsecret_id "
        "= AKIDexample1234\nsecret_key = "
        + key + "\n") << plain;
    QTest::newRow("CRLF") << QByteArray("[default]\r\nsecret_id = AKIDexample1234\r\nsecret_key = " + key
        + "\r\n") << plain;
    QTest::newRow("double quotes") << QByteArray("[default]\nsecret_id = \"AKIDexample1234\"\nsecret_key = \""
        + key + "\"\n") << plain;
    QTest::newRow("single quotes") << QByteArray("[default]\nsecret_id = 'AKIDexample1234'\nsecret_key = '"
        + key + "'\n") << plain;
    QTest::newRow("token") << QByteArray(
        "[default]\nsecret_id = AKIDexample1234\nsecret_key = " + key + "\ntoken = " + kToken.toUtf8() + "\n")
                           << withToken;
    QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF[default]\nsecret_id=AKIDexample1234\nsecret_key="
        + key) << plain;
    QTest::newRow("keys in upper case")
        << QByteArray("[default]\nSECRET_ID=AKIDexample1234\nSecret_Key=" + key) << plain;
    QTest::newRow("colon separator") << QByteArray("[default]\nsecret_id: AKIDexample1234\nsecret_key: "
        + key) << plain;
    QTest::newRow("inline comment") << QByteArray(
        "[default]\nsecret_id = AKIDexample1234 # main account\nsecret_key = " + key + " ; rotated 2026-01\n")
                                    << plain;
    QTest::newRow("other sections around")
        << QByteArray("[work]\nsecret_id = AKIDwork\nsecret_key = w\n\n[default]\n"
                      "secret_id = AKIDexample1234\nsecret_key = "
               + key + "\n[later]\nsecret_id = x\n")
        << plain;
    // What QSettings would mangle: commas (a list to QSettings), backslashes, '=' and '+' in base64 tokens.
    QTest::newRow("values QSettings mangles")
        << QByteArray("[default]\nsecret_id = AKIDexample1234\nsecret_key = " + key
               + "\ntoken = a+b/c==,d\\e\"f\"\n")
        << Credentials { u"AKIDexample1234"_s, kIniKey, u"a+b/c==,d\\e\"f\""_s };
}

void TestCredentialImport::iniParsing()
{
    QFETCH(QByteArray, content);
    QFETCH(Credentials, expected);
    Home home;
    QVERIFY(home.addIni(content));
    const SdkCredentialsFile file(home.path());
    QVERIFY(file.exists());
    const SdkCredentialsFile::Entry e = file.read();
    QVERIFY2(e.isUsable(), qPrintable(e.error));
    QCOMPARE(e.section, u"default"_s);
    QCOMPARE(e.credentials, expected);
}

void TestCredentialImport::iniSections()
{
    Home home;
    QVERIFY(home.addIni("[default]\nsecret_id = AKIDexample1234\nsecret_key = k1\n[work eu]\nsecret_id = "
                        "AKIDwork\nsecret_key = k2\ntoken = t2\n"));
    const SdkCredentialsFile file(home.path());
    QString error;
    QCOMPARE(file.sections(&error), (QStringList { u"default"_s, u"work eu"_s }));
    QVERIFY(error.isEmpty());
    const SdkCredentialsFile::Entry e = file.read(u"work eu"_s);
    QVERIFY(e.isUsable());
    QCOMPARE(e.credentials, (Credentials { u"AKIDwork"_s, u"k2"_s, u"t2"_s }));
    QCOMPARE(file.displayPath(), u"~/.tencentcloud/credentials"_s);
}

void TestCredentialImport::iniMissingFileAndSection()
{
    Home home;
    const SdkCredentialsFile file(home.path());
    QVERIFY(!file.exists());
    SdkCredentialsFile::Entry e = file.read();
    QVERIFY(!e.found);
    QVERIFY(e.error.isEmpty());
    QVERIFY(file.sections().isEmpty());

    QVERIFY(home.addIni("[work]\nsecret_id = AKIDwork\nsecret_key = k\n"));
    e = file.read();
    QVERIFY(!e.found); // no [default]: this source has nothing to offer
    QVERIFY(e.error.isEmpty());
}

void TestCredentialImport::iniMalformed_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("error");
    const QByteArray key = kIniKey.toUtf8();
    QTest::newRow("unterminated section")
        << QByteArray("[default\nsecret_id = AKIDexample1234\n")
        << u"~/.tencentcloud/credentials: line 1: a section header must look like "
           "[name]"_s;
    QTest::newRow("empty section name")
        << QByteArray("[ ]\n") << u"~/.tencentcloud/credentials: line 1: the section has no name"_s;
    QTest::newRow("line without =") << QByteArray("[default]\nsecret_id = AKIDexample1234\n" + key
        + "\n") << u"~/.tencentcloud/credentials: line 3: expected key = value or [section]"_s;
    QTest::newRow("no key") << QByteArray("[default]\n= " + key + "\n")
                            << u"~/.tencentcloud/credentials: line 2: a key is missing before '='"_s;
    QTest::newRow("key before any section") << QByteArray("secret_key = " + key + "\n[default]\n")
                                            << u"~/.tencentcloud/credentials: line 1: a key comes before any "
                                               "[section]"_s;
    QTest::newRow("no secret_key") << QByteArray("[default]\nsecret_id = AKIDexample1234\n")
                                   << u"~/.tencentcloud/credentials: section [default] has no secret_key"_s;
    QTest::newRow("no secret_id") << QByteArray("[default]\nsecret_key = " + key + "\n")
                                  << u"~/.tencentcloud/credentials: section [default] has no secret_id"_s;
    QTest::newRow("binary junk") << QByteArray("\x00\x01\x02garbage\n",
        11) << u"~/.tencentcloud/credentials: line 1: expected key = value or [section]"_s;
}

void TestCredentialImport::iniMalformed()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, error);
    Home home;
    QVERIFY(home.addIni(content));
    const SdkCredentialsFile::Entry e = SdkCredentialsFile(home.path()).read();
    QVERIFY(e.found);
    QVERIFY(!e.isUsable());
    QCOMPARE(e.error, error);
    QCOMPARE(e.credentials, Credentials());
    verifyNoSecret(e.error);
}

// ---- CredentialResolver -----------------------------------------------------------------------

void TestCredentialImport::resolverOrder()
{
    Home home;
    QVERIFY(home.addTccli(u"default"_s, tccliCredential(u"AKIDtccli"_s, kTccliKey),
        R"({"_sys_param": {"region": "ap-singapore"}, "vod": {"endpoint": "vod.intl.tencentcloudapi.com"}})"));
    QVERIFY(home.addIni("[default]\nsecret_id = AKIDini\nsecret_key = " + kIniKey.toUtf8() + "\n"));
    ProfileStore profiles(home.path() + u"/config/profiles.ini"_s);
    Profile work;
    work.name = u"work"_s;
    work.endpoint = Endpoint::region(u"ap-singapore"_s);
    work.subAppId = 1500012345;
    work.language = u"zh-CN"_s;
    QVERIFY(profiles.save(work));
    MemorySecretStore secrets;
    secrets.set(u"work"_s, { u"AKIDprofile"_s, kProfileKey, {} });
    const QProcessEnvironment env
        = envOf({ { u"TENCENTCLOUD_SECRET_ID"_s, u"AKIDenv"_s }, { u"TENCENTCLOUD_SECRET_KEY"_s, kEnvKey },
            { u"TENCENTCLOUD_TOKEN"_s, kToken }, { u"TENCENTCLOUD_REGION"_s, u"ap-guangzhou"_s } });
    CredentialResolver resolver(&profiles, &secrets);
    resolver.setHomeDir(home.path());
    resolver.setEnvironment(env);

    // 1. A named profile beats everything.
    ResolvedCredentials r = resolveNow(resolver, u"work"_s);
    QVERIFY2(r.isOk(), qPrintable(r.error));
    QCOMPARE(r.sourceKind, ResolvedCredentials::Source::Profile);
    QCOMPARE(r.source, u"profile \"work\""_s);
    QCOMPARE(r.credentials, (Credentials { u"AKIDprofile"_s, kProfileKey, {} }));
    QCOMPARE(r.profile.endpoint, Endpoint::region(u"ap-singapore"_s));
    QCOMPARE(r.profile.subAppId, std::optional<quint64>(1500012345));
    QCOMPARE(r.profile.language, u"zh-CN"_s);
    QCOMPARE(r.profile.credentials, r.credentials);
    QCOMPARE(r.storage, u"secrets kept in memory only (not saved)"_s);

    // 2. No name, no default profile: the environment beats the files.
    r = resolveNow(resolver, QString());
    QVERIFY2(r.isOk(), qPrintable(r.error));
    QCOMPARE(r.sourceKind, ResolvedCredentials::Source::Environment);
    QCOMPARE(r.source, u"environment"_s);
    QCOMPARE(r.credentials, (Credentials { u"AKIDenv"_s, kEnvKey, kToken }));
    QCOMPARE(r.profile.region, u"ap-guangzhou"_s);
    QCOMPARE(r.profile.endpoint, Endpoint::china());

    // 3. Without the environment: the official CLI's profile beats the SDK file.
    resolver.setEnvironment(envOf({ { u"PATH"_s, u"/usr/bin"_s } }));
    r = resolveNow(resolver, QString());
    QVERIFY2(r.isOk(), qPrintable(r.error));
    QCOMPARE(r.sourceKind, ResolvedCredentials::Source::TccliProfile);
    QCOMPARE(r.source, u"tccli profile \"default\" (~/.tccli/default.credential)"_s);
    QCOMPARE(r.credentials, (Credentials { u"AKIDtccli"_s, kTccliKey, {} }));
    QCOMPARE(r.profile.endpoint, Endpoint::international());
    QCOMPARE(r.profile.region, u"ap-singapore"_s);

    // 4. Last: ~/.tencentcloud/credentials.
    QVERIFY(QFile::remove(home.path() + u"/.tccli/default.credential"_s));
    r = resolveNow(resolver, QString());
    QVERIFY2(r.isOk(), qPrintable(r.error));
    QCOMPARE(r.sourceKind, ResolvedCredentials::Source::SdkCredentialsFile);
    QCOMPARE(r.source, u"~/.tencentcloud/credentials [default]"_s);
    QCOMPARE(r.credentials, (Credentials { u"AKIDini"_s, kIniKey, {} }));
    QCOMPARE(r.profile.endpoint, Endpoint::china());
}

void TestCredentialImport::resolverDefaultProfile()
{
    Home home;
    ProfileStore profiles(home.path() + u"/profiles.ini"_s);
    Profile work;
    work.name = u"work"_s;
    QVERIFY(profiles.save(work));
    MemorySecretStore secrets;
    secrets.set(u"work"_s, { u"AKIDprofile"_s, kProfileKey, {} });
    CredentialResolver resolver(&profiles, &secrets);
    resolver.setHomeDir(home.path());
    resolver.setEnvironment(
        envOf({ { u"TENCENTCLOUD_SECRET_ID"_s, u"AKIDenv"_s }, { u"TENCENTCLOUD_SECRET_KEY"_s, kEnvKey } }));

    QCOMPARE(resolveNow(resolver, QString()).sourceKind, ResolvedCredentials::Source::Environment);
    QVERIFY(profiles.setDefaultProfileName(u"work"_s));
    const ResolvedCredentials r = resolveNow(resolver, QString());
    QVERIFY2(r.isOk(), qPrintable(r.error));
    QCOMPARE(r.source, u"profile \"work\""_s);
    QCOMPARE(r.credentials.secretKey, kProfileKey);
}

void TestCredentialImport::resolverExplicitMissingProfileIsAnError()
{
    Home home;
    ProfileStore profiles(home.path() + u"/profiles.ini"_s);
    MemorySecretStore secrets;
    CredentialResolver resolver(&profiles, &secrets);
    resolver.setHomeDir(home.path());
    resolver.setEnvironment(
        envOf({ { u"TENCENTCLOUD_SECRET_ID"_s, u"AKIDenv"_s }, { u"TENCENTCLOUD_SECRET_KEY"_s, kEnvKey } }));

    ResolvedCredentials r = resolveNow(resolver, u"work"_s);
    QVERIFY(!r.isOk());
    QCOMPARE(r.error, u"There is no profile named \"work\" (no profiles exist yet)"_s);
    QCOMPARE(r.credentials, Credentials()); // not the environment's

    Profile home1;
    home1.name = u"home"_s;
    QVERIFY(profiles.save(home1));
    home1.name = u"lab"_s;
    QVERIFY(profiles.save(home1));
    r = resolveNow(resolver, u"work"_s);
    QCOMPARE(r.error, u"There is no profile named \"work\" (profiles: home, lab)"_s);

    // Without a store at all, a named profile cannot be found either.
    CredentialResolver bare(nullptr, nullptr);
    bare.setHomeDir(home.path());
    bare.setEnvironment(resolver.environment());
    QVERIFY(!resolveNow(bare, u"work"_s).error.isEmpty());
    QCOMPARE(resolveNow(bare, QString()).sourceKind, ResolvedCredentials::Source::Environment);
}

void TestCredentialImport::resolverProfileWithoutSecretsIsAnError()
{
    Home home;
    ProfileStore profiles(home.path() + u"/profiles.ini"_s);
    Profile work;
    work.name = u"work"_s;
    QVERIFY(profiles.save(work));
    QVERIFY(profiles.setDefaultProfileName(u"work"_s));
    MemorySecretStore secrets;
    CredentialResolver resolver(&profiles, &secrets);
    resolver.setHomeDir(home.path());
    resolver.setEnvironment(
        envOf({ { u"TENCENTCLOUD_SECRET_ID"_s, u"AKIDenv"_s }, { u"TENCENTCLOUD_SECRET_KEY"_s, kEnvKey } }));

    for (const QString& name : { u"work"_s, QString() }) { // named, and as the default
        const ResolvedCredentials r = resolveNow(resolver, name);
        QVERIFY(!r.isOk());
        QCOMPARE(r.error,
            u"Profile \"work\" has no SecretId and SecretKey saved (secrets kept in memory only (not "
            u"saved)): enter "
            "them in the profile"_s);
        QCOMPARE(r.sourceKind, ResolvedCredentials::Source::Profile);
    }
}

void TestCredentialImport::resolverSecretStoreErrorIsAnError()
{
    Home home;
    ProfileStore profiles(home.path() + u"/profiles.ini"_s);
    Profile work;
    work.name = u"work"_s;
    QVERIFY(profiles.save(work));
    MemorySecretStore secrets;
    secrets.setError(
        u"The system keychain is not available (no D-Bus): the secrets of profile \"work\" could not "
        "be read"_s);
    CredentialResolver resolver(&profiles, &secrets);
    resolver.setHomeDir(home.path());
    resolver.setEnvironment(
        envOf({ { u"TENCENTCLOUD_SECRET_ID"_s, u"AKIDenv"_s }, { u"TENCENTCLOUD_SECRET_KEY"_s, kEnvKey } }));
    const ResolvedCredentials r = resolveNow(resolver, u"work"_s);
    QCOMPARE(r.error,
        u"Profile \"work\": The system keychain is not available (no D-Bus): the secrets of profile \"work\" "
        u"could "
        "not be read"_s);
    QCOMPARE(r.credentials, Credentials());
}

void TestCredentialImport::resolverPlaintextProfile()
{
    Home home;
    ProfileStore profiles(home.path() + u"/profiles.ini"_s);
    Profile work;
    work.name = u"work"_s;
    work.plaintextSecrets = true;
    QVERIFY(profiles.save(work));
    MemorySecretStore keychain; // stands in for the keychain: must not be asked
    keychain.setError(u"keychain asked"_s);
    PlaintextSecretStore plaintext(home.path() + u"/secrets"_s);
    QVERIFY(plaintext.writeNow(u"work"_s, { u"AKIDplain"_s, kProfileKey, {} }).isEmpty());
    CredentialResolver resolver(&profiles, &keychain);
    resolver.setPlaintextSecretStore(&plaintext);
    resolver.setHomeDir(home.path());
    resolver.setEnvironment({});
    const ResolvedCredentials r = resolveNow(resolver, u"work"_s);
    QVERIFY2(r.isOk(), qPrintable(r.error));
    QCOMPARE(r.credentials.secretKey, kProfileKey);
    QVERIFY(r.plaintextSecrets);
    QCOMPARE(r.storage, u"secrets stored in plain text at "_s + home.path() + u"/secrets/work.json"_s);

    // The emulator demo profile reads from its own store.
    MemorySecretStore demo;
    demo.set(Profile::emulatorProfileName(), { u"AKIDdemo"_s, u"demo-key"_s, {} });
    QVERIFY(profiles.save(Profile::localEmulator(QUrl(u"http://127.0.0.1:8708/"_s))));
    resolver.setEmulatorSecretStore(&demo);
    const ResolvedCredentials d = resolveNow(resolver, Profile::emulatorProfileName());
    QVERIFY2(d.isOk(), qPrintable(d.error));
    QCOMPARE(d.credentials.secretId, u"AKIDdemo"_s);
    QVERIFY(d.profile.emulator);
    QVERIFY(!d.plaintextSecrets);
}

void TestCredentialImport::resolverTccliProfileFromEnvironment()
{
    Home home;
    QVERIFY(home.addTccli(u"default"_s, tccliCredential(u"AKIDdefault"_s, kTccliKey)));
    QVERIFY(home.addTccli(u"intl"_s, tccliCredential(u"AKIDintl"_s, kTccliKey),
        R"({"vod": {"endpoint": "vod.ap-singapore.tencentcloudapi.com"}})"));
    CredentialResolver resolver(nullptr, nullptr);
    resolver.setHomeDir(home.path());
    resolver.setEnvironment(envOf({ { u"TCCLI_PROFILE"_s, u"intl"_s } }));
    const ResolvedCredentials r = resolveNow(resolver, QString());
    QVERIFY2(r.isOk(), qPrintable(r.error));
    QCOMPARE(r.source, u"tccli profile \"intl\" (~/.tccli/intl.credential)"_s);
    QCOMPARE(r.credentials.secretId, u"AKIDintl"_s);
    QCOMPARE(r.profile.endpoint, Endpoint::region(u"ap-singapore"_s));
}

void TestCredentialImport::resolverBrokenSourceStopsTheSearch_data()
{
    QTest::addColumn<QProcessEnvironment>("environment");
    QTest::addColumn<QByteArray>("tccliCredential");
    QTest::addColumn<QString>("error");
    const QByteArray goodTccli = tccliCredential(u"AKIDtccli"_s, kTccliKey);
    QTest::newRow("half a key pair in the environment")
        << envOf({ { u"TENCENTCLOUD_SECRET_ID"_s, u"AKIDenv"_s } }) << goodTccli
        << u"Environment: TENCENTCLOUD_SECRET_ID is set but TENCENTCLOUD_SECRET_KEY is not: set both, or neither"_s;
    QTest::newRow("malformed tccli credential")
        << QProcessEnvironment()
        << QByteArray("{\"secretId\": \"AKIDtccli\", \"secretKey\": " + kTccliKey.toUtf8())
        << u"~/.tccli/default.credential: not valid JSON ("_s;
}

void TestCredentialImport::resolverBrokenSourceStopsTheSearch()
{
    QFETCH(QProcessEnvironment, environment);
    QFETCH(QByteArray, tccliCredential);
    QFETCH(QString, error);
    Home home;
    QVERIFY(home.addTccli(u"default"_s, tccliCredential));
    QVERIFY(home.addIni("[default]\nsecret_id = AKIDini\nsecret_key = " + kIniKey.toUtf8() + "\n"));
    CredentialResolver resolver(nullptr, nullptr);
    resolver.setHomeDir(home.path());
    resolver.setEnvironment(environment);
    const ResolvedCredentials r = resolveNow(resolver, QString());
    QVERIFY(!r.isOk());
    if (error.endsWith(u'('))
        QVERIFY2(r.error.startsWith(error), qPrintable(r.error));
    else
        QCOMPARE(r.error, error);
    QCOMPARE(r.credentials, Credentials()); // the INI file's credentials were not used instead
    verifyNoSecret(r.error);

    // A broken INI file is reported too (when it is the source reached).
    Home iniOnly;
    QVERIFY(iniOnly.addIni("[default]\nsecret_id = AKIDini\n" + kIniKey.toUtf8() + "\n"));
    resolver.setHomeDir(iniOnly.path());
    resolver.setEnvironment({});
    const ResolvedCredentials ini = resolveNow(resolver, QString());
    QCOMPARE(ini.error, u"~/.tencentcloud/credentials: line 3: expected key = value or [section]"_s);
    QCOMPARE(ini.source, u"~/.tencentcloud/credentials [default]"_s);
}

void TestCredentialImport::resolverNothingFound()
{
    Home home;
    CredentialResolver resolver(nullptr, nullptr);
    resolver.setHomeDir(home.path());
    resolver.setEnvironment({});
    const ResolvedCredentials r = resolveNow(resolver, QString());
    QVERIFY(!r.isOk());
    QCOMPARE(r.sourceKind, ResolvedCredentials::Source::None);
    QCOMPARE(r.error,
        u"No credentials found. Tried: the default profile (none is set); the environment "
        u"(TENCENTCLOUD_SECRET_ID "
        "and TENCENTCLOUD_SECRET_KEY are not set); ~/.tccli/default.credential; ~/.tencentcloud/credentials "
        "[default]. Create a profile, or set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY."_s);
}

void TestCredentialImport::resolverCallsBackLater()
{
    Home home;
    CredentialResolver resolver(nullptr, nullptr);
    resolver.setHomeDir(home.path());
    resolver.setEnvironment(
        envOf({ { u"TENCENTCLOUD_SECRET_ID"_s, u"AKIDenv"_s }, { u"TENCENTCLOUD_SECRET_KEY"_s, kEnvKey } }));
    bool called = false;
    auto* context = new QObject;
    resolver.resolve(QString(), context, [&called](const ResolvedCredentials&) { called = true; });
    QVERIFY(!called);
    QTRY_VERIFY(called);

    called = false;
    resolver.resolve(QString(), context, [&called](const ResolvedCredentials&) { called = true; });
    delete context; // gone before the answer: no call
    QTest::qWait(50);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestCredentialImport)
#include "tst_credentialimport.moc"
