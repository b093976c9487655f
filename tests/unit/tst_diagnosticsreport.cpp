// DiagnosticsReport: what Help > Export Diagnostics writes — the useful facts, and never a secret in any
// of the forms it could take, even when one slipped into a log line or an error message.
#include "core/support/LogBuffer.h"
#include "core/tasks/DiagnosticsReport.h"

#include <QUrl>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestDiagnosticsReport : public QObject
{
    Q_OBJECT

private slots:
    void reportHasTheFactsAndMasksIds();
    void secretsAreRedactedInEveryForm_data();
    void secretsAreRedactedInEveryForm();
    void logBufferKeepsTheLastLines();
};

namespace {
const QString kSecret = u"Sk+/=Secret!Key0123456789abcdef"_s;
} // namespace

void TestDiagnosticsReport::reportHasTheFactsAndMasksIds()
{
    DiagnosticsReport::Input in;
    in.appVersion = u"9.9.9"_s;
    in.configDir = u"/home/u/.config/aigc-audio-studio"_s;
    Profile p;
    p.name = u"work"_s;
    p.endpoint = Endpoint::parse(u"https://vod.tencentcloudapi.com/"_s);
    p.subAppId = 1500000001;
    in.profiles = { p };
    in.activeProfile = u"work"_s;
    in.tasksByState = { { u"Finished"_s, 3 }, { u"Failed"_s, 1 } };
    TaskRecord r;
    r.taskId = u"1500000001-AigcAudioTask-0123t"_s;
    r.state = TaskRecord::State::Failed;
    r.errCodeExt = u"ModelGenerateFailed"_s;
    r.requestId = u"req-42"_s;
    r.submittedAt = QDateTime::fromSecsSinceEpoch(1'764'000'000, Qt::UTC);
    in.recentTasks = { r };
    in.logLines = { u"2026-11-24T00:00:00.000Z warning something happened"_s };
    const QString t = DiagnosticsReport::render(in);
    QVERIFY(t.contains(u"AIGC Audio Studio 9.9.9"_s));
    QVERIFY(t.contains(u"- work (active): endpoint"_s));
    QVERIFY(t.contains(u"SubAppId 1500000001"_s));
    QVERIFY(t.contains(u"Finished: 3"_s));
    QVERIFY(t.contains(u"1500000001-AigcAudioTask-0123t"_s));
    QVERIFY(t.contains(u"ModelGenerateFailed"_s));
    QVERIFY(t.contains(u"(RequestId req-42)"_s));
    QVERIFY(t.contains(u"something happened"_s));
    QCOMPARE(DiagnosticsReport::maskSecretId(u"AKIDabcdefghijkl1234"_s), u"AKID****1234"_s);
}

void TestDiagnosticsReport::secretsAreRedactedInEveryForm_data()
{
    QTest::addColumn<QString>("form");
    const QByteArray utf8 = kSecret.toUtf8();
    QTest::newRow("as is") << kSecret;
    QTest::newRow("url-encoded") << QString::fromLatin1(QUrl::toPercentEncoding(kSecret));
    QTest::newRow("base64") << QString::fromLatin1(utf8.toBase64());
    QTest::newRow("base64 no padding")
        << QString::fromLatin1(utf8.toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals));
    QTest::newRow("base64url") << QString::fromLatin1(
        utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QTest::newRow("hex") << QString::fromLatin1(utf8.toHex());
    QTest::newRow("HEX") << QString::fromLatin1(utf8.toHex()).toUpper();
}

void TestDiagnosticsReport::secretsAreRedactedInEveryForm()
{
    QFETCH(QString, form);
    DiagnosticsReport::Input in;
    in.logLines = { u"debug something printed "_s + form + u" by mistake"_s };
    TaskRecord r;
    r.errorMessage = u"error with "_s + form;
    in.recentTasks = { r };
    in.secrets = { kSecret, QString() };
    const QString t = DiagnosticsReport::render(in);
    QVERIFY2(!t.contains(form), qPrintable(t));
    QCOMPARE(t.count(u"[redacted]"_s), 2);
}

void TestDiagnosticsReport::logBufferKeepsTheLastLines()
{
    LogBuffer::install(3);
    QVERIFY(LogBuffer::isInstalled());
    qWarning("first");
    qWarning("second");
    qInfo("third");
    qWarning("fourth");
    const QStringList lines = LogBuffer::recent();
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.first().endsWith(u"warning second"_s));
    QVERIFY(lines.last().endsWith(u"warning fourth"_s));
    QVERIFY(lines.at(1).contains(u" info third"_s));
}

QTEST_GUILESS_MAIN(TestDiagnosticsReport)
#include "tst_diagnosticsreport.moc"
