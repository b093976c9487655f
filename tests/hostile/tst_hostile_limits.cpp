// Bounds on what a server can make the client spend (issue 16, point 2), against servers that never
// finish: a download that trickles a byte now and then, a server that answers nothing, and a task that
// never leaves PROCESSING while `create --wait` waits for it.
#include "HostileSupport.h"
#include "ScriptedHttpServer.h"
#include "cli/ExitCode.h"
#include "core/support/SystemClock.h"
#include "core/tasks/DownloadJob.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace Qt::StringLiterals;
using HostileSupport::cli;
using HostileSupport::credentialsEnv;

class TestHostileLimits : public QObject
{
    Q_OBJECT

private slots:
    void aTrickleIsAStall();
    void aSilentServerMeetsTheDeadline();
    void createWaitGivesUpOnAStuckTask();

private:
    // Runs a download of url into dir until it ends; its error, and how long it took in *ms.
    ApiError download(const QUrl& url, qint64 stallMs, qint64 deadlineMs, qint64* ms);

    QNetworkAccessManager m_nam;
};

ApiError TestHostileLimits::download(const QUrl& url, qint64 stallMs, qint64 deadlineMs, qint64* ms)
{
    QTemporaryDir dir;
    auto* job = new DownloadJob(&m_nam, SystemClock::instance(), url, dir.filePath(u"out.wav"_s));
    job->setMaxAttempts(1);
    job->setStallTimeoutMs(stallMs);
    job->setAttemptDeadlineMs(deadlineMs);
    ApiError error;
    bool done = false;
    connect(job, &DownloadJob::finished, this, [&](DownloadJob* j) {
        error = j->error();
        done = true;
    });
    QElapsedTimer t;
    t.start();
    job->start();
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        qWarning("the download did not end");
    *ms = t.elapsed();
    // The job deletes itself once it has reported.
    return error;
}

void TestHostileLimits::aTrickleIsAStall()
{
    // Headers promise 100 kB, then one byte every 200 ms: enough to keep a connection open forever.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QList<QTcpSocket*> sockets;
    QTimer drip;
    drip.setInterval(200);
    connect(&drip, &QTimer::timeout, this, [&] {
        for (QTcpSocket* s : std::as_const(sockets))
            s->write("x");
    });
    connect(&server, &QTcpServer::newConnection, this, [&] {
        QTcpSocket* s = server.nextPendingConnection();
        sockets.append(s);
        connect(s, &QTcpSocket::readyRead, s, [s] {
            s->readAll();
            s->write("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\nContent-Type: audio/wav\r\n\r\n");
        });
        drip.start();
    });
    qint64 ms = 0;
    const ApiError e
        = download(QUrl(u"http://127.0.0.1:%1/trickle.wav"_s.arg(server.serverPort())), 1500, 60000, &ms);
    QVERIFY2(e.isError(), "a trickle must not be a success");
    QVERIFY2(ms < 10000, qPrintable(QString::number(ms)));
    QVERIFY2(e.message().contains(u"1 s"_s), qPrintable(e.toString())); // "no data for 1 s while downloading"
}

void TestHostileLimits::aSilentServerMeetsTheDeadline()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.enqueueHang();
    qint64 ms = 0;
    const ApiError e = download(QUrl(server.baseUrl() + u"silent.wav"_s), 60000, 1500, &ms);
    QVERIFY2(e.isError(), "silence must not be a success");
    QVERIFY2(ms >= 1400 && ms < 10000, qPrintable(QString::number(ms)));
    QVERIFY2(e.message().contains(u"did not finish within 1 s"_s), qPrintable(e.toString()));
}

void TestHostileLimits::createWaitGivesUpOnAStuckTask()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.setFallback([](const ScriptedHttpServer::Request& req) {
        ScriptedHttpServer::Step s;
        QJsonObject inner;
        if (req.header("x-tc-action") == "CreateAigcAudioTask") {
            inner = { { u"TaskId"_s, u"1-AigcAudioTask-stuckt"_s }, { u"RequestId"_s, u"c"_s } };
        } else {
            const QJsonObject task { { u"TaskId"_s, u"1-AigcAudioTask-stuckt"_s },
                { u"Status"_s, u"PROCESSING"_s }, { u"Progress"_s, 99 } };
            inner = { { u"TaskType"_s, u"AigcAudioTask"_s }, { u"Status"_s, u"PROCESSING"_s },
                { u"AigcAudioTask"_s, task }, { u"RequestId"_s, u"r"_s } };
        }
        s.body = QJsonDocument(QJsonObject { { u"Response"_s, inner } }).toJson(QJsonDocument::Compact);
        return s;
    });
    QTemporaryDir home;
    QElapsedTimer t;
    t.start();
    const auto r = cli({ u"create"_s, u"--endpoint"_s, server.baseUrl(), u"--prompt"_s, u"rain"_s,
                           u"--wait"_s, u"--wait-timeout"_s, u"3"_s, u"--poll-interval"_s, u"1"_s },
        home.path(), &m_nam, credentialsEnv());
    QCOMPARE(r.code, int(ExitNetwork));
    QVERIFY2(r.err.contains(u"gave up waiting"_s), qPrintable(r.err));
    QVERIFY2(t.elapsed() < 15000, qPrintable(QString::number(t.elapsed())));
}

QTEST_GUILESS_MAIN(TestHostileLimits)
#include "tst_hostile_limits.moc"
