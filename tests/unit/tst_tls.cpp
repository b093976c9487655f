// Certificate errors are refused, never ignored, and said in words: which host, what is wrong with
// its certificate (self-signed, issued for another name, expired) and what to do. For the core client,
// a download, the connection test and the CLI (in-process and as a process: exit code 4 and the
// message). The certificates are in tests/data (tests/data/make-tls-certs.sh); the test CA is trusted
// for this process only, so that each case has exactly its own fault.
#include "TestPaths.h"
#include "cli/CliApp.h"
#include "cli/CliCommand.h"
#include "cli/CliEnvironment.h"
#include "cli/ExitCode.h"
#include "core/api/VodClient.h"
#include "core/api/VodJob.h"
#include "core/model/DescribeTasksRequest.h"
#include "core/profiles/ConnectionTest.h"
#include "core/support/SystemClock.h"
#include "core/tasks/DownloadJob.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString kId = u"AKIDTLSTEST0000000000000000000000000"_s;
const QString kKey = u"TlsTestSecretKey0000000000000000"_s;

QByteArray data(const QString& name)
{
    return TestPaths::readFile(TestPaths::sourceDir() + u"/tests/data/"_s + name);
}
} // namespace

class TestTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void clientRefuses_data();
    void clientRefuses();
    void downloadRefuses_data() { clientRefuses_data(); }
    void downloadRefuses();
    void connectionTestRefuses_data() { clientRefuses_data(); }
    void connectionTestRefuses();
    void cliRefuses_data() { clientRefuses_data(); }
    void cliRefuses();
    void cliProcessRefuses_data() { clientRefuses_data(); }
    void cliProcessRefuses();
    void noIgnoreSslErrorsInTheSources();

private:
    bool startServer(const QString& certFile, const QString& keyFile);
    QUrl serverUrl() const { return QUrl(u"https://127.0.0.1:%1/"_s.arg(m_server->serverPort())); }

    std::unique_ptr<QSslServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    int m_handshakes = 0;
    int m_bytesReceived = 0;
};

void TestTls::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    // Trust the test CA (and only in this process): then the wrong-host and expired certificates
    // each have one fault, and the self-signed one is still untrusted.
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.addCaCertificate(QSslCertificate(data(u"tls-ca.crt"_s)));
    QSslConfiguration::setDefaultConfiguration(conf);
}

void TestTls::init()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_handshakes = 0;
    m_bytesReceived = 0;
}

void TestTls::cleanup()
{
    m_server.reset();
    m_nam.reset();
}

bool TestTls::startServer(const QString& certFile, const QString& keyFile)
{
    m_server = std::make_unique<QSslServer>();
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificate(QSslCertificate(data(certFile)));
    conf.setPrivateKey(QSslKey(data(keyFile), QSsl::Rsa));
    conf.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server->setSslConfiguration(conf);
    // A refused handshake never becomes a pending connection: count the handshakes begun instead.
    connect(m_server.get(), &QSslServer::startedEncryptionHandshake, this, [this] { ++m_handshakes; });
    connect(m_server.get(), &QSslServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket* s = m_server->nextPendingConnection()) {
            s->setParent(m_server.get());
            connect(s, &QTcpSocket::readyRead, s, [this, s] { m_bytesReceived += int(s->readAll().size()); });
        }
    });
    return m_server->listen(QHostAddress::LocalHost, 0);
}

void TestTls::clientRefuses_data()
{
    QTest::addColumn<QString>("cert");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("reason");
    QTest::newRow("self-signed") << u"selfsigned.crt"_s << u"selfsigned.key"_s << u"it is self-signed"_s;
    QTest::newRow("wrong host") << u"tls-wronghost.crt"_s << u"tls-leaf.key"_s
                                << u"it was issued for wrong.example.com, not for 127.0.0.1"_s;
    QTest::newRow("expired") << u"tls-expired.crt"_s << u"tls-leaf.key"_s
                             << u"it expired on 2020-01-02 00:00 UTC"_s;
}

void TestTls::clientRefuses()
{
    QFETCH(QString, cert);
    QFETCH(QString, key);
    QFETCH(QString, reason);
    QVERIFY(startServer(cert, key));
    VodClient::Config c;
    c.baseUrl = serverUrl();
    c.credentials = { kId, kKey, {} };
    c.timeoutMs = 10000;
    VodClient client(m_nam.get(), SystemClock::instance(), c);
    for (VodJob* job : { client.describeTasks(DescribeTasksRequest {}),
             client.call(u"CreateAigcAudioTask"_s, QJsonObject { { u"Prompt"_s, u"rain"_s } }) }) {
        job->setAutoDelete(false);
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 15000);
        const ApiError e = job->error();
        QCOMPARE(e.kind(), ApiError::Kind::Tls);
        QVERIFY(!e.requestSent());
        QCOMPARE(job->attempts(), 1); // never retried
        QVERIFY2(e.message().contains(reason), qPrintable(e.message()));
        QVERIFY2(e.message().contains(
                     u"the certificate of 127.0.0.1:%1 was refused"_s.arg(m_server->serverPort())),
            qPrintable(e.message()));
        QVERIFY(e.message().contains(u"What to do:"_s));
        QVERIFY(!e.message().contains(kKey));
        delete job;
    }
    QCOMPARE(m_handshakes, 2); // one per job: neither was retried
    QCOMPARE(m_bytesReceived, 0); // no handshake succeeded: no byte of any request reached the server
}

void TestTls::downloadRefuses()
{
    QFETCH(QString, cert);
    QFETCH(QString, key);
    QFETCH(QString, reason);
    QVERIFY(startServer(cert, key));
    QTemporaryDir dir;
    DownloadJob job(m_nam.get(), SystemClock::instance(), QUrl(serverUrl().toString() + u"out.wav"_s),
        dir.filePath(u"out.wav"_s));
    job.setAutoDelete(false);
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(job.isFinished(), 15000);
    QCOMPARE(job.error().kind(), ApiError::Kind::Tls);
    QVERIFY2(job.error().message().contains(reason), qPrintable(job.error().message()));
    QVERIFY(!QFile::exists(dir.filePath(u"out.wav"_s)));
    QCOMPARE(m_handshakes, 1); // a refused certificate is not retried
}

void TestTls::connectionTestRefuses()
{
    QFETCH(QString, cert);
    QFETCH(QString, key);
    QFETCH(QString, reason);
    QVERIFY(startServer(cert, key));
    ConnectionTest test(m_nam.get(), SystemClock::instance());
    QSignalSpy spy(&test, &ConnectionTest::finished);
    Profile p;
    p.name = u"tls"_s;
    p.endpoint = Endpoint::custom(serverUrl());
    p.credentials = { kId, kKey, {} };
    test.test(p);
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 20000);
    const auto r = spy.at(0).at(0).value<ConnectionTest::Result>();
    QCOMPARE(r.kind, ConnectionTest::Kind::Tls);
    QVERIFY2(r.message.startsWith(u"The secure (TLS) connection failed: the certificate of 127.0.0.1"_s),
        qPrintable(r.message));
    QVERIFY2(r.message.contains(reason), qPrintable(r.message));
}

void TestTls::cliRefuses()
{
    QFETCH(QString, cert);
    QFETCH(QString, key);
    QFETCH(QString, reason);
    QVERIFY(startServer(cert, key));
    QTemporaryDir home;
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    QProcessEnvironment env;
    env.insert(u"HOME"_s, home.path());
    env.insert(u"AIGC_AUDIO_CONFIG_DIR"_s, home.filePath(u"config"_s));
    env.insert(u"TENCENTCLOUD_SECRET_ID"_s, kId);
    env.insert(u"TENCENTCLOUD_SECRET_KEY"_s, kKey);
    CliEnvironment cliEnv(&out, &err, env, SystemClock::instance(), m_nam.get());
    CliApp app(&cliEnv);
    CliCommand* c = app.start({ u"aigc-audio"_s, u"list"_s, u"--endpoint"_s, serverUrl().toString() });
    QVERIFY(c);
    QTRY_VERIFY_WITH_TIMEOUT(c->isDone(), 20000);
    out.flush();
    err.flush();
    QCOMPARE(c->exitCode(), int(ExitNetwork));
    QVERIFY2(errText.contains(reason), qPrintable(errText));
    QVERIFY2(errText.contains(u"was refused"_s), qPrintable(errText));
    QVERIFY(!errText.contains(kKey) && !outText.contains(kKey));
}

void TestTls::cliProcessRefuses()
{
    QFETCH(QString, cert);
    QFETCH(QString, key);
    QFETCH(QString, reason);
    QVERIFY(startServer(cert, key));
    QTemporaryDir home;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home.path());
    env.insert(u"AIGC_AUDIO_CONFIG_DIR"_s, home.filePath(u"config"_s));
    env.insert(u"TENCENTCLOUD_SECRET_ID"_s, kId);
    env.insert(u"TENCENTCLOUD_SECRET_KEY"_s, kKey);
    p.setProcessEnvironment(env);
    // The process trusts only the system's authorities: the wrong-host and expired certificates are
    // refused for their own fault and for an unknown issuer; the message names both.
    p.start(TestPaths::binary(u"aigc-audio"_s),
        { u"status"_s, u"1-AigcAudioTask-0123456789abcdef0123456789abcdeft"_s, u"--endpoint"_s,
            serverUrl().toString() });
    QVERIFY(p.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 30000);
    const QString errText = QString::fromUtf8(p.readAllStandardError());
    const QString outText = QString::fromUtf8(p.readAllStandardOutput());
    QCOMPARE(p.exitCode(), int(ExitNetwork));
    QVERIFY2(errText.contains(reason), qPrintable(errText));
    QVERIFY2(errText.contains(u"Certificate errors are never ignored"_s), qPrintable(errText));
    QVERIFY(!errText.contains(kKey) && !outText.contains(kKey));
}

void TestTls::noIgnoreSslErrorsInTheSources()
{
    // There is no "ignore certificate errors" path: no call to ignoreSslErrors in the program.
    QStringList offenders;
    for (const QString& dir : { u"/src/core"_s, u"/src/app"_s, u"/src/cli"_s, u"/src/emulator"_s }) {
        QDirIterator it(TestPaths::sourceDir() + dir, { u"*.cpp"_s, u"*.h"_s }, QDir::Files,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (TestPaths::readFile(path).contains("ignoreSslErrors"))
                offenders << path;
        }
    }
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u", "_s)));
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
