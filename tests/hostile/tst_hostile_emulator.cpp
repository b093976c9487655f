// Issue 16, point 6: the emulator holds up. The emulator runs as its own process (its memory is what
// is measured: VmRSS before and after is printed for each memory case) and a hostile client talks raw
// HTTP to it: a 100 MB header line (431, memory flat), a huge API body (413 before it is sent), a
// 100 MB upload (streamed to disk), a head that trickles (408) and an idle connection (closed),
// pipelined requests (answered in order), 20 rendered outputs (the cache evicts), control characters
// in what it logs, and the warning when it listens beyond loopback with the public demo credentials.
#include "HostileSupport.h"
#include "TestPaths.h"
#include "core/signing/Tc3Signer.h"
#include "core/support/PrintableText.h"
#include "emulator/http/EmulatorInfo.h"
#include "emulator/http/HttpRequestParser.h"
#include "emulator/synth/OutputRenderer.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using HostileSupport::rssKiB;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

// Reads from the socket until `done(received)` or the deadline; true when done.
bool readUntil(QTcpSocket& socket, QByteArray& received, const std::function<bool(const QByteArray&)>& done,
    int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done(received) && t.elapsed() < timeoutMs) {
        if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0)
            break;
        socket.waitForReadyRead(50);
        received += socket.readAll();
    }
    return done(received);
}

} // namespace

class TestHostileEmulator : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void hugeHeaderLineIsRefusedWithoutGrowing();
    void hugeApiBodyIsRefusedBeforeItIsSent();
    void largeUploadIsStreamedToDisk();
    void tricklingHeadTimesOut();
    void idleConnectionIsClosed();
    void pipelinedRequestsAreAnsweredInOrder();
    void renderCacheEvicts();
    void renderCacheStaysWithinItsLimit();
    void parserRefusesWhatBreaksTheRules_data();
    void parserRefusesWhatBreaksTheRules();
    void logLinesEscapeControlCharacters();
    void warnsBeyondLoopbackWithTheDemoCredentials();

private:
    // Starts aigc-vod-emulator on 127.0.0.1 with `args`; its port, or 0.
    quint16 start(const QStringList& args = {});
    QTcpSocket* connectRaw();
    // A signed API call's bytes (HTTP/1.1, Content-Length) as a client would send them.
    QByteArray signedRequest(const QString& action, const QByteArray& body) const;
    QJsonObject call(const QString& action, const QByteArray& body);
    qint64 rss() const { return rssKiB(m_process ? m_process->processId() : 0); }

    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QTcpSocket> m_socket;
    QNetworkAccessManager m_nam;
    quint16 m_port = 0;
};

void TestHostileEmulator::cleanup()
{
    m_socket.reset();
    if (m_process) {
        m_process->kill();
        m_process->waitForFinished(5000);
        m_process.reset();
    }
}

quint16 TestHostileEmulator::start(const QStringList& args)
{
    m_process = std::make_unique<QProcess>();
    m_process->start(
        TestPaths::binary(u"aigc-vod-emulator"_s), QStringList { u"--listen"_s, u"127.0.0.1:0"_s } + args);
    if (!m_process->waitForStarted(10000))
        return 0;
    QByteArray line;
    QElapsedTimer t;
    t.start();
    while (!line.contains('\n') && t.elapsed() < 15000) {
        m_process->waitForReadyRead(100);
        line += m_process->readAllStandardOutput();
    }
    const qsizetype colon = line.lastIndexOf(':');
    m_port = colon > 0 ? static_cast<quint16>(line.mid(colon + 1).trimmed().toUInt()) : 0;
    return m_port;
}

QTcpSocket* TestHostileEmulator::connectRaw()
{
    m_socket = std::make_unique<QTcpSocket>();
    m_socket->connectToHost(QHostAddress::LocalHost, m_port);
    return m_socket->waitForConnected(5000) ? m_socket.get() : nullptr;
}

QByteArray TestHostileEmulator::signedRequest(const QString& action, const QByteArray& body) const
{
    Tc3Signer::Input in;
    in.secretId = QString::fromLatin1(kEmulatorDemoSecretId);
    in.secretKey = QString::fromLatin1(kEmulatorDemoSecretKey);
    in.host = u"127.0.0.1:"_s + QString::number(m_port);
    in.action = action;
    in.timestamp = QDateTime::currentSecsSinceEpoch();
    in.payload = body;
    const Tc3Signer::Output sig = Tc3Signer::sign(in);
    QByteArray out = "POST / HTTP/1.1\r\n";
    for (const auto& [name, value] : sig.headers)
        out += name + ": " + value + "\r\n";
    return out + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QJsonObject TestHostileEmulator::call(const QString& action, const QByteArray& body)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(signedRequest(action, body));
    QByteArray received;
    readUntil(
        socket, received,
        [](const QByteArray& r) {
            const qsizetype head = r.indexOf("\r\n\r\n");
            if (head < 0)
                return false;
            const qsizetype at = r.indexOf("Content-Length: ");
            return at >= 0
                && r.size() >= head + 4 + r.mid(at + 16, r.indexOf('\r', at) - at - 16).toLongLong();
        },
        10000);
    return QJsonDocument::fromJson(received.mid(received.indexOf("\r\n\r\n") + 4))
        .object()
        .value("Response"_L1)
        .toObject();
}

void TestHostileEmulator::hugeHeaderLineIsRefusedWithoutGrowing()
{
    QVERIFY(start());
    QTcpSocket* s = connectRaw();
    QVERIFY(s);
    const qint64 before = rss();
    s->write("GET /files/x/y.wav HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ");
    const QByteArray chunk(kMiB, 'a');
    qint64 sent = 0;
    QElapsedTimer t;
    t.start();
    // Up to 100 MB, as fast as the emulator takes it, until it answers and closes.
    while (sent < 100 * kMiB && s->state() == QAbstractSocket::ConnectedState && t.elapsed() < 30000) {
        if (s->bytesToWrite() < 2 * kMiB) {
            s->write(chunk);
            sent += chunk.size();
        }
        s->waitForBytesWritten(20);
        if (s->bytesAvailable() > 0)
            break;
    }
    QByteArray received = s->readAll();
    readUntil(
        *s, received, [](const QByteArray& r) { return r.contains("\r\n\r\n"); }, 10000);
    const qint64 after = rss();
    qInfo("emulator VmRSS before %lld KiB, after a header line of %lld MB sent: %lld KiB", before,
        sent / kMiB, after);
    QVERIFY2(received.startsWith("HTTP/1.1 431"), received.left(200).constData());
    QVERIFY2(after - before < 32 * 1024, "the emulator grew by more than 32 MiB");
    QVERIFY(s->state() == QAbstractSocket::UnconnectedState || s->waitForDisconnected(10000));
}

void TestHostileEmulator::hugeApiBodyIsRefusedBeforeItIsSent()
{
    QVERIFY(start());
    QTcpSocket* s = connectRaw();
    QVERIFY(s);
    s->write("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
             "Content-Length: 1000000000\r\n\r\n{");
    QByteArray received;
    QVERIFY(readUntil(
        *s, received, [](const QByteArray& r) { return r.contains("\r\n\r\n"); }, 10000));
    QVERIFY2(received.startsWith("HTTP/1.1 413"), received.constData());
}

void TestHostileEmulator::largeUploadIsStreamedToDisk()
{
    QTemporaryDir data;
    QVERIFY(start({ u"--data-dir"_s, data.path() }));
    QTcpSocket* s = connectRaw();
    QVERIFY(s);
    const qint64 before = rss();
    constexpr qint64 size = 100 * kMiB;
    s->write("PUT /some/object.wav HTTP/1.1\r\nHost: vodemu-1250000000.cos.ap-guangzhou.myqcloud.com\r\n"
             "Content-Length: "
        + QByteArray::number(size) + "\r\n\r\n");
    const QByteArray chunk(kMiB, 'u');
    qint64 sent = 0;
    qint64 peak = before;
    QElapsedTimer t;
    t.start();
    while (sent < size && s->state() == QAbstractSocket::ConnectedState && t.elapsed() < 60000) {
        if (s->bytesToWrite() < 2 * kMiB) {
            s->write(chunk);
            sent += chunk.size();
            if (sent % (10 * kMiB) == 0)
                peak = std::max(peak, rss());
        }
        s->waitForBytesWritten(20);
    }
    QByteArray received;
    QVERIFY(readUntil(
        *s, received, [](const QByteArray& r) { return r.contains("\r\n\r\n"); }, 20000));
    const qint64 after = rss();
    qInfo("emulator VmRSS before %lld KiB, peak %lld KiB during a %lld MB upload, after %lld KiB", before,
        peak, sent / kMiB, after);
    QCOMPARE(sent, size);
    QVERIFY2(received.startsWith("HTTP/1.1 403"), received.left(300).constData()); // unsigned: refused
    QVERIFY2(peak - before < 32 * 1024, "the upload was held in memory");
    // The received body is gone once refused.
    QTRY_VERIFY(QDir(data.filePath(u"uploads/incoming"_s)).entryList(QDir::Files).isEmpty());
}

void TestHostileEmulator::tricklingHeadTimesOut()
{
    QVERIFY(start({ u"--header-timeout"_s, u"1"_s, u"--idle-timeout"_s, u"10"_s }));
    QTcpSocket* s = connectRaw();
    QVERIFY(s);
    QElapsedTimer t;
    t.start();
    s->write("GET / HTTP/1.1\r\n");
    QByteArray received;
    // One byte every 200 ms: never idle, never complete.
    while (s->state() == QAbstractSocket::ConnectedState && t.elapsed() < 8000
        && !received.contains("\r\n\r\n")) {
        s->write("x");
        s->waitForReadyRead(200);
        received += s->readAll();
    }
    qInfo("a head trickling one byte every 200 ms was answered after %lld ms", t.elapsed());
    QVERIFY2(received.startsWith("HTTP/1.1 408"), received.constData());
    QVERIFY(t.elapsed() < 5000);
}

void TestHostileEmulator::idleConnectionIsClosed()
{
    QVERIFY(start({ u"--idle-timeout"_s, u"1"_s }));
    QTcpSocket* s = connectRaw();
    QVERIFY(s);
    QElapsedTimer t;
    t.start();
    QVERIFY(s->waitForDisconnected(5000));
    qInfo("an idle connection was closed after %lld ms", t.elapsed());
}

void TestHostileEmulator::pipelinedRequestsAreAnsweredInOrder()
{
    QVERIFY(start({ u"--task-seconds"_s, u"0.2"_s }));
    const QJsonObject created = call(u"CreateAigcAudioTask"_s,
        R"({"ModelName":"Kling","SceneType":"sfx","Prompt":"rain on a roof",
            "OutputConfig":{"Duration":20,"OutputAudioFormat":"wav"}})");
    const QString taskId = created.value("TaskId"_L1).toString();
    QVERIFY2(!taskId.isEmpty(), QJsonDocument(created).toJson().constData());
    QTest::qWait(600); // FINISH, not yet described: its audio is rendered on the first request
    QTcpSocket* s = connectRaw();
    QVERIFY(s);
    const QByteArray detail = R"({"TaskId":")" + taskId.toUtf8() + R"("})";
    s->write("GET /files/" + taskId.toUtf8() + "/output.wav HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
        + signedRequest(u"DescribeTaskDetail"_s, detail));
    QByteArray r;
    const auto both = [](const QByteArray& r) {
        const qsizetype head = r.indexOf("\r\n\r\n");
        if (head < 0)
            return false;
        const qsizetype at = r.indexOf("Content-Length: ");
        const qint64 first = r.mid(at + 16, r.indexOf('\r', at) - at - 16).toLongLong();
        const qsizetype second = head + 4 + first;
        return r.size() > second && r.indexOf("\r\n\r\n", second) > 0 && r.endsWith("}}");
    };
    QVERIFY2(readUntil(*s, r, both, 60000), r.left(300).constData());
    // The file first, whole, then the JSON answer, right after its last byte.
    QVERIFY2(r.startsWith("HTTP/1.1 200"), r.left(200).constData());
    QVERIFY(r.left(r.indexOf("\r\n\r\n")).contains("audio/wav"));
    const qsizetype at = r.indexOf("Content-Length: ");
    const qint64 length = r.mid(at + 16, r.indexOf('\r', at) - at - 16).toLongLong();
    const qsizetype second = r.indexOf("\r\n\r\n") + 4 + length;
    QVERIFY(length > kMiB);
    QCOMPARE(r.mid(4 + r.indexOf("\r\n\r\n"), 4), QByteArray("RIFF"));
    QVERIFY2(r.mid(second).startsWith("HTTP/1.1 200"), r.mid(second, 100).constData());
    QVERIFY(r.mid(second).contains(taskId.toUtf8()));
}

void TestHostileEmulator::renderCacheEvicts()
{
    QVERIFY(start({ u"--task-seconds"_s, u"0.1"_s, u"--render-cache-mb"_s, u"8"_s, u"--read-limit"_s, u"0"_s,
        u"--create-limit"_s, u"0"_s }));
    QStringList ids;
    for (int i = 0; i < 20; ++i) {
        const QJsonObject created = call(u"CreateAigcAudioTask"_s,
            R"({"ModelName":"Kling","SceneType":"sfx","Prompt":"wind number )" + QByteArray::number(i)
                + R"(","OutputConfig":{"Duration":30,"OutputAudioFormat":"wav"}})");
        ids << created.value("TaskId"_L1).toString();
        QVERIFY(!ids.last().isEmpty());
    }
    QTest::qWait(300);
    const qint64 before = rss();
    qint64 downloaded = 0;
    for (const QString& id : std::as_const(ids)) {
        QNetworkReply* reply = m_nam.get(
            QNetworkRequest(QUrl(u"http://127.0.0.1:%1/files/%2/output.wav"_s.arg(m_port).arg(id))));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 60000);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        downloaded += reply->readAll().size();
        reply->deleteLater();
    }
    const qint64 after = rss();
    qInfo("emulator VmRSS before %lld KiB, after rendering and serving 20 outputs (%lld MB): %lld KiB",
        before, downloaded / kMiB, after);
    QVERIFY(downloaded > 100 * kMiB);
    QVERIFY2(after - before < 48 * 1024, "the render cache kept what it served");
}

void TestHostileEmulator::renderCacheStaysWithinItsLimit()
{
    OutputRenderer renderer;
    renderer.setCacheLimit(3 * kMiB);
    QStringList keys;
    for (int i = 0; i < 8; ++i) {
        OutputRenderer::Job job { u"t%1.wav"_s.arg(i), u"bell %1"_s.arg(i), u"sfx"_s, quint64(i), 10,
            u"wav"_s };
        keys << job.key;
        bool done = false;
        renderer.get(job, this, [&done](const OutputRenderer::Result&) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
        QVERIFY(renderer.cachedBytes() <= 3 * kMiB || renderer.cached(job.key));
    }
    QVERIFY(renderer.cachedBytes() <= 3 * kMiB);
    QVERIFY(renderer.cached(keys.first()) == nullptr); // the least recently used left
    QVERIFY(renderer.cached(keys.last()) != nullptr);
}

void TestHostileEmulator::parserRefusesWhatBreaksTheRules_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    QTest::newRow("no version") << QByteArray("GET /\r\n\r\n") << 400;
    QTest::newRow("two lengths") << QByteArray(
        "POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab")
                                 << 400;
    QTest::newRow("chunked and length")
        << QByteArray("PUT /k HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n") << 400;
    QTest::newRow("negative length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400;
    QTest::newRow("folded header") << QByteArray("GET / HTTP/1.1\r\nA: b\r\n c\r\n\r\n") << 400;
    QTest::newRow("api body too large")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 3000000\r\n\r\n") << 413;
    QTest::newRow("chunk too large") << QByteArray(
        "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n400000\r\n")
                                     << 413;
    QTest::newRow("head too long") << QByteArray("GET / HTTP/1.1\r\nX: " + QByteArray(70000, 'a')) << 431;
}

void TestHostileEmulator::parserRefusesWhatBreaksTheRules()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    HttpRequestParser parser;
    QByteArray buffer = bytes;
    QCOMPARE(parser.feed(buffer), HttpRequestParser::State::Failed);
    QCOMPARE(parser.errorStatus(), status);
    // And a good chunked request with two pipelined after it.
    HttpRequestParser good;
    QByteArray pipelined
        = "PUT /k HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;x=y\r\nabc\r\n2\r\nde\r\n0\r\n\r\n"
          "GET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.1\r\n\r\n";
    QCOMPARE(good.feed(pipelined), HttpRequestParser::State::Complete);
    const IncomingRequest r = good.take();
    QCOMPARE(r.body, QByteArray("abcde"));
    QCOMPARE(r.md5(), QCryptographicHash::hash("abcde", QCryptographicHash::Md5));
    QCOMPARE(good.feed(pipelined), HttpRequestParser::State::Complete);
    QCOMPARE(good.take().path, u"/a"_s);
    QCOMPARE(good.feed(pipelined), HttpRequestParser::State::Complete);
    QCOMPARE(good.take().path, u"/b"_s);
}

void TestHostileEmulator::logLinesEscapeControlCharacters()
{
    QVERIFY(start({ u"--log"_s }));
    QTcpSocket* s = connectRaw();
    QVERIFY(s);
    s->write("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-TC-Action: Describe\x1b]0;pwned\x07\x1b[2J\r\n"
             "Content-Length: 2\r\n\r\n{}");
    QByteArray received;
    QVERIFY(readUntil(
        *s, received, [](const QByteArray& r) { return r.endsWith("}}"); }, 10000));
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT((log += m_process->readAllStandardError()).contains("Describe"), 5000);
    QVERIFY2(!log.contains('\x1b') && !log.contains('\x07'), log.constData());
    QVERIFY2(log.contains("Describe\\u001b]0;pwned\\u0007\\u001b[2J"), log.constData());
}

void TestHostileEmulator::warnsBeyondLoopbackWithTheDemoCredentials()
{
    const auto warningOf = [](const QStringList& args) {
        QProcess p;
        p.start(TestPaths::binary(u"aigc-vod-emulator"_s), args);
        QByteArray out;
        QElapsedTimer t;
        t.start();
        while (!out.contains("listening on") && t.elapsed() < 15000) {
            p.waitForReadyRead(100);
            out += p.readAllStandardOutput();
        }
        p.waitForReadyRead(300);
        const QByteArray err = p.readAllStandardError();
        p.kill();
        p.waitForFinished(5000);
        return QString::fromUtf8(err);
    };
    const QString demo = warningOf({ u"--listen"_s, u"0.0.0.0:0"_s });
    QVERIFY2(demo.contains(u"public demo credentials"_s), qPrintable(demo));
    QVERIFY(!warningOf({ u"--listen"_s, u"127.0.0.1:0"_s }).contains(u"demo credentials"_s));
    QVERIFY(!warningOf(
        { u"--listen"_s, u"0.0.0.0:0"_s, u"--secret-id"_s, u"AKIDown"_s, u"--secret-key"_s, u"own"_s })
                 .contains(u"demo credentials"_s));
}

QTEST_GUILESS_MAIN(TestHostileEmulator)
#include "tst_hostile_emulator.moc"
