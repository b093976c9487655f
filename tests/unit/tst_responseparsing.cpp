// Parsing of service answers: real bodies, and bodies with nulls, unknown fields and wrong types.
// Lenient means: never a crash, defaults for what is unusable, and failure judged per spec §5.
#include "core/model/AudioTask.h"
#include "core/model/DescribeTasksResponse.h"
#include "core/model/TaskSummary.h"
#include "core/support/JsonFields.h"

#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestResponseParsing : public QObject
{
    Q_OBJECT

private slots:
    void finishedTask();
    void waitingTaskWithPlaceholderTimes();
    void failures_data();
    void failures();
    void malformedNeverCrash_data();
    void malformedNeverCrash();
    void describeTasks();
    void failureCatalogue_data();
    void failureCatalogue();
    void echoedInputFields();
    void permanentOutputDurationFromMetaData();
    void timesRoundTripOrAreUnknown_data();
    void timesRoundTripOrAreUnknown();
};

namespace {
QJsonObject response(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object().value("Response"_L1).toObject();
}

// A FINISH answer in the shape the service documents.
const QByteArray kFinished = R"({"Response":{
  "TaskType":"AigcAudioTask","Status":"FINISH",
  "CreateTime":"2026-11-23T10:00:00Z","BeginProcessTime":"2026-11-23T10:00:01Z","FinishTime":"2026-11-23T10:00:09Z",
  "AigcAudioTask":{"TaskId":"251441341-AigcAudioTask-f3259ddeb615203726d73c03da05d9fft","Status":"FINISH",
    "Progress":100,"ErrCode":0,"ErrCodeExt":"","Message":"",
    "Input":{"ModelName":"Kling","ModelVersion":"","SceneType":"sfx","Prompt":"Fireworks",
             "OutputConfig":{"StorageMode":"Temporary","Duration":6,"OutputAudioFormat":"wav"},
             "AdditionalParameters":"{\"seed\":1}"},
    "Output":{"AudioInfos":[{"StorageMode":"Temporary","MediaName":"","ClassId":0,"ExpireTime":"2026-11-30T10:00:09Z",
        "FileType":"wav","FileUrl":"https://example.com/a.wav","FileId":"","Duration":6.0,"MetaData":null}]},
    "NewField":{"Nested":[1,2,3]}},
  "RequestId":"4794b445-abc7-46c6-9e74-b30429f3a2c6"}})";
} // namespace

void TestResponseParsing::finishedTask()
{
    const AudioTask t = AudioTask::fromDescribeTaskDetail(response(kFinished));
    QCOMPARE(t.status, AudioTask::Status::Finish);
    QVERIFY(t.isDone());
    QVERIFY(t.isSuccess());
    QCOMPARE(t.taskId, u"251441341-AigcAudioTask-f3259ddeb615203726d73c03da05d9fft"_s);
    QCOMPARE(t.progress, 100);
    QCOMPARE(t.input.prompt, u"Fireworks"_s);
    QCOMPARE(t.input.outputConfig.duration, std::optional<qint64>(6));
    QCOMPARE(t.audioOutputs.size(), 1);
    QCOMPARE(t.audioOutputs.first().fileUrl, u"https://example.com/a.wav"_s);
    QCOMPARE(t.audioOutputs.first().duration, 6.0);
    QCOMPARE(t.finishTime, QDateTime(QDate(2026, 11, 23), QTime(10, 0, 9), Qt::UTC));
    QCOMPARE(t.requestId, u"4794b445-abc7-46c6-9e74-b30429f3a2c6"_s);
    QVERIFY(t.failureText().isEmpty());
}

void TestResponseParsing::waitingTaskWithPlaceholderTimes()
{
    const AudioTask t = AudioTask::fromDescribeTaskDetail(response(R"({"Response":{"TaskType":"AigcAudioTask",
        "Status":"WAITING","CreateTime":"2026-11-23T10:00:00Z","BeginProcessTime":"0001-01-01T00:00:00Z",
        "FinishTime":"0001-01-01T00:00:00Z","AigcAudioTask":{"TaskId":"x","Status":"WAITING","Progress":0,
        "Output":null},"RequestId":"r"}})"));
    QCOMPARE(t.status, AudioTask::Status::Waiting);
    QVERIFY(!t.isDone());
    QVERIFY(!t.isFailed());
    QVERIFY(t.createTime.isValid());
    QVERIFY(!t.beginProcessTime.isValid());
    QVERIFY(!t.finishTime.isValid());
}

void TestResponseParsing::failures_data()
{
    QTest::addColumn<QByteArray>("task");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("model failed") << QByteArray(
        R"("ErrCode":70000,"ErrCodeExt":"ModelGenerateFailed","Message":"generation failed")")
                                  << u"FINISH"_s << u"ModelGenerateFailed"_s;
    QTest::newRow("service typo normalised") << QByteArray(
        R"("ErrCode":10001,"ErrCodeExt":"InvalidParameter.VoilationContent","Message":"refused")")
                                             << u"FINISH"_s << u"InvalidParameter.ViolationContent"_s;
    QTest::newRow("finish without output")
        << QByteArray(R"("ErrCode":0,"ErrCodeExt":"","Output":{"AudioInfos":[]})") << u"FINISH"_s
        << u"NoOutput"_s;
    QTest::newRow("aborted") << QByteArray(R"("ErrCode":0,"ErrCodeExt":"OperationCanceled")") << u"ABORTED"_s
                             << u"OperationCanceled"_s;
    QTest::newRow("aborted, no code")
        << QByteArray(R"("ErrCode":0)") << u"ABORTED"_s << u"OperationCanceled"_s;
    QTest::newRow("only numeric code")
        << QByteArray(R"("ErrCode":30010,"ErrCodeExt":null)") << u"FINISH"_s << u"30010"_s;
}

void TestResponseParsing::failures()
{
    QFETCH(QByteArray, task);
    QFETCH(QString, status);
    QFETCH(QString, code);
    const QByteArray body = R"({"Response":{"TaskType":"AigcAudioTask","Status":")" + status.toUtf8()
        + R"(","AigcAudioTask":{"TaskId":"t",)" + task + R"(},"RequestId":"r"}})";
    const AudioTask t = AudioTask::fromDescribeTaskDetail(response(body));
    QVERIFY(t.isDone());
    QVERIFY(t.isFailed());
    QVERIFY(!t.isSuccess());
    QCOMPARE(t.failureCode(), code);
    QVERIFY(t.failureText().startsWith(code));
}

void TestResponseParsing::malformedNeverCrash_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("all null") << QByteArray(
        R"({"Response":{"TaskType":null,"Status":null,"AigcAudioTask":null,"RequestId":null}})");
    QTest::newRow("wrong types everywhere") << QByteArray(R"({"Response":{"TaskType":1,"Status":["FINISH"],
        "CreateTime":false,"AigcAudioTask":{"TaskId":123,"Progress":"57","ErrCode":"0","Input":"text",
        "Output":{"AudioInfos":[null,1,"x",{"Duration":"6.5","ClassId":"3","FileUrl":7}]}}}})");
    QTest::newRow("empty object") << QByteArray(R"({"Response":{}})");
    QTest::newRow("huge numbers") << QByteArray(
        R"({"Response":{"AigcAudioTask":{"Progress":1e308,"ErrCode":-1e300}}})");
    QTest::newRow("bad dates") << QByteArray(
        R"({"Response":{"CreateTime":"yesterday","FinishTime":"2026-13-45T99:99:99Z"}})");
    QTest::newRow("deeply nested unknown") << QByteArray(R"({"Response":{"X":{"Y":{"Z":[[[[{}]]]]}}}})");
}

void TestResponseParsing::malformedNeverCrash()
{
    QFETCH(QByteArray, body);
    const AudioTask t = AudioTask::fromDescribeTaskDetail(response(body));
    QVERIFY(t.progress >= 0 && t.progress <= 100);
    QVERIFY(!t.isSuccess());
    for (const AudioOutput& o : t.audioOutputs)
        QVERIFY(o.duration >= 0.0);
}

void TestResponseParsing::failureCatalogue_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("remedy");
    const auto retry = int(TaskFailure::Remedy::Retry);
    const auto change = int(TaskFailure::Remedy::ChangeInput);
    QTest::newRow("concurrency") << u"RequestLimitExceeded"_s << retry;
    QTest::newRow("violation, as spelt") << u"InvalidParameter.VoilationContent"_s << change;
    QTest::newRow("violation, corrected") << u"InvalidParameter.ViolationContent"_s << change;
    QTest::newRow("value") << u"InvalidParameterValue"_s << change;
    QTest::newRow("backlog") << u"FailedOperation"_s << retry;
    QTest::newRow("internal") << u"InternalError"_s << retry;
    QTest::newRow("parameter") << u"InvalidParameter"_s << change;
    QTest::newRow("format") << u"InvalidParameter.MediaFormat"_s << change;
    QTest::newRow("moderation") << u"ContentModerationFailed"_s << change;
    QTest::newRow("resources") << u"ResourceInsufficient"_s << retry;
    QTest::newRow("generation") << u"ModelGenerateFailed"_s << retry;
    QTest::newRow("not found") << u"ResourceNotFound"_s << change;
    QTest::newRow("canceled") << u"OperationCanceled"_s << retry;
    QTest::newRow("timeout") << u"TaskTimeout"_s << retry;
    QTest::newRow("no output") << u"NoOutput"_s << retry;
    QTest::newRow("unknown") << u"SomethingNew"_s << int(TaskFailure::Remedy::Unknown);
    QTest::newRow("numeric") << u"30010"_s << int(TaskFailure::Remedy::Unknown);
}

void TestResponseParsing::failureCatalogue()
{
    QFETCH(QString, code);
    QFETCH(int, remedy);
    const TaskFailure f = TaskFailure::describe(code);
    QCOMPARE(int(f.remedy), remedy);
    QCOMPARE(f.code, TaskFailure::normalise(code));
    QVERIFY(!f.explanation.isEmpty());
    QVERIFY(!f.action.isEmpty());
    QVERIFY(!TaskFailure::remedyLabel(f.remedy).isEmpty());
    QCOMPARE(TaskFailure::documentedCodes().size(), 13);
}

void TestResponseParsing::echoedInputFields()
{
    auto task = [](const QByteArray& input) {
        return AudioTask::fromDescribeTaskDetail(response(
            R"({"Response":{"TaskType":"AigcAudioTask","Status":"FINISH","AigcAudioTask":{"TaskId":"t","Input":)"
            + input + R"(},"RequestId":"r"}})"));
    };
    AudioTask t = task(R"({"Prompt":"rain","NegativePrompt":"thunder","EnhancePrompt":true,
        "AudioInfos":[{"Type":"File","FileId":"5285"}],"VideoInfos":[{"Type":"Url","Url":"https://x/v.mp4"}]})");
    QCOMPARE(t.negativePrompt, u"thunder"_s);
    QCOMPARE(t.enhancePrompt, std::optional<bool>(true));
    QCOMPARE(t.input.audioInfos.value(0).fileId, u"5285"_s);
    QCOMPARE(t.input.videoInfos.value(0).url, u"https://x/v.mp4"_s);
    QCOMPARE(task(R"({"EnhancePrompt":"Disabled"})").enhancePrompt, std::optional<bool>(false));
    QCOMPARE(task(R"({"EnhancePrompt":"Enabled"})").enhancePrompt, std::optional<bool>(true));
    QCOMPARE(task(R"({"EnhancePrompt":7})").enhancePrompt, std::nullopt);
    QCOMPARE(task(R"({"Prompt":"rain"})").enhancePrompt, std::nullopt);
}

void TestResponseParsing::describeTasks()
{
    const DescribeTasksResponse r = DescribeTasksResponse::fromJson(response(R"({"Response":{"TaskSet":[
        {"TaskId":"a","Status":"FINISH","TaskType":"AigcAudioTask","CreateTime":"2026-11-23T10:00:00Z",
         "BeginProcessTime":"2026-11-23T10:00:01Z","FinishTime":"2026-11-23T10:00:09Z","FileId":""},
        null, {"TaskId":"b","Status":"PROCESSING","TaskType":"Procedure","FinishTime":"0001-01-01T00:00:00Z"}],
        "ScrollToken":"next-page","TotalCount":2,"RequestId":"r"}})"));
    QCOMPARE(r.taskSet.size(), 2);
    QCOMPARE(r.taskSet.at(0).taskId, u"a"_s);
    QCOMPARE(r.taskSet.at(1).taskType, u"Procedure"_s);
    QVERIFY(!r.taskSet.at(1).finishTime.isValid());
    QCOMPARE(r.scrollToken, u"next-page"_s);
    const DescribeTasksResponse empty
        = DescribeTasksResponse::fromJson(response(R"({"Response":{"TaskSet":null}})"));
    QVERIFY(empty.taskSet.isEmpty());
    QVERIFY(empty.scrollToken.isEmpty());
}

void TestResponseParsing::permanentOutputDurationFromMetaData()
{
    const AudioOutput o = AudioOutput::fromJson(QJsonDocument::fromJson(
        R"({"StorageMode":"Permanent","FileId":"5285","MetaData":{"Size":96044,"Duration":6.02}})")
                                                    .object());
    QCOMPARE(o.fileId, u"5285"_s);
    QCOMPARE(o.duration, 6.02);
    QCOMPARE(JsonFields::integer(o.metaData, "Size"_L1), 96044);
}

void TestResponseParsing::timesRoundTripOrAreUnknown_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // formatted UTC, empty = unknown
    QTest::newRow("service form") << u"2026-11-24T01:02:39Z"_s << u"2026-11-24T01:02:39Z"_s;
    QTest::newRow("offset") << u"2026-11-24T09:02:39+08:00"_s << u"2026-11-24T01:02:39Z"_s;
    QTest::newRow("milliseconds kept") << u"2026-11-24T01:02:39.250Z"_s << u"2026-11-24T01:02:39.250Z"_s;
    QTest::newRow("minutes only") << u"2026-11-24T01:02Z"_s << u"2026-11-24T01:02:00Z"_s;
    // fuzz_task_detail's finding: Qt read this as fractional minutes, 01:02:23.4.
    QTest::newRow("fractional minutes") << u"2026-11-24T01:02.39Z"_s << QString();
    QTest::newRow("no zone") << u"2026-11-24T01:02:39"_s << QString();
    QTest::newRow("date only") << u"2026-11-24"_s << QString();
    QTest::newRow("placeholder") << u"0001-01-01T00:00:00Z"_s << QString();
    QTest::newRow("trailing text") << u"2026-11-24T01:02:39Zjunk"_s << QString();
}

void TestResponseParsing::timesRoundTripOrAreUnknown()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QDateTime parsed = JsonFields::parseDateTime(text);
    QCOMPARE(JsonFields::formatDateTime(parsed), expected);
    QCOMPARE(JsonFields::parseDateTime(JsonFields::formatDateTime(parsed)), parsed);
    QJsonObject o;
    o.insert("CreateTime"_L1, text);
    const TaskSummary s = TaskSummary::fromJson(o);
    QCOMPARE(TaskSummary::fromJson(s.toJson()).createTime, s.createTime);
}

QTEST_GUILESS_MAIN(TestResponseParsing)
#include "tst_responseparsing.moc"
