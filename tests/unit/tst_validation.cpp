// Request validation: one data row per rule, each with the field it names and the message it gives.
#include "core/model/AudioTaskRequest.h"
#include "core/model/DescribeTasksRequest.h"
#include "core/model/ManageTaskRequest.h"
#include "core/support/FieldParse.h"

#include <QJsonDocument>
#include <QtTest>
#include <functional>

using namespace Qt::StringLiterals;

using Mutator = std::function<void(AudioTaskRequest&)>;
Q_DECLARE_METATYPE(Mutator)

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);

AudioTaskRequest valid()
{
    AudioTaskRequest r;
    r.modelName = u"Kling"_s;
    r.sceneType = u"sfx"_s;
    r.prompt = u"Fireworks during Spring Festival celebrations"_s;
    r.outputConfig.storageMode = u"Temporary"_s;
    r.outputConfig.duration = 6;
    r.outputConfig.outputAudioFormat = u"wav"_s;
    return r;
}
} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void validRequestsPass_data();
    void validRequestsPass();
    void eachRuleNamesItsField_data();
    void eachRuleNamesItsField();
    void everyIssueIsReported();
    void typeErrorsFromJson_data();
    void typeErrorsFromJson();
    void textFields_data();
    void textFields();
    void serializationOmitsUnset();
    void describeTasksRules();
    void manageTaskRules();
};

void TestValidation::validRequestsPass_data()
{
    QTest::addColumn<Mutator>("mutate");
    QTest::newRow("sample") << Mutator([](AudioTaskRequest&) {});
    QTest::newRow("reference only, no prompt") << Mutator([](AudioTaskRequest& r) {
        r.prompt.clear();
        r.videoInfos.append(MediaReference::byUrl(u"https://example.com/clip.mp4"_s));
    });
    QTest::newRow("file reference") << Mutator(
        [](AudioTaskRequest& r) { r.audioInfos.append(MediaReference::byFileId(u"5285485487985271487"_s)); });
    QTest::newRow("prompt of exactly 1000 characters")
        << Mutator([](AudioTaskRequest& r) { r.prompt = QString(1000, u'a'); });
    QTest::newRow("1000 emoji are 1000 characters") << Mutator([](AudioTaskRequest& r) {
        r.prompt.clear();
        for (int i = 0; i < 1000; ++i)
            r.prompt += QString::fromUcs4(U"\U0001F386");
    });
    QTest::newRow("duration 0 and 60") << Mutator([](AudioTaskRequest& r) { r.outputConfig.duration = 0; });
    QTest::newRow("duration 60") << Mutator([](AudioTaskRequest& r) { r.outputConfig.duration = 60; });
    QTest::newRow("media name of 64 CJK characters")
        << Mutator([](AudioTaskRequest& r) { r.outputConfig.mediaName = QString(64, QChar(0x96e8)); });
    QTest::newRow("expire time with offset")
        << Mutator([](AudioTaskRequest& r) { r.outputConfig.expireTime = u"2026-12-31T23:59:59+08:00"_s; });
    QTest::newRow("expire time in UTC")
        << Mutator([](AudioTaskRequest& r) { r.outputConfig.expireTime = u"2027-01-01T00:00:00Z"_s; });
    QTest::newRow("additional parameters object") << Mutator([](AudioTaskRequest& r) {
        r.additionalParameters = u"{\"bgm_prompt\":\"healing piano\",\"asmr_mode\":true}"_s;
    });
    QTest::newRow("music with version") << Mutator([](AudioTaskRequest& r) {
        r.modelName = u"MiniMaxMusic"_s;
        r.modelVersion = u"2.6"_s;
        r.sceneType = u"music"_s;
    });
}

void TestValidation::validRequestsPass()
{
    QFETCH(Mutator, mutate);
    AudioTaskRequest r = valid();
    mutate(r);
    const ValidationIssues issues = r.validate(kNow);
    QVERIFY2(issues.isEmpty(), qPrintable(issues.isEmpty() ? QString() : issues.first().toString()));
}

void TestValidation::eachRuleNamesItsField_data()
{
    QTest::addColumn<Mutator>("mutate");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    QTest::newRow("duration above 60")
        << Mutator([](AudioTaskRequest& r) { r.outputConfig.duration = 61; }) << u"OutputConfig.Duration"_s
        << u"must be an integer from 0 to 60 seconds (got 61)"_s;
    QTest::newRow("duration negative")
        << Mutator([](AudioTaskRequest& r) { r.outputConfig.duration = -1; }) << u"OutputConfig.Duration"_s
        << u"must be an integer from 0 to 60 seconds (got -1)"_s;
    QTest::newRow("media name of 65 characters")
        << Mutator([](AudioTaskRequest& r) { r.outputConfig.mediaName = QString(65, u'x'); })
        << u"OutputConfig.MediaName"_s << u"must be at most 64 characters (got 65)"_s;
    QTest::newRow("storage mode") << Mutator([](AudioTaskRequest& r) {
        r.outputConfig.storageMode = u"Forever"_s;
    }) << u"OutputConfig.StorageMode"_s
                                  << u"must be one of Temporary, Permanent (got \"Forever\")"_s;
    QTest::newRow("storage mode is case sensitive")
        << Mutator([](AudioTaskRequest& r) { r.outputConfig.storageMode = u"temporary"_s; })
        << u"OutputConfig.StorageMode"_s << u"must be one of Temporary, Permanent (got \"temporary\")"_s;
    QTest::newRow("audio format") << Mutator([](AudioTaskRequest& r) {
        r.outputConfig.outputAudioFormat = u"flac"_s;
    }) << u"OutputConfig.OutputAudioFormat"_s
                                  << u"must be one of mp3, wav (got \"flac\")"_s;
    QTest::newRow("expire time not ISO 8601")
        << Mutator([](AudioTaskRequest& r) { r.outputConfig.expireTime = u"next friday"_s; })
        << u"OutputConfig.ExpireTime"_s
        << u"must be an ISO 8601 date and time such as 2026-12-31T23:59:59+08:00 (got \"next friday\")"_s;
    QTest::newRow("expire time without zone")
        << Mutator([](AudioTaskRequest& r) { r.outputConfig.expireTime = u"2026-12-31T23:59:59"_s; })
        << u"OutputConfig.ExpireTime"_s
        << u"must be an ISO 8601 date and time such as 2026-12-31T23:59:59+08:00 (got \"2026-12-31T23:59:59\")"_s;
    QTest::newRow("expire time in the past")
        << Mutator([](AudioTaskRequest& r) { r.outputConfig.expireTime = u"2026-11-23T19:59:59+08:00"_s; })
        << u"OutputConfig.ExpireTime"_s
        << u"must be in the future (got 2026-11-23T19:59:59+08:00, now is 2026-11-23T12:00:00Z)"_s;
    QTest::newRow("class id negative")
        << Mutator([](AudioTaskRequest& r) { r.outputConfig.classId = -3; }) << u"OutputConfig.ClassId"_s
        << u"must be an integer of 0 or more (got -3)"_s;
    QTest::newRow("additional parameters not JSON")
        << Mutator([](AudioTaskRequest& r) { r.additionalParameters = u"{lyrics: la la}"_s; })
        << u"AdditionalParameters"_s << u"must be a JSON object: unterminated object at character 2"_s;
    QTest::newRow("additional parameters an array")
        << Mutator([](AudioTaskRequest& r) { r.additionalParameters = u"[1,2]"_s; })
        << u"AdditionalParameters"_s << u"must be a JSON object such as {\"lyrics\":\"...\"}"_s;
    QTest::newRow("file reference without FileId") << Mutator([](AudioTaskRequest& r) {
        r.audioInfos.append({ u"File"_s, {}, {} });
    }) << u"AudioInfos[0].FileId"_s << u"is required when Type is File"_s;
    QTest::newRow("url reference with ftp") << Mutator([](AudioTaskRequest& r) {
        r.videoInfos.append(MediaReference::byUrl(u"ftp://host/a.mp4"_s));
    }) << u"VideoInfos[0].Url"_s << u"must be an http:// or https:// URL (got \"ftp://host/a.mp4\")"_s;
    QTest::newRow("url reference empty") << Mutator([](AudioTaskRequest& r) {
        r.videoInfos.append({ u"Url"_s, {}, {} });
    }) << u"VideoInfos[0].Url"_s << u"is required when Type is Url"_s;
    QTest::newRow("second reference, bad type") << Mutator([](AudioTaskRequest& r) {
        r.audioInfos.append(MediaReference::byFileId(u"1"_s));
        r.audioInfos.append({ u"Link"_s, {}, u"https://a/b"_s });
    }) << u"AudioInfos[1].Type"_s << u"must be File or Url (got \"Link\")"_s;
    QTest::newRow("no prompt and no reference")
        << Mutator([](AudioTaskRequest& r) { r.prompt = u"   "_s; }) << u"Prompt"_s
        << u"is required unless a reference video or audio is given"_s;
    QTest::newRow("prompt of 1001 characters")
        << Mutator([](AudioTaskRequest& r) { r.prompt = QString(1001, u'a'); }) << u"Prompt"_s
        << u"must be at most 1000 characters (got 1001)"_s;
    QTest::newRow("scene type") << Mutator([](AudioTaskRequest& r) { r.sceneType = u"voice"_s; })
                                << u"SceneType"_s << u"must be one of sfx, music (got \"voice\")"_s;
}

void TestValidation::eachRuleNamesItsField()
{
    QFETCH(Mutator, mutate);
    QFETCH(QString, field);
    QFETCH(QString, message);
    AudioTaskRequest r = valid();
    mutate(r);
    const ValidationIssues issues = r.validate(kNow);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, field);
    QCOMPARE(issues.first().message, message);
}

void TestValidation::everyIssueIsReported()
{
    AudioTaskRequest r = valid();
    r.prompt = QString(1200, u'z');
    r.outputConfig.duration = 99;
    r.outputConfig.outputAudioFormat = u"ogg"_s;
    QCOMPARE(r.validate(kNow).size(), 3);
}

void TestValidation::typeErrorsFromJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("duration fractional") << QByteArray(R"({"OutputConfig":{"Duration":6.5}})")
                                         << u"OutputConfig.Duration"_s << u"must be an integer (got 6.5)"_s;
    QTest::newRow("duration as string") << QByteArray(R"({"OutputConfig":{"Duration":"6"}})")
                                        << u"OutputConfig.Duration"_s << u"must be an integer (got \"6\")"_s;
    QTest::newRow("subappid negative")
        << QByteArray(R"({"SubAppId":-5})") << u"SubAppId"_s << u"must be an unsigned integer (got -5)"_s;
    QTest::newRow("subappid string") << QByteArray(R"({"SubAppId":"abc"})") << u"SubAppId"_s
                                     << u"must be an unsigned integer (got \"abc\")"_s;
    QTest::newRow("prompt number") << QByteArray(R"({"Prompt":42})") << u"Prompt"_s
                                   << u"must be a string (got 42)"_s;
    QTest::newRow("output config array")
        << QByteArray(R"({"OutputConfig":[]})") << u"OutputConfig"_s << u"must be an object"_s;
    QTest::newRow("audio infos object")
        << QByteArray(R"({"AudioInfos":{}})") << u"AudioInfos"_s << u"must be an array"_s;
    QTest::newRow("additional parameters object, not string")
        << QByteArray(R"({"AdditionalParameters":{"lyrics":"x"}})") << u"AdditionalParameters"_s
        << u"must be a string (got an object)"_s;
}

void TestValidation::typeErrorsFromJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, message);
    ValidationIssues typeIssues;
    AudioTaskRequest::fromJson(QJsonDocument::fromJson(json).object(), &typeIssues);
    QCOMPARE(typeIssues.size(), 1);
    QCOMPARE(typeIssues.first().field, field);
    QCOMPARE(typeIssues.first().message, message);
}

void TestValidation::textFields_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("isUnsigned");
    QTest::addColumn<bool>("ok");
    QTest::newRow("int") << u"6"_s << false << true;
    QTest::newRow("int spaces") << u" 6 "_s << false << true;
    QTest::newRow("fraction") << u"6.5"_s << false << false;
    QTest::newRow("word") << u"six"_s << false << false;
    QTest::newRow("empty") << QString() << false << false;
    QTest::newRow("uint") << u"1500012345"_s << true << true;
    QTest::newRow("uint negative") << u"-1"_s << true << false;
    QTest::newRow("uint plus") << u"+1"_s << true << false;
}

void TestValidation::textFields()
{
    QFETCH(QString, text);
    QFETCH(bool, isUnsigned);
    QFETCH(bool, ok);
    ValidationIssues issues;
    const bool parsed = isUnsigned
        ? FieldParse::textUnsigned(text, u"SubAppId"_s, issues).has_value()
        : FieldParse::textInteger(text, u"OutputConfig.Duration"_s, issues).has_value();
    QCOMPARE(parsed, ok);
    QCOMPARE(issues.isEmpty(), ok);
    if (!ok)
        QVERIFY(issues.first().message.contains(text.isEmpty() ? u"\"\""_s : text));
}

void TestValidation::serializationOmitsUnset()
{
    AudioTaskRequest r;
    r.prompt = u"rain"_s;
    QCOMPARE(r.toJsonBytes(), QByteArray(R"({"Prompt":"rain"})"));
    r.outputConfig.duration = 0; // 0 is a value, not "unset"
    QCOMPARE(r.toJsonBytes(), QByteArray(R"({"OutputConfig":{"Duration":0},"Prompt":"rain"})"));
    // Round trip.
    AudioTaskRequest full = valid();
    full.subAppId = 42;
    full.audioInfos.append(MediaReference::byFileId(u"f1"_s));
    full.additionalParameters = u"{\"lyrics\":\"la\"}"_s;
    QCOMPARE(AudioTaskRequest::fromJson(QJsonDocument::fromJson(full.toJsonBytes()).object()), full);
}

void TestValidation::describeTasksRules()
{
    DescribeTasksRequest r;
    r.limit = 101;
    r.status = u"DONE"_s;
    r.sortField = u"Name"_s;
    const ValidationIssues issues = r.validate();
    QCOMPARE(issues.size(), 3);
    QCOMPARE(issues.at(0).field, u"Status"_s);
    QCOMPARE(issues.at(1).field, u"Sort.Field"_s);
    QCOMPARE(issues.at(2).toString(), u"Limit: must be an integer from 1 to 100 (got 101)"_s);
}

void TestValidation::manageTaskRules()
{
    ManageTaskRequest r;
    QCOMPARE(r.validate().size(), 1);
    QCOMPARE(r.validate().first().toString(), u"TaskId: is required"_s);
    r.taskId = u"t"_s;
    r.operationType = u"Delete"_s;
    QCOMPARE(r.validate().first().toString(), u"OperationType: must be Abort (got \"Delete\")"_s);
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
