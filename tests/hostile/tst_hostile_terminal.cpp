// Issue 16, point 7: terminal safety. A scripted hostile server puts terminal controls into every text
// it controls (Code, Message, RequestId, an HTML body, a TaskId, a prompt); what the CLI prints never
// contains a control character but the newlines it lays out itself, and its JSON stays the same JSON.
#include "HostileSupport.h"
#include "ScriptedHttpServer.h"
#include "cli/CliEnvironment.h"
#include "core/support/PrintableText.h"
#include "core/support/SystemClock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;
using HostileSupport::cli;
using HostileSupport::credentialsEnv;

namespace {

// Clear the screen, set the window title, a C1 CSI, a carriage return and a newline that forge a line,
// and a right-to-left override.
const QString kHostile
    = u"oops\x1b[2J\x1b]0;pwned\a\u009b31m\rforged\naigc-audio: Saved 1 file\u202Eexe.txt"_s;

// The first unsafe character of `text` other than the newlines and tabs the CLI lays out, or -1.
qsizetype firstUnsafe(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c != u'\n' && c != u'\t' && PrintableText::isUnsafe(c))
            return i;
    }
    return -1;
}

} // namespace

class TestHostileTerminal : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void escapes_data();
    void escapes();
    void apiErrorMessageIsEscaped();
    void htmlBodyIsEscaped();
    void statusFieldsAreEscaped();
    void listFieldsAreEscaped();
    void jsonStaysTheSameJson();
    void progressLineKeepsItsOwnControls();

private:
    void verifyClean(const HostileSupport::CliRun& r);
    QJsonObject taskAnswer() const;

    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<QTemporaryDir> m_home;
    QNetworkAccessManager m_nam;
};

void TestHostileTerminal::init()
{
    m_server = std::make_unique<ScriptedHttpServer>();
    QVERIFY(m_server->listen());
    m_home = std::make_unique<QTemporaryDir>();
}

void TestHostileTerminal::verifyClean(const HostileSupport::CliRun& r)
{
    QVERIFY2(firstUnsafe(r.out) < 0, qPrintable(PrintableText::escape(r.out)));
    QVERIFY2(firstUnsafe(r.err) < 0, qPrintable(PrintableText::escape(r.err)));
    // The forged line does not start a line of its own.
    for (const QString& text : { r.out, r.err }) {
        for (const QString& line : text.split(u'\n'))
            QVERIFY2(
                !line.startsWith(u"aigc-audio: Saved"_s) && !line.startsWith(u"forged"_s), qPrintable(line));
    }
}

void TestHostileTerminal::escapes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain") << u"rain 雨 ünïcode"_s << u"rain 雨 ünïcode"_s;
    QTest::newRow("ESC") << u"a\x1b[2Jb"_s << u"a\\u001b[2Jb"_s;
    QTest::newRow("CR LF TAB") << u"a\rb\nc\td"_s << u"a\\rb\\nc\\td"_s;
    QTest::newRow("BEL DEL") << u"\a\x7f"_s << u"\\u0007\\u007f"_s;
    QTest::newRow("C1 CSI") << u"\u009b2J"_s << u"\\u009b2J"_s;
    QTest::newRow("bidi override") << u"abc\u202Etxt.exe"_s << u"abc\\u202etxt.exe"_s;
    QTest::newRow("line separator") << u"a\u2028b"_s << u"a\\u2028b"_s;
}

void TestHostileTerminal::escapes()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(PrintableText::escape(text), escaped);
    if (!text.contains(u'\n') && !text.contains(u'\t'))
        QCOMPARE(PrintableText::escapeKeepingLines(u"x\ny\t"_s + text), u"x\ny\t"_s + escaped);
    QCOMPARE(PrintableText::escapeBytes(text.toUtf8()), escaped);
    QCOMPARE(PrintableText::escapeBytes("GET /\xff\x1b HTTP/1.1"), u"GET /\\xff\\x1b HTTP/1.1"_s);
}

void TestHostileTerminal::apiErrorMessageIsEscaped()
{
    QJsonObject error { { u"Code"_s, QString(u"InternalError" + kHostile) }, { u"Message"_s, kHostile } };
    m_server->setFallback([error](const ScriptedHttpServer::Request&) {
        ScriptedHttpServer::Step s;
        s.body = QJsonDocument(QJsonObject { { u"Response"_s,
                                   QJsonObject { { u"Error"_s, error }, { u"RequestId"_s, kHostile } } } })
                     .toJson(QJsonDocument::Compact);
        return s;
    });
    const auto r = cli({ u"status"_s, u"1-AigcAudioTask-aaat"_s, u"--endpoint"_s, m_server->baseUrl() },
        m_home->path(), &m_nam, credentialsEnv());
    QCOMPARE(r.code, 1); // an error code the table does not know
    verifyClean(r);
    QVERIFY2(r.err.contains(u"oops\\u001b[2J\\u001b]0;pwned\\u0007\\u009b31m\\rforged\\naigc-audio"_s),
        qPrintable(r.err));
}

void TestHostileTerminal::htmlBodyIsEscaped()
{
    ScriptedHttpServer::Step s;
    s.status = 502;
    s.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("text/html")));
    s.body = "<html><title>" + kHostile.toUtf8() + "</title></html>";
    m_server->setFallback([s](const ScriptedHttpServer::Request&) { return s; });
    const auto r = cli({ u"status"_s, u"1-AigcAudioTask-aaat"_s, u"--endpoint"_s, m_server->baseUrl() },
        m_home->path(), &m_nam, credentialsEnv());
    QCOMPARE(r.code, 4);
    verifyClean(r);
    QVERIFY2(r.err.contains(u"\\u001b[2J"_s), qPrintable(r.err));
}

QJsonObject TestHostileTerminal::taskAnswer() const
{
    const QJsonObject output { { u"FileType"_s, kHostile },
        { u"FileUrl"_s, QString(u"https://h/" + kHostile) } };
    const QJsonObject input { { u"Prompt"_s, kHostile }, { u"ModelName"_s, kHostile } };
    const QJsonObject task { { u"TaskId"_s, u"1-AigcAudioTask-aaat"_s }, { u"Status"_s, u"FINISH"_s },
        { u"ErrCode"_s, 10 }, { u"ErrCodeExt"_s, kHostile }, { u"Message"_s, kHostile },
        { u"Input"_s, input }, { u"Output"_s, QJsonObject { { u"AudioInfos"_s, QJsonArray { output } } } } };
    return QJsonObject { { u"Response"_s,
        QJsonObject { { u"TaskType"_s, u"AigcAudioTask"_s }, { u"Status"_s, u"FINISH"_s },
            { u"AigcAudioTask"_s, task }, { u"RequestId"_s, kHostile } } } };
}

void TestHostileTerminal::statusFieldsAreEscaped()
{
    const QByteArray body = QJsonDocument(taskAnswer()).toJson(QJsonDocument::Compact);
    m_server->setFallback([body](const ScriptedHttpServer::Request&) {
        ScriptedHttpServer::Step s;
        s.body = body;
        return s;
    });
    const auto r = cli({ u"status"_s, u"1-AigcAudioTask-aaat"_s, u"--endpoint"_s, m_server->baseUrl() },
        m_home->path(), &m_nam, credentialsEnv());
    QCOMPARE(r.code, 5); // the task failed
    verifyClean(r);
    QVERIFY2(r.out.contains(u"Error:"_s) && r.out.contains(u"\\u202eexe.txt"_s), qPrintable(r.out));
    QCOMPARE(r.out.count(u'\n'), r.out.split(u'\n', Qt::SkipEmptyParts).size());
}

void TestHostileTerminal::listFieldsAreEscaped()
{
    const QJsonObject item { { u"TaskId"_s, kHostile }, { u"Status"_s, kHostile },
        { u"TaskType"_s, u"AigcAudioTask"_s }, { u"CreateTime"_s, u"2026-11-24T01:02:03Z"_s } };
    const QByteArray body = QJsonDocument(QJsonObject { { u"Response"_s,
                                              QJsonObject { { u"TaskSet"_s, QJsonArray { item } },
                                                  { u"TotalCount"_s, 1 }, { u"RequestId"_s, u"r"_s } } } })
                                .toJson(QJsonDocument::Compact);
    m_server->setFallback([body](const ScriptedHttpServer::Request&) {
        ScriptedHttpServer::Step s;
        s.body = body;
        return s;
    });
    const auto r
        = cli({ u"list"_s, u"--endpoint"_s, m_server->baseUrl() }, m_home->path(), &m_nam, credentialsEnv());
    QVERIFY2(r.code == 0, qPrintable(r.err));
    verifyClean(r);
    QCOMPARE(r.out.count(u'\n'), 2); // the header and the one task
}

void TestHostileTerminal::jsonStaysTheSameJson()
{
    const QJsonObject answer = taskAnswer();
    const QByteArray body = QJsonDocument(answer).toJson(QJsonDocument::Compact);
    m_server->setFallback([body](const ScriptedHttpServer::Request&) {
        ScriptedHttpServer::Step s;
        s.body = body;
        return s;
    });
    const auto r
        = cli({ u"status"_s, u"1-AigcAudioTask-aaat"_s, u"--json"_s, u"--endpoint"_s, m_server->baseUrl() },
            m_home->path(), &m_nam, credentialsEnv());
    verifyClean(r);
    QJsonParseError error;
    const QJsonDocument printed = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(printed.object(), answer.value("Response"_L1).toObject());
}

void TestHostileTerminal::progressLineKeepsItsOwnControls()
{
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    {
        CliEnvironment env(&out, &err, {}, SystemClock::instance(), &m_nam);
        env.err() << u"before\x1b[2J\n"_s;
        env.rewriteErrLine(u"50% " + kHostile);
        env.clearErrLine();
        env.out() << u"\u009bdone\n"_s;
    }
    err.flush();
    out.flush();
    QCOMPARE(errText, u"before\\u001b[2J\n\r\x1b[K50% " + PrintableText::escape(kHostile) + u"\r\x1b[K"_s);
    QCOMPARE(outText, u"\\u009bdone\n"_s);
}

QTEST_GUILESS_MAIN(TestHostileTerminal)
#include "tst_hostile_terminal.moc"
