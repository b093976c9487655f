// Proxies: a profile's own HTTP proxy (absolute-URI requests for http://, CONNECT for https://, with
// and without Basic authentication) and SOCKS5 proxy (with and without user/password), "no proxy",
// and the system settings (http_proxy / no_proxy; loopback always direct), for API calls, downloads,
// uploads, the connection test and the CLI (--proxy, profiles add/edit --proxy). The proxies are
// written here (tests/common/TestHttpProxy, TestSocks5Proxy) and count what went through them; a
// proxy that is down or refuses the password gives an error naming it.
#include "CliRunner.h"
#include "ScriptedHttpServer.h"
#include "TestHttpProxy.h"
#include "TestPaths.h"
#include "TestSocks5Proxy.h"
#include "cli/CliApp.h"
#include "cli/CliCommand.h"
#include "cli/CliEnvironment.h"
#include "cli/ExitCode.h"
#include "core/api/VodClient.h"
#include "core/api/VodJob.h"
#include "core/model/DescribeTasksRequest.h"
#include "core/net/ProxySettings.h"
#include "core/profiles/ConnectionTest.h"
#include "core/support/SystemClock.h"
#include "core/tasks/DownloadJob.h"
#include "emulator/http/EmulatorInfo.h"
#include "emulator/server/EmulatorServer.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString kId = QString::fromLatin1(kEmulatorDemoSecretId);
const QString kKey = QString::fromLatin1(kEmulatorDemoSecretKey);
const QString kProxyUser = u"proxyuser"_s;
const QString kProxyPassword = u"Pr0xyPassw0rd-do-not-leak"_s;

QByteArray data(const QString& name)
{
    return TestPaths::readFile(TestPaths::sourceDir() + u"/tests/data/"_s + name);
}
} // namespace

class TestProxy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void parseAndDescribe();
    void httpProxyForwardsApiCalls();
    void httpProxyTunnelsHttps();
    void httpProxyWithPassword();
    void socks5WithoutAuth();
    void socks5WithAuth();
    void socks5WrongPasswordNamesTheProxy();
    void proxyDownNamesTheProxy_data();
    void proxyDownNamesTheProxy();
    void downloadsGoThroughTheProxy();
    void systemProxyFollowsTheEnvironment();
    void noneIgnoresTheEnvironment();
    void connectionTestUsesTheProfilesProxy();
    void cliProxyForCreateDownloadAndUpload();
    void cliProfileProxyWithPassword();

private:
    QString apiResult(QNetworkAccessManager* nam, const QUrl& base, QString* requestId = nullptr);
    struct Run
    {
        int code = -1;
        QString out, err;
    };
    Run cli(const QStringList& args, const QProcessEnvironment& extra = {});
    Run cliProcess(
        const QStringList& args, const QByteArray& stdinText = {}, const QProcessEnvironment& extra = {});

    std::unique_ptr<EmulatorServer> m_emulator;
    std::unique_ptr<TestHttpProxy> m_http;
    std::unique_ptr<TestSocks5Proxy> m_socks;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void TestProxy::initTestCase()
{
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.addCaCertificate(QSslCertificate(data(u"tls-ca.crt"_s)));
    QSslConfiguration::setDefaultConfiguration(conf);
    qunsetenv("http_proxy");
    qunsetenv("https_proxy");
    qunsetenv("all_proxy");
    qunsetenv("no_proxy");
    qunsetenv("HTTP_PROXY");
    qunsetenv("HTTPS_PROXY");
    qunsetenv("ALL_PROXY");
    qunsetenv("NO_PROXY");
}

void TestProxy::init()
{
    EmulatorConfig config;
    config.taskSeconds = 0.5;
    m_emulator = std::make_unique<EmulatorServer>(config);
    QVERIFY(m_emulator->listen(QHostAddress::LocalHost, 0));
    m_http = std::make_unique<TestHttpProxy>();
    QVERIFY(m_http->listen());
    m_socks = std::make_unique<TestSocks5Proxy>();
    QVERIFY(m_socks->listen());
    m_home = std::make_unique<QTemporaryDir>();
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void TestProxy::cleanup()
{
    m_nam.reset();
    m_http.reset();
    m_socks.reset();
    m_emulator.reset();
    m_home.reset();
    qunsetenv("http_proxy");
    qunsetenv("no_proxy");
}

// DescribeTasks through the manager: "" on success, else the error message.
QString TestProxy::apiResult(QNetworkAccessManager* nam, const QUrl& base, QString* requestId)
{
    VodClient::Config c;
    c.baseUrl = base;
    c.credentials = { kId, kKey, {} };
    c.timeoutMs = 10000;
    c.retry.maxTransientRetries = 0;
    VodClient client(nam, SystemClock::instance(), c);
    VodJob* job = client.describeTasks(DescribeTasksRequest {});
    job->setAutoDelete(false);
    job->start();
    if (!QTest::qWaitFor([job] { return job->isFinished(); }, 20000))
        return u"did not finish"_s;
    const QString message = job->error().isOk() ? QString() : job->error().toString();
    if (requestId)
        *requestId = job->requestId();
    delete job;
    return message;
}

void TestProxy::parseAndDescribe()
{
    QString error, password;
    ProxySettings s = ProxySettings::parse(u"socks5://bob@proxy.example.com:1080"_s, &error);
    QCOMPARE(error, QString());
    QCOMPARE(s.mode, ProxySettings::Mode::Socks5);
    QCOMPARE(s.user, u"bob"_s);
    QCOMPARE(s.toString(), u"socks5://bob@proxy.example.com:1080"_s);
    QCOMPARE(s.describe(), u"the SOCKS5 proxy proxy.example.com:1080"_s);
    // A password in the URL: refused unless the caller takes it, and never written back.
    ProxySettings::parse(u"http://bob:secret@p:3128"_s, &error);
    QVERIFY(error.contains(u"password"_s));
    QVERIFY(!error.contains(u"secret"_s));
    s = ProxySettings::parse(u"http://bob:secret@p:3128"_s, &error, &password);
    QCOMPARE(password, u"secret"_s);
    QVERIFY(!s.toString().contains(u"secret"_s));
    ProxySettings::parse(u"http://p"_s, &error);
    QVERIFY(error.contains(u"needs a port"_s));
    ProxySettings::parse(u"ftp://p:21"_s, &error);
    QVERIFY(error.contains(u"scheme"_s));
    QCOMPARE(ProxySettings::parse(u"none"_s, &error).mode, ProxySettings::Mode::None);
    QCOMPARE(ProxySettings::parse(u""_s, &error).mode, ProxySettings::Mode::System);
}

void TestProxy::httpProxyForwardsApiCalls()
{
    ProxySettings { ProxySettings::Mode::Http, u"127.0.0.1"_s, m_http->port(), {} }.applyTo(m_nam.get());
    QCOMPARE(apiResult(m_nam.get(), m_emulator->baseUrl()), QString());
    QCOMPARE(m_http->count(u"POST "_s + m_emulator->baseUrl().toString()), 1); // absolute-URI form
    QCOMPARE(m_http->count(), 1);
    // Switching the same manager to "no proxy" takes effect at once.
    ProxySettings { ProxySettings::Mode::None, {}, 0, {} }.applyTo(m_nam.get());
    QCOMPARE(apiResult(m_nam.get(), m_emulator->baseUrl()), QString());
    QCOMPARE(m_http->count(), 1);
}

void TestProxy::httpProxyTunnelsHttps()
{
    // An HTTPS "service" (the test CA's localhost certificate) that answers one DescribeTasks.
    QSslServer tls;
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificate(QSslCertificate(data(u"tls-localhost.crt"_s)));
    conf.setPrivateKey(QSslKey(data(u"tls-leaf.key"_s), QSsl::Rsa));
    tls.setSslConfiguration(conf);
    QVERIFY(tls.listen(QHostAddress::LocalHost, 0));
    int served = 0;
    connect(&tls, &QSslServer::pendingConnectionAvailable, this, [&] {
        while (QTcpSocket* s = tls.nextPendingConnection()) {
            s->setParent(&tls);
            connect(s, &QTcpSocket::readyRead, s, [s, &served] {
                const QByteArray got = s->readAll();
                if (!got.contains("\r\n\r\n"))
                    return;
                ++served;
                const QByteArray body = R"({"Response":{"TaskSet":[],"ScrollToken":"","RequestId":"tls-1"}})";
                s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                s->disconnectFromHost();
            });
        }
    });
    ProxySettings { ProxySettings::Mode::Http, u"127.0.0.1"_s, m_http->port(), {} }.applyTo(m_nam.get());
    QString requestId;
    const QUrl url(u"https://localhost:%1/"_s.arg(tls.serverPort()));
    QCOMPARE(apiResult(m_nam.get(), url, &requestId), QString());
    QCOMPARE(requestId, u"tls-1"_s);
    QCOMPARE(served, 1);
    QCOMPARE(m_http->count(u"CONNECT localhost:%1"_s.arg(tls.serverPort())), 1);
    // The proxy saw only the CONNECT line: no Authorization header, no SecretId, nothing of the body.
    QVERIFY(!m_http->receivedHeads().contains("Authorization:"));
    QVERIFY(!m_http->receivedHeads().contains(kId.toLatin1()));
}

void TestProxy::httpProxyWithPassword()
{
    m_http->requireAuth(kProxyUser, kProxyPassword);
    ProxySettings s { ProxySettings::Mode::Http, u"127.0.0.1"_s, m_http->port(), kProxyUser };
    s.applyTo(m_nam.get(), kProxyPassword);
    QCOMPARE(apiResult(m_nam.get(), m_emulator->baseUrl()), QString());
    QVERIFY(m_http->count(u"POST "_s) >= 1);

    auto wrong = std::make_unique<QNetworkAccessManager>();
    s.applyTo(wrong.get(), u"not-the-password"_s);
    const QString message = apiResult(wrong.get(), m_emulator->baseUrl());
    QVERIFY2(
        message.contains(u"the HTTP proxy %1 refused the user name or password"_s.arg(m_http->address())),
        qPrintable(message));
    QVERIFY(!message.contains(u"not-the-password"_s));
}

void TestProxy::socks5WithoutAuth()
{
    ProxySettings { ProxySettings::Mode::Socks5, u"127.0.0.1"_s, m_socks->port(), {} }.applyTo(m_nam.get());
    QCOMPARE(apiResult(m_nam.get(), m_emulator->baseUrl()), QString());
    QCOMPARE(m_socks->count(), 1);
    QVERIFY2(m_socks->requests().first().endsWith(u":"_s + QString::number(m_emulator->port())),
        qPrintable(m_socks->requests().join(u", "_s)));
}

void TestProxy::socks5WithAuth()
{
    m_socks->requireAuth(kProxyUser, kProxyPassword);
    ProxySettings { ProxySettings::Mode::Socks5, u"127.0.0.1"_s, m_socks->port(), kProxyUser }.applyTo(
        m_nam.get(), kProxyPassword);
    QCOMPARE(apiResult(m_nam.get(), m_emulator->baseUrl()), QString());
    QCOMPARE(m_socks->count(), 1);
    QCOMPARE(m_socks->authRefusals(), 0);
}

void TestProxy::socks5WrongPasswordNamesTheProxy()
{
    m_socks->requireAuth(kProxyUser, kProxyPassword);
    ProxySettings { ProxySettings::Mode::Socks5, u"127.0.0.1"_s, m_socks->port(), kProxyUser }.applyTo(
        m_nam.get(), u"wrong"_s);
    const QString message = apiResult(m_nam.get(), m_emulator->baseUrl());
    QVERIFY2(message.contains(u"the SOCKS5 proxy %1"_s.arg(m_socks->address())), qPrintable(message));
    QVERIFY2(message.contains(u"user name or password"_s), qPrintable(message));
    QCOMPARE(m_socks->count(), 0);
    QVERIFY(m_socks->authRefusals() >= 1);
}

void TestProxy::proxyDownNamesTheProxy_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("kind");
    QTest::newRow("http") << int(ProxySettings::Mode::Http) << u"HTTP"_s;
    QTest::newRow("socks5") << int(ProxySettings::Mode::Socks5) << u"SOCKS5"_s;
}

void TestProxy::proxyDownNamesTheProxy()
{
    QFETCH(int, mode);
    QFETCH(QString, kind);
    // A port where nothing listens: a listening socket closed again.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    ProxySettings { ProxySettings::Mode(mode), u"127.0.0.1"_s, port, {} }.applyTo(m_nam.get());
    const QString message = apiResult(m_nam.get(), m_emulator->baseUrl());
    QVERIFY2(message.contains(u"the %1 proxy 127.0.0.1:%2 refused the connection"_s.arg(kind).arg(port)),
        qPrintable(message));
}

void TestProxy::downloadsGoThroughTheProxy()
{
    ScriptedHttpServer files;
    QVERIFY(files.listen());
    const QByteArray payload(100000, 'x');
    files.setFallback([payload](const ScriptedHttpServer::Request&) {
        ScriptedHttpServer::Step step;
        step.headers = { { "Content-Type", "audio/wav" } };
        step.body = payload;
        return step;
    });
    ProxySettings { ProxySettings::Mode::Http, u"127.0.0.1"_s, m_http->port(), {} }.applyTo(m_nam.get());
    const QString target = m_home->filePath(u"via-http.wav"_s);
    DownloadJob job(m_nam.get(), SystemClock::instance(), QUrl(files.baseUrl() + u"a.wav"_s), target);
    job.setAutoDelete(false);
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(job.isFinished(), 20000);
    QVERIFY2(job.error().isOk(), qPrintable(job.error().toString()));
    QCOMPARE(QFileInfo(target).size(), payload.size());
    QCOMPARE(m_http->count(u"GET "_s + files.baseUrl() + u"a.wav"_s), 1);

    m_socks->requireAuth(kProxyUser, kProxyPassword);
    ProxySettings { ProxySettings::Mode::Socks5, u"127.0.0.1"_s, m_socks->port(), kProxyUser }.applyTo(
        m_nam.get(), kProxyPassword);
    const QString second = m_home->filePath(u"via-socks.wav"_s);
    DownloadJob job2(m_nam.get(), SystemClock::instance(), QUrl(files.baseUrl() + u"b.wav"_s), second);
    job2.setAutoDelete(false);
    job2.start();
    QTRY_VERIFY_WITH_TIMEOUT(job2.isFinished(), 20000);
    QVERIFY2(job2.error().isOk(), qPrintable(job2.error().toString()));
    QCOMPARE(m_socks->count(), 1);
}

void TestProxy::systemProxyFollowsTheEnvironment()
{
    // A host name that does not resolve: only a proxy can reach it (ours sends it to the emulator).
    m_http->routeEverythingTo(u"127.0.0.1"_s, m_emulator->port());
    const QUrl unresolvable(u"http://vod.proxytest.invalid:%1/"_s.arg(m_emulator->port()));
    qputenv("http_proxy", (u"http://"_s + m_http->address()).toLatin1());
    ProxySettings {}.applyTo(m_nam.get()); // the system settings
    QCOMPARE(apiResult(m_nam.get(), unresolvable), QString());
    QCOMPARE(m_http->count(u"POST http://vod.proxytest.invalid"_s), 1);

    // Loopback never goes to the proxy (the local emulator must keep working).
    QCOMPARE(apiResult(m_nam.get(), m_emulator->baseUrl()), QString());
    QCOMPARE(m_http->count(), 1);

    // no_proxy: that domain goes direct, so it cannot be reached and the proxy sees nothing.
    qputenv("no_proxy", ".proxytest.invalid");
    auto fresh = std::make_unique<QNetworkAccessManager>();
    ProxySettings {}.applyTo(fresh.get());
    const QString message = apiResult(fresh.get(), unresolvable);
    QVERIFY2(!message.isEmpty(), "reached through the proxy despite no_proxy");
    QCOMPARE(m_http->count(), 1);
}

void TestProxy::noneIgnoresTheEnvironment()
{
    m_http->routeEverythingTo(u"127.0.0.1"_s, m_emulator->port());
    qputenv("http_proxy", (u"http://"_s + m_http->address()).toLatin1());
    ProxySettings { ProxySettings::Mode::None, {}, 0, {} }.applyTo(m_nam.get());
    const QString message
        = apiResult(m_nam.get(), QUrl(u"http://vod.proxytest.invalid:%1/"_s.arg(m_emulator->port())));
    QVERIFY(!message.isEmpty());
    QCOMPARE(m_http->count(), 0);
}

void TestProxy::connectionTestUsesTheProfilesProxy()
{
    m_socks->requireAuth(kProxyUser, kProxyPassword);
    Profile p;
    p.name = u"via socks"_s;
    p.endpoint = Endpoint::custom(m_emulator->baseUrl());
    p.credentials = { kId, kKey, {} };
    p.proxy = { ProxySettings::Mode::Socks5, u"127.0.0.1"_s, m_socks->port(), kProxyUser };
    ConnectionTest test(m_nam.get(), SystemClock::instance()); // m_nam: system settings, unused here
    QSignalSpy spy(&test, &ConnectionTest::finished);
    test.test(p, kProxyPassword);
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 20000);
    auto r = spy.at(0).at(0).value<ConnectionTest::Result>();
    QVERIFY2(r.isOk(), qPrintable(r.message));
    QCOMPARE(m_socks->count(), 1);

    const QString socksAddress = m_socks->address();
    m_socks->close();
    test.test(p, kProxyPassword);
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 20000);
    r = spy.at(1).at(0).value<ConnectionTest::Result>();
    QCOMPARE(r.kind, ConnectionTest::Kind::NoNetwork);
    QVERIFY2(r.message.contains(u"the SOCKS5 proxy %1 refused the connection"_s.arg(socksAddress)),
        qPrintable(r.message));
    QVERIFY(!r.message.contains(kProxyPassword));
}

TestProxy::Run TestProxy::cli(const QStringList& args, const QProcessEnvironment& extra)
{
    QProcessEnvironment env = extra;
    env.insert(u"TENCENTCLOUD_SECRET_ID"_s, kId);
    env.insert(u"TENCENTCLOUD_SECRET_KEY"_s, kKey);
    for (const QString& k : extra.keys())
        env.insert(k, extra.value(k)); // what the case gives wins
    const CliRunner::Run r = CliRunner::run(args, m_home->path(), m_nam.get(), env);
    return { r.code, r.out, r.err };
}

TestProxy::Run TestProxy::cliProcess(
    const QStringList& args, const QByteArray& stdinText, const QProcessEnvironment& extra)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_home->path());
    env.insert(u"AIGC_AUDIO_CONFIG_DIR"_s, m_home->filePath(u"config"_s));
    env.remove(u"TENCENTCLOUD_SECRET_ID"_s);
    env.remove(u"TENCENTCLOUD_SECRET_KEY"_s);
    for (const QString& k : extra.keys())
        env.insert(k, extra.value(k));
    p.setProcessEnvironment(env);
    p.start(TestPaths::binary(u"aigc-audio"_s), args);
    Run r;
    if (!p.waitForStarted())
        return r;
    p.write(stdinText);
    p.closeWriteChannel();
    if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 60000))
        p.kill();
    p.waitForFinished();
    r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TestProxy::cliProxyForCreateDownloadAndUpload()
{
    const QString emu = m_emulator->baseUrl().toString();
    const QString wav = m_home->filePath(u"rain.wav"_s);
    Run r = cli({ u"create"_s, u"--endpoint"_s, emu, u"--proxy"_s, u"http://"_s + m_http->address(),
        u"--prompt"_s, u"rain on a tin roof"_s, u"--duration"_s, u"2"_s, u"--format"_s, u"wav"_s, u"--wait"_s,
        u"--download"_s, wav });
    QVERIFY2(r.code == ExitOk, qPrintable(r.err));
    QVERIFY(QFileInfo(wav).size() > 1000);
    QVERIFY2(
        m_http->count(u"POST "_s + emu) >= 2, qPrintable(m_http->requests().join(u'\n'))); // create + polls
    QVERIFY2(m_http->count(u"GET "_s) >= 1, qPrintable(m_http->requests().join(u'\n'))); // the download

    // An upload: ApplyUpload, the object-storage PUT and CommitUpload, all through the proxy.
    const int before = m_http->count();
    r = cli({ u"upload"_s, wav, u"--endpoint"_s, emu, u"--proxy"_s, u"http://"_s + m_http->address(),
        u"--state-db"_s, m_home->filePath(u"uploads.sqlite"_s) });
    QVERIFY2(r.code == ExitOk, qPrintable(r.err));
    const QStringList after = m_http->requests().mid(before);
    QVERIFY2(after.filter(u"PUT "_s).size() >= 1, qPrintable(after.join(u'\n')));
    QVERIFY2(after.filter(u"POST "_s).size() >= 2, qPrintable(after.join(u'\n')));

    // --proxy with a password in it is refused (the process list), and names the remedy.
    r = cli({ u"list"_s, u"--endpoint"_s, emu, u"--proxy"_s, u"http://u:p4ss@127.0.0.1:1"_s });
    QCOMPARE(r.code, int(ExitBadInput));
    QVERIFY(r.err.contains(u"password"_s) && !r.err.contains(u"p4ss"_s));

    // A proxy that is down: exit 4, and the message names it.
    const QString socksAddress = m_socks->address();
    m_socks->close();
    r = cli({ u"list"_s, u"--endpoint"_s, emu, u"--proxy"_s, u"socks5://"_s + socksAddress });
    QVERIFY2(r.code == int(ExitNetwork), qPrintable(r.err));
    QVERIFY2(
        r.err.contains(u"the SOCKS5 proxy %1 refused the connection"_s.arg(socksAddress)), qPrintable(r.err));
}

void TestProxy::cliProfileProxyWithPassword()
{
    m_http->requireAuth(kProxyUser, kProxyPassword);
    const QString emu = m_emulator->baseUrl().toString();
    // profiles add --proxy with a user: the SecretKey, then the proxy password, from standard input.
    Run r = cliProcess(
        { u"profiles"_s, u"add"_s, u"work"_s, u"--endpoint"_s, emu, u"--secret-id"_s, kId, u"--plaintext"_s,
            u"--proxy"_s, u"http://%1@%2"_s.arg(kProxyUser, m_http->address()) },
        (kKey + u'\n' + kProxyPassword + u'\n').toUtf8());
    QVERIFY2(r.code == ExitOk, qPrintable(r.err + r.out));
    const QString ini = QString::fromUtf8(TestPaths::readFile(m_home->filePath(u"config/profiles.ini"_s)));
    QVERIFY2(ini.contains(u"proxy=http://proxyuser@127.0.0.1"_s), qPrintable(ini));
    QVERIFY(!ini.contains(kProxyPassword));

    r = cliProcess({ u"profiles"_s, u"show"_s, u"work"_s });
    QVERIFY2(r.out.contains(u"Proxy:      http://proxyuser@"_s), qPrintable(r.out));
    QVERIFY(!r.out.contains(kProxyPassword) && !r.err.contains(kProxyPassword));

    r = cliProcess({ u"list"_s, u"--profile"_s, u"work"_s });
    QVERIFY2(r.code == ExitOk, qPrintable(r.err));
    QVERIFY(m_http->count(u"POST "_s + emu) >= 1);
    QVERIFY(!r.out.contains(kProxyPassword) && !r.err.contains(kProxyPassword));

    // edit --proxy none: direct from now on, and the stored password is removed.
    const int before = m_http->count();
    r = cliProcess({ u"profiles"_s, u"edit"_s, u"work"_s, u"--proxy"_s, u"none"_s });
    QVERIFY2(r.code == ExitOk, qPrintable(r.err));
    r = cliProcess({ u"list"_s, u"--profile"_s, u"work"_s });
    QVERIFY2(r.code == ExitOk, qPrintable(r.err));
    QCOMPARE(m_http->count(), before);
    QDir secrets(m_home->filePath(u"config/plaintext-secrets"_s));
    QVERIFY2(!secrets.exists() || secrets.entryList(QDir::Files).filter(u"proxy"_s).isEmpty(),
        qPrintable(secrets.entryList(QDir::Files).join(u", "_s)));
}

QTEST_GUILESS_MAIN(TestProxy)
#include "tst_proxy_emulator.moc"
