// CommandExport: shell quoting, no secret in either export, tccli's documented unfold syntax, and the
// cURL snippet run for real with bash (and sh) against the in-process emulator: it must sign the request
// itself, at run time, from the environment.
#include "core/api/CommandExport.h"
#include "core/api/VodClient.h"
#include "core/api/VodJob.h"
#include "core/model/AudioTaskRequest.h"
#include "core/model/DescribeTasksRequest.h"
#include "core/support/SystemClock.h"
#include "emulator/http/EmulatorInfo.h"
#include "emulator/server/EmulatorServer.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString kId = QString::fromLatin1(kEmulatorDemoSecretId);
const QString kKey = QString::fromLatin1(kEmulatorDemoSecretKey);
} // namespace

class TestCommandExport : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void shellQuote_data();
    void shellQuote();
    void shellQuoteRoundTripsThroughBash();
    void tccliUsesTheDocumentedUnfoldSyntax();
    void tccliRegionEndpointLanguage();
    void tccliArgumentsSurviveTheShell();
    void curlSnippetHasNoSecret();
    void curlSnippetSignsAndRunsAgainstTheEmulator_data();
    void curlSnippetSignsAndRunsAgainstTheEmulator();
    void curlSnippetWithTokenUsesTheEnvironmentToken();
    void curlSnippetWithTheWrongKeyIsRefused();

private:
    EmulatorServer& startEmulator(const EmulatorConfig& config = {});
    HttpExchange exchangeFor(const AudioTaskRequest& request, const QString& token = {},
        const QString& region = {}, const QString& language = {});
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run runShell(const QString& shell, const QString& script, const QProcessEnvironment& env);
    static QProcessEnvironment envWith(const QString& id, const QString& key, const QString& token = {});
    static AudioTaskRequest request(const QString& prompt);

    QNetworkAccessManager m_nam;
    std::unique_ptr<EmulatorServer> m_emulator;
};

void TestCommandExport::cleanup()
{
    m_emulator.reset();
}

EmulatorServer& TestCommandExport::startEmulator(const EmulatorConfig& config)
{
    m_emulator = std::make_unique<EmulatorServer>(config);
    if (!m_emulator->listen(QHostAddress::LocalHost, 0))
        qFatal("emulator: %s", qPrintable(m_emulator->errorString()));
    return *m_emulator;
}

AudioTaskRequest TestCommandExport::request(const QString& prompt)
{
    AudioTaskRequest r;
    r.modelName = u"Kling"_s;
    r.sceneType = u"sfx"_s;
    r.prompt = prompt;
    r.outputConfig.duration = 2;
    r.outputConfig.outputAudioFormat = u"wav"_s;
    return r;
}

HttpExchange TestCommandExport::exchangeFor(
    const AudioTaskRequest& request, const QString& token, const QString& region, const QString& language)
{
    VodClient::Config c;
    c.baseUrl = m_emulator->baseUrl();
    c.credentials = { kId, kKey, token };
    c.region = region;
    c.language = language;
    VodClient client(&m_nam, SystemClock::instance(), c);
    VodJob* job = client.createAigcAudioTask(request);
    job->setAutoDelete(false);
    job->start();
    if (!QTest::qWaitFor([job] { return job->isFinished(); }, 15000))
        qWarning("the job did not finish");
    if (!job->error().isOk())
        qWarning("the job failed: %s", qPrintable(job->error().toString()));
    return job->lastExchange();
}

QProcessEnvironment TestCommandExport::envWith(const QString& id, const QString& key, const QString& token)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"TENCENTCLOUD_TOKEN"_s);
    env.insert(u"TENCENTCLOUD_SECRET_ID"_s, id);
    env.insert(u"TENCENTCLOUD_SECRET_KEY"_s, key);
    if (!token.isEmpty())
        env.insert(u"TENCENTCLOUD_TOKEN"_s, token);
    return env;
}

TestCommandExport::Run TestCommandExport::runShell(
    const QString& shell, const QString& script, const QProcessEnvironment& env)
{
    // Asynchronously: the emulator answering the script lives in this thread's event loop.
    QProcess p;
    p.setProcessEnvironment(env);
    QSignalSpy done(&p, &QProcess::finished);
    p.start(shell, { u"-c"_s, script });
    Run r;
    if (!p.waitForStarted(5000) || !done.wait(30000))
        return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void TestCommandExport::shellQuote_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << u"DescribeTasks"_s << u"DescribeTasks"_s;
    QTest::newRow("host:port") << u"127.0.0.1:8708"_s << u"127.0.0.1:8708"_s;
    QTest::newRow("empty") << QString() << u"''"_s;
    QTest::newRow("space") << u"rain on a roof"_s << u"'rain on a roof'"_s;
    QTest::newRow("apostrophe") << u"it's"_s << u"'it'\\''s'"_s;
    QTest::newRow("dollar") << u"$HOME"_s << u"'$HOME'"_s;
    QTest::newRow("json") << u"{\"a\":1}"_s << u"'{\"a\":1}'"_s;
}

void TestCommandExport::shellQuote()
{
    QFETCH(QString, word);
    QFETCH(QString, quoted);
    QCOMPARE(CommandExport::shellQuote(word), quoted);
}

void TestCommandExport::shellQuoteRoundTripsThroughBash()
{
    const QStringList words { u"it's a 'test'"_s, u"$(touch /tmp/never) `id` $HOME"_s, u"a\nb\tc"_s,
        u"雨が降る \\ \" !"_s, QString(), u"--looks-like-an-option"_s, u"*"_s };
    QString script = u"printf '<%s>\\n'"_s;
    QString expected;
    for (const QString& w : words) {
        script += u' ' + CommandExport::shellQuote(w);
        expected += u'<' + w + u">\n"_s;
    }
    const Run r = runShell(u"bash"_s, script, QProcessEnvironment::systemEnvironment());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QString::fromUtf8(r.out), expected);
}

void TestCommandExport::tccliUsesTheDocumentedUnfoldSyntax()
{
    HttpExchange x;
    x.url = QUrl(u"https://vod.tencentcloudapi.com/"_s);
    x.action = u"CreateAigcAudioTask"_s;
    x.requestHeaders
        = { { "X-TC-Version", "2018-07-17" }, { "Authorization", "TC3-HMAC-SHA256 Credential=AKIDx/" } };
    x.requestBody = QJsonDocument::fromJson(
        "{\"SubAppId\":251441341,\"ModelName\":\"MiniMaxMusic\",\"ModelVersion\":\"2.0\",\"Prompt\":\"it's a "
        "happy song\",\"OutputConfig\":{\"StorageMode\":\"Temporary\",\"Duration\":6},"
        "\"AudioInfos\":[{\"Type\":\"File\",\"FileId\":\"5285\"}],"
        "\"AdditionalParameters\":\"{\\\"lyrics\\\":\\\"la la\\\"}\"}")
                        .toJson(QJsonDocument::Compact);
    const QString cmd = CommandExport::tccli(x, {});
    QVERIFY2(cmd.startsWith(u"tccli vod CreateAigcAudioTask --cli-unfold-argument \\\n"_s), qPrintable(cmd));
    QVERIFY(cmd.contains(u"--SubAppId 251441341"_s));
    QVERIFY(cmd.contains(u"--ModelVersion 2.0"_s));
    QVERIFY(cmd.contains(u"--Prompt 'it'\\''s a happy song'"_s));
    QVERIFY(cmd.contains(u"--OutputConfig.Duration 6"_s));
    QVERIFY(cmd.contains(u"--OutputConfig.StorageMode Temporary"_s));
    QVERIFY(cmd.contains(u"--AudioInfos.0.Type File"_s));
    QVERIFY(cmd.contains(u"--AudioInfos.0.FileId 5285"_s));
    QVERIFY(cmd.contains(u"--AdditionalParameters '{\"lyrics\":\"la la\"}'"_s));
    QVERIFY(!cmd.contains(u"--endpoint"_s)); // the default host
    QVERIFY(!cmd.contains(u"--region"_s));
    QVERIFY(!cmd.contains(u"secretKey"_s, Qt::CaseInsensitive));
    QVERIFY(!cmd.contains(u"AKIDx"_s));
    QVERIFY(!cmd.contains(u"Authorization"_s));
}

void TestCommandExport::tccliRegionEndpointLanguage()
{
    HttpExchange x;
    x.url = QUrl(u"http://127.0.0.1:8708/"_s);
    x.action = u"DescribeTasks"_s;
    x.requestBody = "{\"Limit\":1,\"Status\":\"FINISH\",\"FileIds\":[\"a b\",\"c\"]}";
    const QString cmd = CommandExport::tccli(x, { u"ap-singapore"_s, u"en-US"_s, true });
    QVERIFY2(cmd.contains(u"--region ap-singapore \\\n"_s), qPrintable(cmd));
    QVERIFY(cmd.contains(u"--endpoint 127.0.0.1:8708 \\\n"_s));
    QVERIFY(cmd.contains(u"--language en-US \\\n"_s));
    QVERIFY(cmd.contains(u"--Limit 1"_s));
    QVERIFY(cmd.contains(u"--FileIds 'a b' c"_s));
    QVERIFY(!cmd.contains(u"Token"_s, Qt::CaseInsensitive));

    HttpExchange intl = x;
    intl.url = QUrl(u"https://vod.intl.tencentcloudapi.com/"_s);
    QVERIFY(CommandExport::tccli(intl, {}).contains(u"--endpoint vod.intl.tencentcloudapi.com"_s));
}

void TestCommandExport::tccliArgumentsSurviveTheShell()
{
    // Replace tccli with a function that prints its arguments: what the shell hands to tccli must be
    // exactly the parameters, whatever the prompt contains.
    HttpExchange x;
    x.url = QUrl(u"https://vod.tencentcloudapi.com/"_s);
    x.action = u"CreateAigcAudioTask"_s;
    const QString prompt = u"it's \"loud\" $(rm -rf ~) `x` \\ 雨\nnext line"_s;
    QJsonObject body { { u"Prompt"_s, prompt }, { u"MediaName"_s, u"-dash-first"_s } };
    x.requestBody = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const QString cmd = CommandExport::tccli(x, {});
    const Run r = runShell(u"bash"_s, u"tccli() { printf '<%s>\\n' \"$@\"; }\n"_s + cmd,
        QProcessEnvironment::systemEnvironment());
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(u"<--Prompt>\n<"_s + prompt + u">\n"_s), qPrintable(out));
    QVERIFY2(out.contains(u"<--MediaName=-dash-first>\n"_s), qPrintable(out));
}

void TestCommandExport::curlSnippetHasNoSecret()
{
    startEmulator();
    const HttpExchange x = exchangeFor(request(u"rain"_s), u"session-token-value"_s);
    QByteArray signature;
    for (const auto& [name, value] : x.requestHeaders) {
        if (name == "Authorization")
            signature = value.mid(value.indexOf("Signature=") + 10);
    }
    QVERIFY(!signature.isEmpty());
    const QString snippet = CommandExport::curl(x, { {}, {}, true });
    QVERIFY(!snippet.contains(kKey));
    QVERIFY(!snippet.contains(kId));
    QVERIFY(!snippet.contains(u"session-token-value"_s));
    QVERIFY(!snippet.contains(QString::fromLatin1(signature)));
    QVERIFY(snippet.contains(u"Credential=$TENCENTCLOUD_SECRET_ID/"_s));
    QVERIFY(snippet.contains(u"-H \"X-TC-Token: $TENCENTCLOUD_TOKEN\""_s));
    QVERIFY(snippet.contains(u"openssl dgst -sha256 -hmac \"TC3$TENCENTCLOUD_SECRET_KEY\""_s));
    QVERIFY(snippet.contains(u"-macopt \"hexkey:$1\""_s));
    QVERIFY(snippet.contains(u"--data-binary @-"_s));
}

void TestCommandExport::curlSnippetSignsAndRunsAgainstTheEmulator_data()
{
    QTest::addColumn<QString>("shell");
    QTest::addColumn<QString>("prompt");
    QTest::newRow("bash") << u"bash"_s << u"Fireworks during Spring Festival celebrations"_s;
    QTest::newRow("bash, quotes and unicode") << u"bash"_s << u"it's \"raining\" $(id) `x` 雨の音 🌧"_s;
    QTest::newRow("sh") << u"sh"_s << u"wind's howl over the moor"_s;
}

void TestCommandExport::curlSnippetSignsAndRunsAgainstTheEmulator()
{
    QFETCH(QString, shell);
    QFETCH(QString, prompt);
    if (QStandardPaths::findExecutable(u"curl"_s).isEmpty()
        || QStandardPaths::findExecutable(u"openssl"_s).isEmpty())
        QSKIP("curl or openssl is not installed");
    if (QStandardPaths::findExecutable(shell).isEmpty())
        QSKIP("no such shell");
    startEmulator();
    const HttpExchange x = exchangeFor(request(prompt), {}, u"ap-guangzhou"_s, u"en-US"_s);
    const QString snippet = CommandExport::curl(x, { u"ap-guangzhou"_s, u"en-US"_s, false });
    const qint64 before = m_emulator->requestsHandled();
    const Run r = runShell(shell, snippet, envWith(kId, kKey));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(m_emulator->requestsHandled(), before + 1);
    const QJsonObject response = QJsonDocument::fromJson(r.out).object().value("Response"_L1).toObject();
    QVERIFY2(!response.contains("Error"_L1), r.out.constData());
    QVERIFY2(response.value("TaskId"_L1).toString().contains(u"-AigcAudioTask-"_s), r.out.constData());
}

void TestCommandExport::curlSnippetWithTokenUsesTheEnvironmentToken()
{
    if (QStandardPaths::findExecutable(u"curl"_s).isEmpty())
        QSKIP("curl is not installed");
    EmulatorConfig config;
    config.token = u"sts-token-1"_s;
    startEmulator(config);
    const HttpExchange x = exchangeFor(request(u"thunder"_s), u"sts-token-1"_s);
    const QString snippet = CommandExport::curl(x, { {}, {}, true });
    Run r = runShell(u"bash"_s, snippet, envWith(kId, kKey, u"sts-token-1"_s));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(!r.out.contains("\"Error\""), r.out.constData());

    r = runShell(u"bash"_s, snippet, envWith(kId, kKey, u"stale-token"_s));
    QVERIFY2(r.out.contains("AuthFailure.TokenFailure"), r.out.constData());

    r = runShell(u"bash"_s, snippet, envWith(kId, kKey)); // no token in the environment: refuses to run
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("TENCENTCLOUD_TOKEN"), r.err.constData());
}

void TestCommandExport::curlSnippetWithTheWrongKeyIsRefused()
{
    if (QStandardPaths::findExecutable(u"curl"_s).isEmpty())
        QSKIP("curl is not installed");
    startEmulator();
    const HttpExchange x = exchangeFor(request(u"a door creaks"_s));
    const QString snippet = CommandExport::curl(x, {});
    const Run r = runShell(u"bash"_s, snippet, envWith(kId, u"not-the-key"_s));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("AuthFailure.SignatureFailure"), r.out.constData());
}

QTEST_GUILESS_MAIN(TestCommandExport)
#include "tst_commandexport_emulator.moc"
