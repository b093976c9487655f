// The aigc-audio CLI: `sign` as a process against every SDK vector, and the other commands run
// in-process against a scripted server, checking output, exit codes and what was (not) sent.
#include "CliRunner.h"
#include "IndependentAudio.h"
#include "ScriptedHttpServer.h"
#include "TestPaths.h"
#include "cli/CliApp.h"
#include "cli/CliCommand.h"
#include "cli/CliEnvironment.h"
#include "cli/ExitCode.h"
#include "core/model/TaskFailure.h"
#include "core/support/SystemClock.h"
#include "core/tasks/HistoryStore.h"
#include "core/tasks/TaskRecord.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void rateAndTagTheLocalHistory();
    void init();
    void signMatchesEveryVector_data();
    void signMatchesEveryVector();
    void signRequiresItsOptions();
    void signReadsTheKeyAndThePayloadFromStandardInput();
    void everySubcommandHasHelp();
    void unknownCommandIsBadInput();
    void createPrintsTaskId();
    void createJson();
    void createInvalidSendsNothing();
    void createAuthErrorExitCode();
    void createNetworkErrorExitCode();
    void createDroppedAnswerIsOutcomeUnknown();
    void createWaitsAndDownloads();
    void createWaitReportsTaskFailure();
    void downloadFindsAPermanentOutputByFileId();
    void downloadToAnotherFormatConverts();
    void statusShowsTask();
    void listFiltersAudioTasksAndFollowsPages();
    void abortPrintsResult();
    void profilesPlaintextRoundTrip();
    void noCredentialsExplainsWhereItLooked();

private:
    using Run = CliRunner::Run;
    Run cli(const QStringList& args, const QProcessEnvironment& extraEnv = {});
    QProcessEnvironment credentialsEnv() const;

    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<QTemporaryDir> m_home;
    QNetworkAccessManager m_nam;
};

void TestCli::init()
{
    m_server = std::make_unique<ScriptedHttpServer>();
    QVERIFY(m_server->listen());
    m_home = std::make_unique<QTemporaryDir>();
}

QProcessEnvironment TestCli::credentialsEnv() const
{
    QProcessEnvironment e;
    e.insert(u"TENCENTCLOUD_SECRET_ID"_s, u"AKIDCLITEST00000000000000000000"_s);
    e.insert(u"TENCENTCLOUD_SECRET_KEY"_s, u"CliTestSecretKey0000000000000000"_s);
    return e;
}

TestCli::Run TestCli::cli(const QStringList& args, const QProcessEnvironment& extraEnv)
{
    return CliRunner::run(args, m_home->path(), &m_nam, extraEnv, 30000);
}

void TestCli::signMatchesEveryVector_data()
{
    QTest::addColumn<QJsonObject>("inputs");
    QTest::addColumn<QJsonObject>("outputs");
    const QJsonArray cases
        = QJsonDocument::fromJson(TestPaths::readFile(TestPaths::vectorsFile(u"tc3_sign_vectors.json"_s)))
              .array();
    QVERIFY(!cases.isEmpty());
    for (const QJsonValue v : cases) {
        const QJsonObject c = v.toObject();
        const QJsonObject in = c.value("inputs"_L1).toObject();
        if (in.value("method"_L1).toString() != "POST"_L1 || in.value("skipSign"_L1).toBool())
            continue;
        QTest::newRow(c.value("name"_L1).toString().toUtf8().constData())
            << in << c.value("outputs"_L1).toObject();
    }
}

void TestCli::signMatchesEveryVector()
{
    QFETCH(QJsonObject, inputs);
    QFETCH(QJsonObject, outputs);
    const QString payloadPath = m_home->filePath(u"payload.json"_s);
    QFile f(payloadPath);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(inputs.value("payload"_L1).toString().toUtf8());
    f.close();
    QStringList args { u"sign"_s, u"--secret-id"_s, inputs.value("secretId"_L1).toString(), u"--action"_s,
        inputs.value("action"_L1).toString(), u"--version"_s, inputs.value("version"_L1).toString(),
        u"--host"_s, inputs.value("host"_L1).toString(), u"--timestamp"_s,
        QString::number(static_cast<qint64>(inputs.value("timestamp"_L1).toDouble())), u"--payload-file"_s,
        payloadPath, u"--request-client"_s, inputs.value("requestClient"_L1).toString() };
    for (const auto& [key, flag] : { std::pair { "token"_L1, u"--token"_s },
             std::pair { "region"_L1, u"--region"_s }, std::pair { "language"_L1, u"--language"_s } }) {
        if (inputs.value(key).isString())
            args << flag << inputs.value(key).toString();
    }
    // The key from the environment; never on the command line.
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TENCENTCLOUD_SECRET_KEY"_s, inputs.value("secretKey"_L1).toString());
    p.setProcessEnvironment(env);
    p.start(TestPaths::binary(u"aigc-audio"_s), args);
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
    const QJsonObject got = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    for (const auto key : { "canonicalRequest"_L1, "stringToSign"_L1, "signature"_L1, "authorization"_L1 })
        QCOMPARE(got.value(key).toString(), outputs.value(key).toString());
    QJsonObject expectedHeaders = outputs.value("headers"_L1).toObject();
    expectedHeaders.remove("X-TC-TraceId"_L1); // random per SDK call; this client sends none
    QCOMPARE(got.value("headers"_L1).toObject(), expectedHeaders);
}

void TestCli::signRequiresItsOptions()
{
    Run r = cli({ u"sign"_s, u"--secret-id"_s, u"x"_s });
    QCOMPARE(r.code, int(ExitBadInput));
    QVERIFY(r.err.contains(u"--secret-key: is required"_s));
    // A key on the command line is refused, and not echoed.
    r = cli({ u"sign"_s, u"--secret-id"_s, u"x"_s, u"--secret-key"_s, u"CommandLineKey123"_s, u"--action"_s,
        u"DescribeTasks"_s, u"--timestamp"_s, u"1"_s, u"--payload-file"_s, u"-"_s });
    QCOMPARE(r.code, int(ExitBadInput));
    QVERIFY2(r.err.contains(u"--secret-key: must be \"-\""_s), qPrintable(r.err));
    QVERIFY(!r.err.contains(u"CommandLineKey123"_s));
}

void TestCli::signReadsTheKeyAndThePayloadFromStandardInput()
{
    // The key on the first line, the payload after it; the same signature as from the environment.
    const QStringList args { u"sign"_s, u"--secret-id"_s, u"AKIDstdin"_s, u"--action"_s, u"DescribeTasks"_s,
        u"--timestamp"_s, u"1762088849"_s, u"--payload-file"_s, u"-"_s };
    QProcess viaStdin;
    viaStdin.start(TestPaths::binary(u"aigc-audio"_s), args + QStringList { u"--secret-key"_s, u"-"_s });
    viaStdin.write("StdinSecretKey000\n{\"Limit\":1}");
    viaStdin.closeWriteChannel();
    QVERIFY(viaStdin.waitForFinished(10000));
    QCOMPARE(viaStdin.exitCode(), 0);
    QProcess viaEnv;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TENCENTCLOUD_SECRET_KEY"_s, u"StdinSecretKey000"_s);
    viaEnv.setProcessEnvironment(env);
    viaEnv.start(TestPaths::binary(u"aigc-audio"_s), args);
    viaEnv.write("{\"Limit\":1}");
    viaEnv.closeWriteChannel();
    QVERIFY(viaEnv.waitForFinished(10000));
    QCOMPARE(viaEnv.exitCode(), 0);
    const QByteArray out = viaStdin.readAllStandardOutput();
    QVERIFY(out.contains("\"signature\""));
    QCOMPARE(out, viaEnv.readAllStandardOutput());
    QVERIFY(!out.contains("StdinSecretKey000"));
}

void TestCli::everySubcommandHasHelp()
{
    for (const QString& name :
        { u"create"_s, u"status"_s, u"list"_s, u"abort"_s, u"download"_s, u"profiles"_s, u"sign"_s }) {
        const Run r = cli({ name, u"--help"_s });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(u"Usage: aigc-audio "_s + name), qPrintable(r.out.left(80)));
    }
    const Run create = cli({ u"create"_s, u"--help"_s });
    for (const QString& flag : { u"--prompt"_s, u"--model"_s, u"--model-version"_s, u"--scene"_s,
             u"--video-url"_s, u"--video-file-id"_s, u"--audio-url"_s, u"--audio-file-id"_s,
             u"--storage-mode"_s, u"--media-name"_s, u"--class-id"_s, u"--expire-time"_s, u"--duration"_s,
             u"--format"_s, u"--additional-parameters"_s, u"--sub-app-id"_s, u"--profile"_s, u"--endpoint"_s,
             u"--wait"_s, u"--download"_s, u"--json"_s })
        QVERIFY2(create.out.contains(flag), qPrintable(flag));
    const Run top = cli({ u"--help"_s });
    QCOMPARE(top.code, 0);
    QVERIFY(top.out.contains(u"Exit codes"_s));
}

void TestCli::unknownCommandIsBadInput()
{
    const Run r = cli({ u"generate"_s });
    QCOMPARE(r.code, int(ExitBadInput));
    QVERIFY(r.err.contains(u"unknown command \"generate\""_s));
}

void TestCli::createPrintsTaskId()
{
    m_server->enqueueJson(R"("TaskId":"1-AigcAudioTask-aaaat","RequestId":"r1")");
    const Run r = cli({ u"create"_s, u"--endpoint"_s, m_server->baseUrl(), u"--prompt"_s, u"rain"_s,
                          u"--duration"_s, u"6"_s, u"--sub-app-id"_s, u"77"_s },
        credentialsEnv());
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, u"1-AigcAudioTask-aaaat\n"_s);
    QCOMPARE(m_server->requestCount(), 1);
    const QJsonObject body = QJsonDocument::fromJson(m_server->requests().first().body).object();
    QCOMPARE(body.value("Prompt"_L1).toString(), u"rain"_s);
    QCOMPARE(body.value("SubAppId"_L1).toInteger(), 77);
    QCOMPARE(body.value("OutputConfig"_L1).toObject().value("Duration"_L1).toInt(), 6);
}

void TestCli::createJson()
{
    m_server->enqueueJson(R"("TaskId":"1-AigcAudioTask-bbbbt","RequestId":"r2")");
    const Run r
        = cli({ u"create"_s, u"--endpoint"_s, m_server->baseUrl(), u"--prompt"_s, u"wind"_s, u"--json"_s },
            credentialsEnv());
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value("TaskId"_L1).toString(), u"1-AigcAudioTask-bbbbt"_s);
    QCOMPARE(o.value("RequestId"_L1).toString(), u"r2"_s);
}

void TestCli::createInvalidSendsNothing()
{
    const Run r
        = cli({ u"create"_s, u"--endpoint"_s, m_server->baseUrl(), u"--prompt"_s, u"rain"_s, u"--duration"_s,
                  u"61"_s, u"--storage-mode"_s, u"Forever"_s, u"--additional-parameters"_s, u"{oops"_s },
            credentialsEnv());
    QCOMPARE(r.code, int(ExitBadInput));
    QVERIFY(r.err.contains(u"OutputConfig.Duration: must be an integer from 0 to 60 seconds (got 61)"_s));
    QVERIFY(r.err.contains(u"OutputConfig.StorageMode"_s));
    QVERIFY(r.err.contains(u"AdditionalParameters"_s));
    QVERIFY(r.err.contains(u"Nothing was sent."_s));
    QTest::qWait(20);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCli::createAuthErrorExitCode()
{
    m_server->enqueueJson(
        R"("Error":{"Code":"AuthFailure.SignatureFailure","Message":"The provided credentials could not be validated."},"RequestId":"rid-auth")");
    const Run r = cli(
        { u"create"_s, u"--endpoint"_s, m_server->baseUrl(), u"--prompt"_s, u"rain"_s }, credentialsEnv());
    QCOMPARE(r.code, int(ExitAuth));
    QVERIFY(r.err.contains(u"AuthFailure.SignatureFailure"_s));
    QVERIFY(r.err.contains(u"rid-auth"_s));
    QVERIFY(!r.err.contains(u"CliTestSecretKey"_s));
}

void TestCli::createNetworkErrorExitCode()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QString url = u"http://127.0.0.1:%1/"_s.arg(probe.serverPort());
    probe.close();
    // A refused connection provably sent nothing; the retries back off 1+2+4+8 s: allow them.
    const Run r = cli({ u"status"_s, u"--endpoint"_s, url, u"1-AigcAudioTask-x"_s }, credentialsEnv());
    QCOMPARE(r.code, int(ExitNetwork));
    QVERIFY(r.err.contains(u"Transport.Network"_s));
}

void TestCli::createDroppedAnswerIsOutcomeUnknown()
{
    m_server->enqueueDrop();
    const Run r = cli(
        { u"create"_s, u"--endpoint"_s, m_server->baseUrl(), u"--prompt"_s, u"rain"_s }, credentialsEnv());
    QCOMPARE(r.code, int(ExitOutcomeUnknown));
    QCOMPARE(m_server->requestCount(), 1);
    QVERIFY(r.err.contains(u"may or may not"_s));
}

void TestCli::createWaitsAndDownloads()
{
    const QByteArray wav = QByteArray("RIFF") + QByteArray(1000, 'x');
    m_server->setFallback([this, wav](const ScriptedHttpServer::Request& req) {
        ScriptedHttpServer::Step s;
        if (req.method == "GET") {
            s.body = wav;
            s.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("audio/wav")));
            return s;
        }
        s.body
            = R"({"Response":{"TaskType":"AigcAudioTask","Status":"FINISH","AigcAudioTask":{"TaskId":"1-AigcAudioTask-ccct",
            "Status":"FINISH","Progress":100,"ErrCode":0,"ErrCodeExt":"","Output":{"AudioInfos":[{"FileType":"wav",
            "FileUrl":")"
            + m_server->baseUrl().toUtf8() + R"(files/a.wav","Duration":6}]}},"RequestId":"r"}})";
        return s;
    });
    m_server->enqueueJson(R"("TaskId":"1-AigcAudioTask-ccct","RequestId":"r1")");
    const QString target = m_home->filePath(u"out/"_s);
    const Run r = cli({ u"create"_s, u"--endpoint"_s, m_server->baseUrl(), u"--prompt"_s, u"rain"_s,
                          u"--download"_s, target, u"--poll-interval"_s, u"1"_s },
        credentialsEnv());
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile saved(m_home->filePath(u"out/1-AigcAudioTask-ccct.wav"_s));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), wav);
    QVERIFY(!QFile::exists(saved.fileName() + u".part"_s));
}

void TestCli::downloadFindsAPermanentOutputByFileId()
{
    // A Permanent output with a FileId and no FileUrl: DescribeMediaInfos gives its MediaUrl.
    const QByteArray wav = QByteArray("RIFF") + QByteArray(500, 'p');
    m_server->setFallback([this, wav](const ScriptedHttpServer::Request& req) {
        ScriptedHttpServer::Step s;
        if (req.method == "GET") {
            s.body = wav;
            return s;
        }
        if (req.header("x-tc-action") == "DescribeMediaInfos") {
            const QJsonObject body = QJsonDocument::fromJson(req.body).object();
            const bool known
                = body.value("FileIds"_L1).toArray().first().toString() == "5285890800000000042"_L1;
            s.body = known
                ? R"({"Response":{"MediaInfoSet":[{"FileId":"5285890800000000042","BasicInfo":{"Name":"bell",
                "Type":"wav","MediaUrl":")"
                    + m_server->baseUrl().toUtf8()
                    + R"(media/bell.wav"}}],"NotExistFileIdSet":[],"RequestId":"m"}})"
                : QByteArray(R"({"Response":{"MediaInfoSet":[],"NotExistFileIdSet":["x"],"RequestId":"m"}})");
            return s;
        }
        const bool known = req.body.contains("eeet");
        const QByteArray fileId = known ? "5285890800000000042" : "5285890800000000099";
        const QByteArray taskId = known ? "1-AigcAudioTask-eeet" : "1-AigcAudioTask-ffft";
        s.body = R"({"Response":{"TaskType":"AigcAudioTask","Status":"FINISH","AigcAudioTask":{"TaskId":")"
            + taskId + R"(",
            "Status":"FINISH","Progress":100,"ErrCode":0,"ErrCodeExt":"","Output":{"AudioInfos":[{"FileType":"wav",
            "StorageMode":"Permanent","FileUrl":"","FileId":")"
            + fileId + R"(","Duration":6}]}},"RequestId":"r"}})";
        return s;
    });
    const QString target = m_home->filePath(u"perm/bell.wav"_s);
    Run r = cli({ u"download"_s, u"1-AigcAudioTask-eeet"_s, target, u"--endpoint"_s, m_server->baseUrl() },
        credentialsEnv());
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(TestPaths::readFile(target), wav);
    bool asked = false;
    for (const auto& req : m_server->requests())
        asked = asked || req.header("x-tc-action") == "DescribeMediaInfos";
    QVERIFY(asked);

    // A FileId VOD no longer knows: a clear message, nothing saved.
    const QString gone = m_home->filePath(u"perm/gone.wav"_s);
    r = cli({ u"download"_s, u"1-AigcAudioTask-ffft"_s, gone, u"--endpoint"_s, m_server->baseUrl() },
        credentialsEnv());
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains(u"VOD does not know FileId 5285890800000000099"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(gone));
}

void TestCli::downloadToAnotherFormatConverts()
{
    // An MP3 output saved as .wav is converted: WAV bytes under the .wav name, never MP3 bytes. A name
    // in no audio format is refused, naming both; nothing is left behind either way.
    const QString mp3 = m_home->filePath(u"served.mp3"_s);
    QCOMPARE(IndependentAudio::makeSound(mp3, 2.0, 44100, 2, 0.2, { u"-c:a"_s, u"libmp3lame"_s }), QString());
    const QByteArray bytes = TestPaths::readFile(mp3);
    m_server->setFallback([this, bytes](const ScriptedHttpServer::Request& req) {
        ScriptedHttpServer::Step s;
        if (req.method == "GET") {
            s.body = bytes;
            return s;
        }
        s.body
            = R"({"Response":{"TaskType":"AigcAudioTask","Status":"FINISH","AigcAudioTask":{"TaskId":"1-AigcAudioTask-mp3t",
            "Status":"FINISH","Progress":100,"ErrCode":0,"ErrCodeExt":"","Input":{"Prompt":"rain on a tin roof"},
            "Output":{"AudioInfos":[{"FileType":"mp3","FileUrl":")"
            + m_server->baseUrl().toUtf8() + R"(files/a.mp3","Duration":2}]}},"RequestId":"r"}})";
        return s;
    });
    const QString wav = m_home->filePath(u"conv/x.wav"_s);
    Run r = cli({ u"download"_s, u"1-AigcAudioTask-mp3t"_s, wav, u"--endpoint"_s, m_server->baseUrl() },
        credentialsEnv());
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(TestPaths::readFile(wav).startsWith("RIFF"));
    QCOMPARE(IndependentAudio::probe(wav).value(u"codec_name"_s).toString(), u"pcm_s24le"_s);
    QVERIFY(std::abs(IndependentAudio::decodedFrames(wav, 2) - 88200) <= 44);
    QCOMPARE(QDir(m_home->filePath(u"conv"_s)).entryList(QDir::Files), QStringList { u"x.wav"_s });

    const QString odd = m_home->filePath(u"conv/x.xyz"_s);
    r = cli({ u"download"_s, u"1-AigcAudioTask-mp3t"_s, odd, u"--endpoint"_s, m_server->baseUrl() },
        credentialsEnv());
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains(u"cannot save the MP3 output of task 1-AigcAudioTask-mp3t as "_s + odd
                 + u": .xyz is not an audio format this tool writes (wav, flac, mp3, ogg, opus)"_s),
        qPrintable(r.err));
    QCOMPARE(QDir(m_home->filePath(u"conv"_s)).entryList(QDir::Files), QStringList { u"x.wav"_s });
}

void TestCli::createWaitReportsTaskFailure()
{
    m_server->enqueueJson(R"("TaskId":"1-AigcAudioTask-dddt","RequestId":"r1")");
    m_server->enqueueJson(
        R"("TaskType":"AigcAudioTask","Status":"FINISH","AigcAudioTask":{"TaskId":"1-AigcAudioTask-dddt",
        "Status":"FINISH","ErrCode":70000,"ErrCodeExt":"ModelGenerateFailed","Message":"the model failed"},"RequestId":"r2")");
    const Run r = cli({ u"create"_s, u"--endpoint"_s, m_server->baseUrl(), u"--prompt"_s, u"rain"_s,
                          u"--wait"_s, u"--poll-interval"_s, u"1"_s },
        credentialsEnv());
    QCOMPARE(r.code, int(ExitTaskFailed));
    QVERIFY(r.err.contains(u"ModelGenerateFailed: the model failed"_s));
    // What it means and whether to retry, in words.
    const TaskFailure f = TaskFailure::describe(u"ModelGenerateFailed"_s);
    QVERIFY(r.err.contains(f.explanation));
    QVERIFY(r.err.contains(TaskFailure::remedyLabel(TaskFailure::Remedy::Retry)));
}

void TestCli::statusShowsTask()
{
    m_server->enqueueJson(
        R"("TaskType":"AigcAudioTask","Status":"PROCESSING","CreateTime":"2026-11-23T10:00:00Z",
        "BeginProcessTime":"2026-11-23T10:00:01Z","FinishTime":"0001-01-01T00:00:00Z","AigcAudioTask":{"TaskId":"t-1",
        "Status":"PROCESSING","Progress":40,"Input":{"ModelName":"Kling","SceneType":"sfx","Prompt":"rain"}},"RequestId":"r")");
    const Run r = cli({ u"status"_s, u"--endpoint"_s, m_server->baseUrl(), u"t-1"_s }, credentialsEnv());
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(u"PROCESSING (40%)"_s));
    QVERIFY(r.out.contains(u"Finished:  -"_s));
    QVERIFY(!r.out.contains(u"Meaning:"_s)); // not failed
    QCOMPARE(
        QJsonDocument::fromJson(m_server->requests().first().body).object().value("TaskId"_L1).toString(),
        u"t-1"_s);
}

void TestCli::listFiltersAudioTasksAndFollowsPages()
{
    m_server->enqueueJson(R"("TaskSet":[{"TaskId":"a1","Status":"FINISH","TaskType":"AigcAudioTask"},
        {"TaskId":"p1","Status":"FINISH","TaskType":"Procedure"}],"ScrollToken":"tok2","RequestId":"r")");
    m_server->enqueueJson(
        R"("TaskSet":[{"TaskId":"a2","Status":"WAITING","TaskType":"AigcAudioTask"}],"ScrollToken":"","RequestId":"r")");
    const Run r = cli({ u"list"_s, u"--endpoint"_s, m_server->baseUrl(), u"--json"_s }, credentialsEnv());
    QCOMPARE(r.code, 0);
    const QJsonArray a = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(a.size(), 2);
    QCOMPARE(a.at(1).toObject().value("TaskId"_L1).toString(), u"a2"_s);
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(
        QJsonDocument::fromJson(m_server->requests().at(1).body).object().value("ScrollToken"_L1).toString(),
        u"tok2"_s);
}

void TestCli::abortPrintsResult()
{
    m_server->enqueueJson(R"("RequestId":"r")");
    Run r = cli({ u"abort"_s, u"--endpoint"_s, m_server->baseUrl(), u"t-9"_s }, credentialsEnv());
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(u"Aborted t-9"_s));
    const QJsonObject body = QJsonDocument::fromJson(m_server->requests().first().body).object();
    QCOMPARE(body.value("OperationType"_L1).toString(), u"Abort"_s);
    m_server->enqueueApiError(u"InvalidParameterValue.TaskId"_s, u"task is not waiting"_s);
    r = cli({ u"abort"_s, u"--endpoint"_s, m_server->baseUrl(), u"t-9"_s }, credentialsEnv());
    QVERIFY(r.code != 0);
    QVERIFY(r.err.contains(u"WAITING"_s));
}

void TestCli::profilesPlaintextRoundTrip()
{
    // --from-env with --plaintext: no keychain needed; the secrets land in a 0600 file and every
    // listing says so.
    QProcessEnvironment e = credentialsEnv();
    Run r = cli({ u"profiles"_s, u"add"_s, u"work"_s, u"--from-env"_s, u"--plaintext"_s, u"--endpoint"_s,
                    m_server->baseUrl(), u"--sub-app-id"_s, u"42"_s },
        e);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(u"plain text"_s, Qt::CaseInsensitive));
    r = cli({ u"profiles"_s, u"list"_s });
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(u"* work"_s));
    QVERIFY(r.out.contains(u"plain text"_s, Qt::CaseInsensitive));
    QVERIFY(!r.out.contains(u"CliTestSecretKey"_s));
    r = cli({ u"profiles"_s, u"show"_s, u"work"_s });
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(u"AKID****0000"_s));
    QVERIFY(!r.out.contains(u"CliTestSecretKey"_s));
    // The profile is used by default, with its SubAppId.
    m_server->enqueueJson(R"("TaskId":"1-AigcAudioTask-eeet","RequestId":"r1")");
    r = cli({ u"create"_s, u"--prompt"_s, u"rain"_s });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(
        QJsonDocument::fromJson(m_server->requests().first().body).object().value("SubAppId"_L1).toInteger(),
        42);
    // No file written by the CLI holds the key except the one the user chose, and that one is 0600.
    QDirIterator it(m_home->path(), QDir::Files, QDirIterator::Subdirectories);
    int plaintextFiles = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        if (TestPaths::readFile(path).contains("CliTestSecretKey")) {
            ++plaintextFiles;
            QCOMPARE(QFile::permissions(path)
                    & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                QFile::Permissions());
        }
    }
    QCOMPARE(plaintextFiles, 1);
    r = cli({ u"profiles"_s, u"remove"_s, u"work"_s });
    QCOMPARE(r.code, 0);
    r = cli({ u"profiles"_s, u"show"_s, u"work"_s });
    QCOMPARE(r.code, int(ExitBadInput));
}

void TestCli::noCredentialsExplainsWhereItLooked()
{
    const Run r = cli({ u"create"_s, u"--endpoint"_s, m_server->baseUrl(), u"--prompt"_s, u"rain"_s });
    QCOMPARE(r.code, int(ExitAuth));
    QVERIFY(r.err.contains(u"TENCENTCLOUD_SECRET_ID"_s));
    QCOMPARE(m_server->requestCount(), 0);
}

QTEST_GUILESS_MAIN(TestCli)
void TestCli::rateAndTagTheLocalHistory()
{
    const QString db = m_home->filePath(u"marks/history.sqlite"_s);
    {
        HistoryStore store(SystemClock::instance());
        QVERIFY(store.open(db));
        TaskRecord r;
        r.taskId = u"1-AigcAudioTask-markt"_s;
        r.prompt = u"rain"_s;
        r.state = TaskRecord::State::Finished;
        QCOMPARE(store.insertRecords({ r }).size(), 1);
    }
    Run r = cli({ u"rate"_s, u"1-AigcAudioTask-markt"_s, u"--stars"_s, u"4"_s, u"--history-db"_s, db });
    QCOMPARE(r.code, 0);
    r = cli({ u"tag"_s, u"1-AigcAudioTask-markt"_s, u"--add"_s, u"Rain"_s, u"--add"_s, u"roof"_s, u"--fav"_s,
        u"--history-db"_s, db });
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(u"rain,roof"_s));
    r = cli({ u"tag"_s, u"1-AigcAudioTask-markt"_s, u"--remove"_s, u"roof"_s, u"--history-db"_s, db });
    QCOMPARE(r.code, 0);
    {
        HistoryStore store(SystemClock::instance());
        QVERIFY(store.open(db));
        const auto rec = store.byTaskId(u"1-AigcAudioTask-markt"_s);
        QVERIFY(rec);
        QCOMPARE(rec->rating, 4);
        QVERIFY(rec->favourite);
        QCOMPARE(rec->tags, QStringList { u"rain"_s });
    }
    // Broken input names the option and the rule; nothing is written.
    r = cli({ u"rate"_s, u"1-AigcAudioTask-markt"_s, u"--stars"_s, u"9"_s, u"--history-db"_s, db });
    QCOMPARE(r.code, int(ExitBadInput));
    QVERIFY(r.err.contains(u"--stars"_s) && r.err.contains(u"0 to 5"_s));
    r = cli({ u"tag"_s, u"1-AigcAudioTask-markt"_s, u"--add"_s, u"a,b"_s, u"--history-db"_s, db });
    QCOMPARE(r.code, int(ExitBadInput));
    QVERIFY(r.err.contains(u"--add"_s));
    r = cli({ u"tag"_s, u"1-AigcAudioTask-nonet"_s, u"--fav"_s, u"--history-db"_s, db });
    QCOMPARE(r.code, int(ExitBadInput));
    QVERIFY(r.err.contains(u"not in the local history"_s));

    // `history` lists them with the prompt and the marks, with the app's search syntax.
    r = cli({ u"history"_s, u"--search"_s, u"tag:rain rating>=4 fav"_s, u"--history-db"_s, db });
    QCOMPARE(r.code, 0);
    QVERIFY2(
        r.out.contains(u"1-AigcAudioTask-markt\tFinished\t\u2605\u2605\u2605\u2605 \u2665\train\train"_s),
        qPrintable(r.out));
    r = cli({ u"history"_s, u"--tag"_s, u"metal"_s, u"--history-db"_s, db });
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.isEmpty());
    r = cli({ u"history"_s, u"--rating"_s, u"9"_s, u"--history-db"_s, db });
    QCOMPARE(r.code, int(ExitBadInput));
    QVERIFY(r.err.contains(u"--rating"_s));
}

#include "tst_cli.moc"
