// The emulator's actions: Create with validation and the model catalogue, the task lifecycle as a
// function of the clock, DescribeTasks paging/filters/window, Abort, the failure triggers, rate limits,
// SubAppId scoping and --data-dir persistence.
#include "EmulatorTestSupport.h"
#include "core/model/AudioTask.h"
#include "core/model/TaskSummary.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace EmulatorTest;

class TestEmulatorActions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void happyPathWithVodClient();
    void taskIdShape();
    void validationErrorsNameTheField_data();
    void validationErrorsNameTheField();
    void modelCatalogue_data();
    void modelCatalogue();
    void blockedWords();
    void describeTaskDetailErrors();
    void describeTasksPagingSortAndFilters();
    void describeTasksWindowIs72Hours();
    void abortOnlyWhileWaiting();
    void failureTriggers_data();
    void failureTriggers();
    void echoedInput();
    void slowAndStuck();
    void rateLimitsPerSecretIdAndAction();
    void subAppIdScoping();
    void permanentOutputAndDescribeMediaInfos();
    void dataDirSurvivesRestart();

private:
    HttpResult api(const QString& action, const QJsonObject& params, EmulatorServer* server = nullptr);
    QString create(const QJsonObject& params);
    QJsonObject detail(const QString& taskId, std::optional<quint64> subAppId = std::nullopt);

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<EmulatorServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void TestEmulatorActions::init()
{
    m_clock = std::make_unique<ManualClock>(1'750'000'000'000LL);
    EmulatorConfig config;
    config.taskSeconds = 10;
    m_server = std::make_unique<EmulatorServer>(config, m_clock.get());
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void TestEmulatorActions::cleanup()
{
    m_nam.reset();
    m_server.reset();
    m_clock.reset();
}

HttpResult TestEmulatorActions::api(const QString& action, const QJsonObject& params, EmulatorServer* server)
{
    EmulatorServer* s = server ? server : m_server.get();
    const QByteArray body = QJsonDocument(params).toJson(QJsonDocument::Compact);
    return postSigned(*m_nam, s->baseUrl(), signInput(*s, s->clock()->nowSecs(), action, body));
}

QString TestEmulatorActions::create(const QJsonObject& params)
{
    const HttpResult r = api(u"CreateAigcAudioTask"_s, params);
    if (!r.errorCode().isEmpty())
        qWarning("create failed: %s", r.body.constData());
    return r.response().value("TaskId"_L1).toString();
}

QJsonObject TestEmulatorActions::detail(const QString& taskId, std::optional<quint64> subAppId)
{
    QJsonObject p { { "TaskId"_L1, taskId } };
    if (subAppId)
        p.insert("SubAppId"_L1, qint64(*subAppId));
    return api(u"DescribeTaskDetail"_s, p).response();
}

void TestEmulatorActions::happyPathWithVodClient()
{
    auto client = makeClient(m_nam.get(), m_clock.get(), m_server->baseUrl());
    AudioTaskRequest req;
    req.modelName = u"Kling"_s;
    req.sceneType = u"sfx"_s;
    req.prompt = u"Fireworks during Spring Festival celebrations"_s;
    req.outputConfig.storageMode = u"Temporary"_s;
    req.outputConfig.duration = 3;
    req.outputConfig.outputAudioFormat = u"wav"_s;
    req.additionalParameters = u"{\"seed\":42}"_s;
    VodJob* job = client->createAigcAudioTask(req);
    QVERIFY(run(job, *m_clock));
    QVERIFY2(job->error().isOk(), qPrintable(job->error().toString()));
    const QString taskId = job->createdTaskId();
    delete job;
    const qint64 created = m_clock->nowMs();

    QList<AudioTask::Status> seen;
    int lastProgress = -1;
    AudioTask task;
    for (int i = 0; i < 30; ++i) {
        job = client->describeTaskDetail(taskId);
        QVERIFY(run(job, *m_clock));
        QVERIFY2(job->error().isOk(), qPrintable(job->error().toString()));
        task = job->audioTask();
        delete job;
        QCOMPARE(task.taskType, u"AigcAudioTask"_s);
        QCOMPARE(task.taskId, taskId);
        if (seen.isEmpty() || seen.last() != task.status)
            seen.append(task.status);
        if (task.status == AudioTask::Status::Processing) {
            QVERIFY(task.progress >= lastProgress);
            QVERIFY(task.progress > 0 && task.progress < 100);
            QVERIFY(task.beginProcessTime.isValid());
            QVERIFY(!task.finishTime.isValid());
            lastProgress = task.progress;
        }
        if (task.status == AudioTask::Status::Waiting) {
            QVERIFY(!task.beginProcessTime.isValid());
            QCOMPARE(task.raw.value("BeginProcessTime"_L1).toString(), u"0001-01-01T00:00:00Z"_s);
            QCOMPARE(task.raw.value("FinishTime"_L1).toString(), u"0001-01-01T00:00:00Z"_s);
        }
        if (task.isDone())
            break;
        m_clock->advance(700);
    }
    QCOMPARE(seen,
        (QList<AudioTask::Status> {
            AudioTask::Status::Waiting, AudioTask::Status::Processing, AudioTask::Status::Finish }));
    QVERIFY(task.isSuccess());
    QCOMPARE(task.progress, 100);
    QCOMPARE(task.createTime.toMSecsSinceEpoch(), created / 1000 * 1000);
    QCOMPARE(task.finishTime.toMSecsSinceEpoch(), (created + 10'000) / 1000 * 1000);
    QCOMPARE(task.input.prompt, req.prompt);
    QCOMPARE(task.input.outputConfig.duration, std::optional<qint64>(3));
    QCOMPARE(task.input.additionalParameters, req.additionalParameters);
    QCOMPARE(task.audioOutputs.size(), 1);
    const AudioOutput out = task.audioOutputs.first();
    QCOMPARE(out.storageMode, u"Temporary"_s);
    QCOMPARE(out.fileType, u"wav"_s);
    QCOMPARE(out.duration, 3.0);
    QVERIFY(out.fileId.isEmpty());
    QCOMPARE(out.expireTime, task.finishTime.addDays(7));
    QVERIFY2(out.fileUrl.startsWith(m_server->baseUrl().toString() + u"files/"_s + taskId),
        qPrintable(out.fileUrl));

    const HttpResult file = get(*m_nam, QUrl(out.fileUrl));
    QCOMPARE(file.status, 200);
    const WavInfo wav = parseWav(file.body);
    QVERIFY(wav.valid);
    QCOMPARE(wav.seconds(), 3.0);
}

void TestEmulatorActions::taskIdShape()
{
    static const QRegularExpression shape(u"^251441341-AigcAudioTask-[0-9a-f]{32}t$"_s);
    const QString id = create({ { "Prompt"_L1, u"rain on a tin roof"_s } });
    QVERIFY2(shape.match(id).hasMatch(), qPrintable(id));
    const HttpResult r
        = api(u"CreateAigcAudioTask"_s, { { "Prompt"_L1, u"rain"_s }, { "SubAppId"_L1, 1500012345 } });
    QVERIFY(r.response().value("TaskId"_L1).toString().startsWith("1500012345-AigcAudioTask-"_L1));
}

void TestEmulatorActions::validationErrorsNameTheField_data()
{
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("duration too long") << QByteArray(R"({"Prompt":"x","OutputConfig":{"Duration":61}})")
                                       << u"InvalidParameterValue"_s << u"OutputConfig.Duration"_s;
    QTest::newRow("duration wrong type") << QByteArray(R"({"Prompt":"x","OutputConfig":{"Duration":"six"}})")
                                         << u"InvalidParameter"_s << u"OutputConfig.Duration"_s;
    QTest::newRow("format") << QByteArray(R"({"Prompt":"x","OutputConfig":{"OutputAudioFormat":"ogg"}})")
                            << u"InvalidParameterValue"_s << u"OutputConfig.OutputAudioFormat"_s;
    QTest::newRow("no prompt") << QByteArray(R"({"SceneType":"sfx"})") << u"InvalidParameterValue"_s
                               << u"Prompt"_s;
    QTest::newRow("scene") << QByteArray(R"({"Prompt":"x","SceneType":"speech"})")
                           << u"InvalidParameterValue"_s << u"SceneType"_s;
    QTest::newRow("expire in the past")
        << QByteArray(R"({"Prompt":"x","OutputConfig":{"ExpireTime":"2020-01-01T00:00:00Z"}})")
        << u"InvalidParameterValue"_s << u"OutputConfig.ExpireTime"_s;
    QTest::newRow("additional not json") << QByteArray(R"({"Prompt":"x","AdditionalParameters":"{lyrics"})")
                                         << u"InvalidParameterValue"_s << u"AdditionalParameters"_s;
    QTest::newRow("reference url") << QByteArray(R"({"AudioInfos":[{"Type":"Url","Url":"ftp://x"}]})")
                                   << u"InvalidParameterValue"_s << u"AudioInfos[0].Url"_s;
    QTest::newRow("unknown parameter")
        << QByteArray(R"({"Prompt":"x","Lyrics":"la"})") << u"UnknownParameter"_s << u"Lyrics"_s;
    QTest::newRow("subappid type") << QByteArray(R"({"Prompt":"x","SubAppId":"abc"})")
                                   << u"InvalidParameter"_s << u"SubAppId"_s;
    QTest::newRow("kling music") << QByteArray(R"({"Prompt":"x","ModelName":"Kling","SceneType":"music"})")
                                 << u"InvalidParameterValue.SceneType"_s << u"SceneType"_s;
}

void TestEmulatorActions::validationErrorsNameTheField()
{
    QFETCH(QByteArray, params);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const HttpResult r = api(u"CreateAigcAudioTask"_s, QJsonDocument::fromJson(params).object());
    QCOMPARE(r.errorCode(), code);
    QVERIFY2(r.errorMessage().contains(field), qPrintable(r.errorMessage()));
    QCOMPARE(m_server->taskStore()->size(), 0);
}

void TestEmulatorActions::modelCatalogue_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("code");
    QTest::newRow("Kling stable") << u"Kling"_s << QString() << QString();
    QTest::newRow("Kling 1.0") << u"Kling"_s << u"1.0"_s << u"InvalidParameterValue.ModelVersion"_s;
    QTest::newRow("MiniMax 2.0") << u"MiniMaxMusic"_s << u"2.0"_s << QString();
    QTest::newRow("MiniMax 2.5") << u"MiniMaxMusic"_s << u"2.5"_s << QString();
    QTest::newRow("MiniMax 2.6") << u"MiniMaxMusic"_s << u"2.6"_s << QString();
    QTest::newRow("MiniMax 3.0") << u"MiniMaxMusic"_s << u"3.0"_s << u"InvalidParameterValue.ModelVersion"_s;
    QTest::newRow("GL clip") << u"GL"_s << u"3.0-clip"_s << QString();
    QTest::newRow("GL pro") << u"GL"_s << u"3.0-pro"_s << QString();
    QTest::newRow("GL 2.0") << u"GL"_s << u"2.0"_s << u"InvalidParameterValue.ModelVersion"_s;
    QTest::newRow("unknown") << u"Suno"_s << QString() << u"InvalidParameterValue.ModelName"_s;
    QTest::newRow("case") << u"kling"_s << QString() << u"InvalidParameterValue.ModelName"_s;
}

void TestEmulatorActions::modelCatalogue()
{
    QFETCH(QString, model);
    QFETCH(QString, version);
    QFETCH(QString, code);
    QJsonObject p { { "ModelName"_L1, model }, { "Prompt"_L1, u"calm piano"_s } };
    if (!version.isEmpty())
        p.insert("ModelVersion"_L1, version);
    const HttpResult r = api(u"CreateAigcAudioTask"_s, p);
    QCOMPARE(r.errorCode(), code);
    if (code.isEmpty()) {
        const QJsonObject d = detail(r.response().value("TaskId"_L1).toString());
        const QJsonObject input = d.value("AigcAudioTask"_L1).toObject().value("Input"_L1).toObject();
        QCOMPARE(input.value("ModelName"_L1).toString(), model);
        QCOMPARE(input.value("SceneType"_L1).toString(), model == "Kling"_L1 ? u"sfx"_s : u"music"_s);
    }
}

void TestEmulatorActions::blockedWords()
{
    HttpResult r = api(u"CreateAigcAudioTask"_s, { { "Prompt"_L1, u"explosion #BLOCKED now"_s } });
    QCOMPARE(r.errorCode(), u"InvalidParameter.ViolationContent"_s);
    r = api(u"CreateAigcAudioTask"_s,
        { { "Prompt"_L1, u"song"_s }, { "ModelName"_L1, u"MiniMaxMusic"_s },
            { "AdditionalParameters"_L1, u"{\"lyrics\":\"nsfw words\"}"_s } });
    QCOMPARE(r.errorCode(), u"InvalidParameter.ViolationContent"_s);

    EmulatorConfig config;
    config.blockedWords = { u"banana"_s };
    EmulatorServer server(config, m_clock.get());
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    r = api(u"CreateAigcAudioTask"_s, { { "Prompt"_L1, u"a Banana falls"_s } }, &server);
    QCOMPARE(r.errorCode(), u"InvalidParameter.ViolationContent"_s);
    r = api(u"CreateAigcAudioTask"_s, { { "Prompt"_L1, u"#blocked is fine here"_s } }, &server);
    QCOMPARE(r.errorCode(), QString());
}

void TestEmulatorActions::describeTaskDetailErrors()
{
    HttpResult r = api(u"DescribeTaskDetail"_s, {});
    QCOMPARE(r.errorCode(), u"MissingParameter"_s);
    r = api(u"DescribeTaskDetail"_s,
        { { "TaskId"_L1, u"251441341-AigcAudioTask-00000000000000000000000000000000t"_s } });
    QCOMPARE(r.errorCode(), u"ResourceNotFound"_s);
}

void TestEmulatorActions::describeTasksPagingSortAndFilters()
{
    QStringList ids;
    for (int i = 0; i < 7; ++i) {
        ids.append(create({ { "Prompt"_L1, u"task %1"_s.arg(i) } }));
        m_clock->advance(3000); // 3 s apart; tasks take 10 s
    }
    // Now: tasks 0..3 FINISH (created 21..12 s ago... task 3 at 12 s), 4..6 not finished.
    auto list = [this](const QJsonObject& p) { return api(u"DescribeTasks"_s, p); };

    // Paging, newest first by default.
    QStringList got;
    QString token;
    int pages = 0;
    do {
        QJsonObject p { { "Limit"_L1, 3 } };
        if (!token.isEmpty())
            p.insert("ScrollToken"_L1, token);
        const HttpResult r = list(p);
        QVERIFY2(r.errorCode().isEmpty(), r.body.constData());
        for (const QJsonValue v : r.response().value("TaskSet"_L1).toArray()) {
            const TaskSummary s = TaskSummary::fromJson(v.toObject());
            QCOMPARE(s.taskType, u"AigcAudioTask"_s);
            got.append(s.taskId);
        }
        token = r.response().value("ScrollToken"_L1).toString();
        ++pages;
    } while (!token.isEmpty() && pages < 10);
    QCOMPARE(pages, 3);
    QStringList newestFirst = ids;
    std::reverse(newestFirst.begin(), newestFirst.end());
    QCOMPARE(got, newestFirst);

    // Ascending.
    HttpResult r
        = list({ { "Sort"_L1, QJsonObject { { "Field"_L1, u"CreateTime"_s }, { "Order"_L1, u"Asc"_s } } },
            { "Limit"_L1, 2 } });
    QJsonArray set = r.response().value("TaskSet"_L1).toArray();
    QCOMPARE(set.size(), 2);
    QCOMPARE(set.at(0).toObject().value("TaskId"_L1).toString(), ids.at(0));

    // Status filter.
    r = list({ { "Status"_L1, u"FINISH"_s } });
    set = r.response().value("TaskSet"_L1).toArray();
    QCOMPARE(set.size(), 4);
    for (const QJsonValue v : set)
        QCOMPARE(v.toObject().value("Status"_L1).toString(), u"FINISH"_s);
    r = list({ { "Status"_L1, u"PROCESSING"_s } });
    QCOMPARE(r.response().value("TaskSet"_L1).toArray().size(), 3);

    // CreateTime window: tasks 2, 3, 4.
    const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1'750'000'000'000LL, Qt::UTC);
    r = list({ { "CreateTime"_L1,
                   QJsonObject { { "After"_L1, t0.addSecs(6).toString(Qt::ISODate) },
                       { "Before"_L1, t0.addSecs(13).toString(Qt::ISODate) } } },
        { "Sort"_L1, QJsonObject { { "Field"_L1, u"CreateTime"_s }, { "Order"_L1, u"Asc"_s } } } });
    set = r.response().value("TaskSet"_L1).toArray();
    QCOMPARE(set.size(), 3);
    QCOMPARE(set.at(0).toObject().value("TaskId"_L1).toString(), ids.at(2));
    QCOMPARE(set.at(2).toObject().value("TaskId"_L1).toString(), ids.at(4));

    // FinishTime filter and sort: only finished tasks have one.
    r = list({ { "FinishTime"_L1, QJsonObject { { "After"_L1, t0.toString(Qt::ISODate) } } },
        { "Sort"_L1, QJsonObject { { "Field"_L1, u"FinishTime"_s }, { "Order"_L1, u"Desc"_s } } } });
    set = r.response().value("TaskSet"_L1).toArray();
    QCOMPARE(set.size(), 4);
    QCOMPARE(set.at(0).toObject().value("TaskId"_L1).toString(), ids.at(3));

    // Bad values.
    QCOMPARE(list({ { "Limit"_L1, 101 } }).errorCode(), u"InvalidParameterValue"_s);
    QVERIFY(list({ { "Limit"_L1, 101 } }).errorMessage().contains("Limit"_L1));
    QCOMPARE(
        list({ { "ScrollToken"_L1, u"garbage!"_s } }).errorCode(), u"InvalidParameterValue.ScrollToken"_s);
    QCOMPARE(list({ { "Status"_L1, u"DONE"_s } }).errorCode(), u"InvalidParameterValue"_s);
}

void TestEmulatorActions::describeTasksWindowIs72Hours()
{
    const QString old = create({ { "Prompt"_L1, u"old"_s } });
    m_clock->advance(71LL * 3600 * 1000);
    const QString recent = create({ { "Prompt"_L1, u"recent"_s } });
    m_clock->advance(1LL * 3600 * 1000 + 1000);
    const HttpResult r = api(u"DescribeTasks"_s, {});
    const QJsonArray set = r.response().value("TaskSet"_L1).toArray();
    QCOMPARE(set.size(), 1);
    QCOMPARE(set.at(0).toObject().value("TaskId"_L1).toString(), recent);
    QCOMPARE(api(u"DescribeTaskDetail"_s, { { "TaskId"_L1, old } }).errorCode(), u"ResourceNotFound"_s);
    QCOMPARE(detail(recent).value("Status"_L1).toString(), u"FINISH"_s);
}

void TestEmulatorActions::abortOnlyWhileWaiting()
{
    auto client = makeClient(m_nam.get(), m_clock.get(), m_server->baseUrl());
    const QString waiting = create({ { "Prompt"_L1, u"to abort"_s } });
    ManageTaskRequest abort;
    abort.taskId = waiting;
    VodJob* job = client->manageTask(abort);
    QVERIFY(run(job, *m_clock));
    QVERIFY2(job->error().isOk(), qPrintable(job->error().toString()));
    delete job;
    m_clock->advance(500);
    QJsonObject d = detail(waiting);
    QCOMPARE(d.value("Status"_L1).toString(), u"ABORTED"_s);
    const AudioTask t = AudioTask::fromDescribeTaskDetail(d);
    QCOMPARE(t.errCodeExt, u"OperationCanceled"_s);
    QVERIFY(t.isFailed());
    QVERIFY(t.finishTime.isValid());
    // It never starts, never finishes.
    m_clock->advance(60'000);
    QCOMPARE(detail(waiting).value("Status"_L1).toString(), u"ABORTED"_s);
    QCOMPARE(
        api(u"ManageTask"_s, { { "TaskId"_L1, waiting }, { "OperationType"_L1, u"Abort"_s } }).errorCode(),
        u"InvalidParameterValue.TaskId"_s);

    const QString processing = create({ { "Prompt"_L1, u"busy"_s } });
    m_clock->advance(2000);
    HttpResult r = api(u"ManageTask"_s, { { "TaskId"_L1, processing }, { "OperationType"_L1, u"Abort"_s } });
    QCOMPARE(r.errorCode(), u"FailedOperation"_s);
    m_clock->advance(10'000);
    r = api(u"ManageTask"_s, { { "TaskId"_L1, processing }, { "OperationType"_L1, u"Abort"_s } });
    QCOMPARE(r.errorCode(), u"InvalidParameterValue.TaskId"_s);
    QVERIFY(r.errorMessage().contains("FINISH"_L1));

    r = api(u"ManageTask"_s,
        { { "TaskId"_L1, u"251441341-AigcAudioTask-00000000000000000000000000000000t"_s },
            { "OperationType"_L1, u"Abort"_s } });
    QCOMPARE(r.errorCode(), u"ResourceNotFound"_s);
    r = api(u"ManageTask"_s, { { "TaskId"_L1, processing }, { "OperationType"_L1, u"Pause"_s } });
    QCOMPARE(r.errorCode(), u"InvalidParameterValue.OperationType"_s);
}

void TestEmulatorActions::failureTriggers_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QString>("errCodeExt");
    QTest::newRow("generate") << u"thunder #fail-generate"_s << u"ModelGenerateFailed"_s;
    QTest::newRow("moderation") << u"#FAIL-MODERATION thunder"_s << u"ContentModerationFailed"_s;
    QTest::newRow("timeout") << u"thunder #fail-timeout"_s << u"TaskTimeout"_s;
    QTest::newRow("internal") << u"thunder #fail-internal"_s << u"InternalError"_s;
    QTest::newRow("resource") << u"thunder #fail-resource"_s << u"ResourceInsufficient"_s;
    QTest::newRow("concurrency") << u"thunder #fail-concurrency"_s << u"RequestLimitExceeded"_s;
    QTest::newRow("violation") << u"thunder #fail-violation"_s << u"InvalidParameter.VoilationContent"_s;
    QTest::newRow("value") << u"thunder #fail-value"_s << u"InvalidParameterValue"_s;
    QTest::newRow("backlog") << u"thunder #fail-backlog"_s << u"FailedOperation"_s;
    QTest::newRow("parameter") << u"thunder #fail-parameter"_s << u"InvalidParameter"_s;
    QTest::newRow("format") << u"thunder #fail-format"_s << u"InvalidParameter.MediaFormat"_s;
    QTest::newRow("notfound") << u"thunder #fail-notfound"_s << u"ResourceNotFound"_s;
    QTest::newRow("canceled") << u"thunder #fail-canceled"_s << u"OperationCanceled"_s;
}

void TestEmulatorActions::failureTriggers()
{
    QFETCH(QString, prompt);
    QFETCH(QString, errCodeExt);
    const QString id = create({ { "Prompt"_L1, prompt } });
    QVERIFY(!id.isEmpty());
    m_clock->advance(5000);
    QCOMPARE(detail(id).value("Status"_L1).toString(), u"PROCESSING"_s);
    m_clock->advance(5000);
    const AudioTask t = AudioTask::fromDescribeTaskDetail(detail(id));
    QCOMPARE(t.status, AudioTask::Status::Finish);
    QCOMPARE(t.errCodeExt, errCodeExt);
    QVERIFY(t.errCode != 0);
    QVERIFY(!t.message.isEmpty());
    QVERIFY(t.audioOutputs.isEmpty());
    QVERIFY(t.isFailed());
    // Every documented code has its own explanation and class (issue 13).
    QVERIFY(TaskFailure::documentedCodes().contains(errCodeExt));
    QVERIFY(t.failure().remedy != TaskFailure::Remedy::Unknown);
}

void TestEmulatorActions::echoedInput()
{
    const QString id = create({ { "Prompt"_L1, u"rain"_s },
        { "AdditionalParameters"_L1, u"{\"negative_prompt\":\"thunder\",\"enhance_prompt\":true}"_s } });
    const QString plain = create({ { "Prompt"_L1, u"rain"_s } });
    m_clock->advance(10'000);
    const AudioTask t = AudioTask::fromDescribeTaskDetail(detail(id));
    QCOMPARE(t.negativePrompt, u"thunder"_s);
    QCOMPARE(t.enhancePrompt, std::optional<bool>(true));
    const AudioTask p = AudioTask::fromDescribeTaskDetail(detail(plain));
    QCOMPARE(p.negativePrompt, QString());
    QCOMPARE(p.enhancePrompt, std::optional<bool>(false));
}

void TestEmulatorActions::slowAndStuck()
{
    const QString slow = create({ { "Prompt"_L1, u"waves #slow"_s } });
    const QString stuck = create({ { "Prompt"_L1, u"waves #stuck"_s } });
    m_clock->advance(5000);
    QCOMPARE(detail(slow).value("Status"_L1).toString(), u"WAITING"_s); // WAITING for 10 of 100 s
    m_clock->advance(10'000);
    QCOMPARE(detail(slow).value("Status"_L1).toString(), u"PROCESSING"_s);
    m_clock->advance(85'000);
    QCOMPARE(detail(slow).value("Status"_L1).toString(), u"FINISH"_s);
    const QJsonObject s = detail(stuck);
    QCOMPARE(s.value("Status"_L1).toString(), u"PROCESSING"_s);
    QCOMPARE(s.value("AigcAudioTask"_L1).toObject().value("Progress"_L1).toInt(), 99);
}

void TestEmulatorActions::rateLimitsPerSecretIdAndAction()
{
    for (int i = 0; i < 20; ++i)
        QCOMPARE(api(u"CreateAigcAudioTask"_s, { { "Prompt"_L1, u"r%1"_s.arg(i) } }).errorCode(), QString());
    HttpResult r = api(u"CreateAigcAudioTask"_s, { { "Prompt"_L1, u"one too many"_s } });
    QCOMPARE(r.errorCode(), u"RequestLimitExceeded"_s);
    QCOMPARE(m_server->taskStore()->size(), 20);
    // Reads have their own budget.
    QCOMPARE(api(u"DescribeTasks"_s, {}).errorCode(), QString());
    m_clock->advance(1000);
    QCOMPARE(api(u"CreateAigcAudioTask"_s, { { "Prompt"_L1, u"next second"_s } }).errorCode(), QString());

    m_clock->advance(1000); // the first DescribeTasks leaves the window
    for (int i = 0; i < 100; ++i)
        QCOMPARE(api(u"DescribeTasks"_s, { { "Limit"_L1, 1 } }).errorCode(), QString());
    QCOMPARE(api(u"DescribeTasks"_s, { { "Limit"_L1, 1 } }).errorCode(), u"RequestLimitExceeded"_s);
    QCOMPARE(api(u"DescribeTaskDetail"_s, { { "TaskId"_L1, u"x"_s } }).errorCode(), u"ResourceNotFound"_s);
}

void TestEmulatorActions::subAppIdScoping()
{
    EmulatorConfig config;
    config.subAppIds = { 1500000001 };
    EmulatorServer server(config, m_clock.get());
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    HttpResult r
        = api(u"CreateAigcAudioTask"_s, { { "Prompt"_L1, u"x"_s }, { "SubAppId"_L1, 1500000002 } }, &server);
    QCOMPARE(r.errorCode(), u"InvalidParameterValue.SubAppId"_s);
    r = api(u"CreateAigcAudioTask"_s, { { "Prompt"_L1, u"x"_s }, { "SubAppId"_L1, 1500000001 } }, &server);
    const QString id = r.response().value("TaskId"_L1).toString();
    QVERIFY(id.startsWith("1500000001-"_L1));
    // Only visible within its SubAppId.
    QCOMPARE(
        api(u"DescribeTaskDetail"_s, { { "TaskId"_L1, id } }, &server).errorCode(), u"ResourceNotFound"_s);
    QCOMPARE(api(u"DescribeTaskDetail"_s, { { "TaskId"_L1, id }, { "SubAppId"_L1, 1500000001 } }, &server)
                 .errorCode(),
        QString());
    QCOMPARE(api(u"DescribeTasks"_s, {}, &server).response().value("TaskSet"_L1).toArray().size(), 0);
    QCOMPARE(api(u"DescribeTasks"_s, { { "SubAppId"_L1, 1500000001 } }, &server)
                 .response()
                 .value("TaskSet"_L1)
                 .toArray()
                 .size(),
        1);
}

void TestEmulatorActions::permanentOutputAndDescribeMediaInfos()
{
    const QString id = create({ { "Prompt"_L1, u"door creak"_s },
        { "OutputConfig"_L1,
            QJsonObject { { "StorageMode"_L1, u"Permanent"_s }, { "MediaName"_L1, u"Door creak"_s },
                { "ClassId"_L1, 7 }, { "OutputAudioFormat"_L1, u"wav"_s }, { "Duration"_L1, 2 } } } });
    m_clock->advance(10'000);
    const AudioTask t = AudioTask::fromDescribeTaskDetail(detail(id));
    QVERIFY(t.isSuccess());
    const AudioOutput out = t.audioOutputs.first();
    QCOMPARE(out.storageMode, u"Permanent"_s);
    QCOMPARE(out.mediaName, u"Door creak"_s);
    QCOMPARE(out.classId, 7);
    QVERIFY(!out.fileId.isEmpty());
    QVERIFY(!out.expireTime.isValid()); // Permanent without ExpireTime: never expires
    QVERIFY(out.metaData.value("Size"_L1).toInteger() > 44);
    QCOMPARE(out.metaData.value("Duration"_L1).toDouble(), 2.0);
    QVERIFY(out.fileUrl.endsWith("/Door_creak.wav"_L1));

    const HttpResult r
        = api(u"DescribeMediaInfos"_s, { { "FileIds"_L1, QJsonArray { out.fileId, u"000"_s } } });
    QVERIFY2(r.errorCode().isEmpty(), r.body.constData());
    const QJsonArray set = r.response().value("MediaInfoSet"_L1).toArray();
    QCOMPARE(set.size(), 1);
    QCOMPARE(
        set.at(0).toObject().value("BasicInfo"_L1).toObject().value("MediaUrl"_L1).toString(), out.fileUrl);
    QCOMPARE(r.response().value("NotExistFileIdSet"_L1).toArray(), QJsonArray { u"000"_s });
    // DescribeTasks can filter by FileId.
    QCOMPARE(api(u"DescribeTasks"_s, { { "FileId"_L1, out.fileId } })
                 .response()
                 .value("TaskSet"_L1)
                 .toArray()
                 .size(),
        1);
}

void TestEmulatorActions::dataDirSurvivesRestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    EmulatorConfig config;
    config.dataDir = dir.path();
    config.taskSeconds = 1;
    QString id;
    QByteArray first;
    {
        EmulatorServer server(config, m_clock.get());
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const HttpResult r = api(u"CreateAigcAudioTask"_s,
            { { "Prompt"_L1, u"bell"_s },
                { "OutputConfig"_L1,
                    QJsonObject { { "OutputAudioFormat"_L1, u"wav"_s }, { "Duration"_L1, 1 } } } },
            &server);
        id = r.response().value("TaskId"_L1).toString();
        m_clock->advance(1000);
        const AudioTask t = AudioTask::fromDescribeTaskDetail(
            api(u"DescribeTaskDetail"_s, { { "TaskId"_L1, id } }, &server).response());
        QVERIFY(t.isSuccess());
        first = get(*m_nam, QUrl(t.audioOutputs.first().fileUrl)).body;
        QVERIFY(parseWav(first).valid);
    }
    QVERIFY(QFile::exists(dir.filePath(u"tasks.json"_s)));
    EmulatorServer again(config, m_clock.get());
    QVERIFY(again.listen(QHostAddress::LocalHost, 0));
    const AudioTask t = AudioTask::fromDescribeTaskDetail(
        api(u"DescribeTaskDetail"_s, { { "TaskId"_L1, id } }, &again).response());
    QVERIFY(t.isSuccess());
    QCOMPARE(t.input.prompt, u"bell"_s);
    QCOMPARE(get(*m_nam, QUrl(t.audioOutputs.first().fileUrl)).body, first);
}

QTEST_GUILESS_MAIN(TestEmulatorActions)
#include "tst_emulator_actions.moc"
