// Generated files: real audio of exactly the requested duration and format, served at the FileUrl on
// the emulator's port with Content-Type, Content-Length, Accept-Ranges and Range/HEAD support; 404
// before FINISH and after expiry; deterministic from prompt + seed.
#include "EmulatorTestSupport.h"
#include "core/model/AudioTask.h"
#include "emulator/synth/OutputRenderer.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace EmulatorTest;

class TestEmulatorFiles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void wavHasExactDuration_data();
    void wavHasExactDuration();
    void mp3IsServedAsMpeg();
    void rangeRequests();
    void headRequest();
    void notFoundBeforeFinishAndAfterExpiry();
    void fileUrlUsesTheClientsHost();
    void deterministicFromPromptAndSeed();

private:
    // Creates a task, moves the clock to FINISH, returns the DescribeTaskDetail answer.
    AudioTask finished(const QJsonObject& params, const QByteArray& host = QByteArray());
    HttpResult api(const QString& action, const QJsonObject& params, const QByteArray& host = QByteArray());

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<EmulatorServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void TestEmulatorFiles::init()
{
    m_clock = std::make_unique<ManualClock>(1'750'000'000'000LL);
    EmulatorConfig config;
    config.taskSeconds = 2;
    m_server = std::make_unique<EmulatorServer>(config, m_clock.get());
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void TestEmulatorFiles::cleanup()
{
    m_nam.reset();
    m_server.reset();
    m_clock.reset();
}

HttpResult TestEmulatorFiles::api(const QString& action, const QJsonObject& params, const QByteArray& host)
{
    Tc3Signer::Input in = signInput(
        *m_server, m_clock->nowSecs(), action, QJsonDocument(params).toJson(QJsonDocument::Compact));
    if (!host.isEmpty())
        in.host = QString::fromLatin1(host);
    return postSigned(*m_nam, m_server->baseUrl(), in);
}

AudioTask TestEmulatorFiles::finished(const QJsonObject& params, const QByteArray& host)
{
    const QString id = api(u"CreateAigcAudioTask"_s, params, host).response().value("TaskId"_L1).toString();
    m_clock->advance(2000);
    return AudioTask::fromDescribeTaskDetail(
        api(u"DescribeTaskDetail"_s, { { "TaskId"_L1, id } }, host).response());
}

void TestEmulatorFiles::wavHasExactDuration_data()
{
    QTest::addColumn<QString>("scene");
    QTest::addColumn<int>("duration");
    QTest::addColumn<int>("expected");
    QTest::newRow("sfx 3 s") << u"sfx"_s << 3 << 3;
    QTest::newRow("sfx default") << u"sfx"_s << 0 << 6;
    QTest::newRow("music default") << u"music"_s << -1 << 30;
}

void TestEmulatorFiles::wavHasExactDuration()
{
    QFETCH(QString, scene);
    QFETCH(int, duration);
    QFETCH(int, expected);
    QJsonObject oc { { "OutputAudioFormat"_L1, u"wav"_s } };
    if (duration >= 0)
        oc.insert("Duration"_L1, duration);
    const AudioTask t = finished(
        { { "Prompt"_L1, u"gentle rain"_s }, { "SceneType"_L1, scene }, { "OutputConfig"_L1, oc } });
    QVERIFY(t.isSuccess());
    QCOMPARE(t.audioOutputs.first().duration, double(expected));
    const HttpResult r = get(*m_nam, QUrl(t.audioOutputs.first().fileUrl));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), QByteArray("audio/wav"));
    QCOMPARE(r.header("Accept-Ranges"), QByteArray("bytes"));
    QCOMPARE(r.contentLength, r.body.size());
    const WavInfo wav = parseWav(r.body);
    QVERIFY(wav.valid);
    QCOMPARE(wav.seconds(), double(expected));
}

void TestEmulatorFiles::mp3IsServedAsMpeg()
{
    if (!OutputRenderer::hasSynth())
        QSKIP("the synthesiser is not linked: no mp3");
    const AudioTask t = finished(
        { { "Prompt"_L1, u"door slam"_s }, { "OutputConfig"_L1, QJsonObject { { "Duration"_L1, 2 } } } });
    QVERIFY(t.isSuccess());
    QCOMPARE(t.audioOutputs.first().fileType, u"mp3"_s);
    QVERIFY(t.audioOutputs.first().fileUrl.endsWith(".mp3"_L1));
    const HttpResult r = get(*m_nam, QUrl(t.audioOutputs.first().fileUrl));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), QByteArray("audio/mpeg"));
    QVERIFY(
        r.body.startsWith("ID3") || (uchar(r.body.at(0)) == 0xff && (uchar(r.body.at(1)) & 0xe0) == 0xe0));
}

void TestEmulatorFiles::rangeRequests()
{
    const AudioTask t = finished({ { "Prompt"_L1, u"wind"_s },
        { "OutputConfig"_L1, QJsonObject { { "OutputAudioFormat"_L1, u"wav"_s }, { "Duration"_L1, 1 } } } });
    const QUrl url(t.audioOutputs.first().fileUrl);
    const QByteArray full = get(*m_nam, url).body;
    const qint64 size = full.size();
    QVERIFY(size > 1000);

    HttpResult r = get(*m_nam, url, { { "Range", "bytes=0-99" } });
    QCOMPARE(r.status, 206);
    QCOMPARE(r.header("Content-Range"), "bytes 0-99/" + QByteArray::number(size));
    QCOMPARE(r.body, full.left(100));
    QCOMPARE(r.contentLength, 100);

    r = get(*m_nam, url, { { "Range", "bytes=500-" } });
    QCOMPARE(r.status, 206);
    QCOMPARE(r.body, full.mid(500));

    r = get(*m_nam, url, { { "Range", "bytes=-10" } });
    QCOMPARE(r.status, 206);
    QCOMPARE(r.body, full.right(10));
    QCOMPARE(r.header("Content-Range"),
        "bytes " + QByteArray::number(size - 10) + '-' + QByteArray::number(size - 1) + '/'
            + QByteArray::number(size));

    r = get(*m_nam, url, { { "Range", "bytes=100-999999999" } }); // clamped to the end
    QCOMPARE(r.status, 206);
    QCOMPARE(r.body, full.mid(100));

    r = get(*m_nam, url, { { "Range", "bytes=" + QByteArray::number(size) + '-' } });
    QCOMPARE(r.status, 416);
    QCOMPARE(r.header("Content-Range"), "bytes */" + QByteArray::number(size));

    r = get(*m_nam, url, { { "Range", "bytes=0-1,5-6" } }); // several ranges: ignored, whole file
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, full);
}

void TestEmulatorFiles::headRequest()
{
    const AudioTask t = finished({ { "Prompt"_L1, u"wind"_s },
        { "OutputConfig"_L1, QJsonObject { { "OutputAudioFormat"_L1, u"wav"_s }, { "Duration"_L1, 1 } } } });
    const QUrl url(t.audioOutputs.first().fileUrl);
    const qint64 size = get(*m_nam, url).body.size();
    HttpResult r = get(*m_nam, url, {}, true);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.contentLength, size);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(r.header("Accept-Ranges"), QByteArray("bytes"));
    r = get(*m_nam, url, { { "Range", "bytes=0-9" } }, true);
    QCOMPARE(r.status, 206);
    QCOMPARE(r.contentLength, 10);
}

void TestEmulatorFiles::notFoundBeforeFinishAndAfterExpiry()
{
    const QString id = api(u"CreateAigcAudioTask"_s,
        { { "Prompt"_L1, u"hum"_s },
            { "OutputConfig"_L1,
                QJsonObject { { "OutputAudioFormat"_L1, u"wav"_s }, { "Duration"_L1, 1 } } } })
                           .response()
                           .value("TaskId"_L1)
                           .toString();
    const QUrl url = m_server->baseUrl().resolved(QUrl(u"/files/"_s + id + u"/output.wav"_s));
    QCOMPARE(get(*m_nam, url).status, 404);
    m_clock->advance(1000);
    QCOMPARE(get(*m_nam, url).status, 404); // PROCESSING
    m_clock->advance(1000);
    QCOMPARE(get(*m_nam, url).status, 200);
    QCOMPARE(
        get(*m_nam, m_server->baseUrl().resolved(QUrl(u"/files/"_s + id + u"/output.mp3"_s))).status, 404);
    QCOMPARE(
        get(*m_nam, m_server->baseUrl().resolved(QUrl(u"/files/"_s + id + u"/other.wav"_s))).status, 404);
    m_clock->advance(7LL * 24 * 3600 * 1000 - 1000);
    QCOMPARE(get(*m_nam, url).status, 200); // still within 7 days of FINISH
    m_clock->advance(1000);
    QCOMPARE(get(*m_nam, url).status, 404);
    // A failed task has no file.
    const AudioTask failed = finished({ { "Prompt"_L1, u"hum #fail-generate"_s } });
    QVERIFY(failed.isFailed());
    QCOMPARE(get(*m_nam, m_server->baseUrl().resolved(QUrl(u"/files/"_s + failed.taskId + u"/output.mp3"_s)))
                 .status,
        404);
}

void TestEmulatorFiles::fileUrlUsesTheClientsHost()
{
    const QByteArray host = "vod.tencentcloudapi.com:" + QByteArray::number(m_server->port());
    const AudioTask t
        = finished({ { "Prompt"_L1, u"bird"_s },
                       { "OutputConfig"_L1,
                           QJsonObject { { "OutputAudioFormat"_L1, u"wav"_s }, { "Duration"_L1, 1 } } } },
            host);
    QVERIFY(t.isSuccess());
    const QUrl url(t.audioOutputs.first().fileUrl);
    QCOMPARE(url.host(), u"vod.tencentcloudapi.com"_s);
    QCOMPARE(url.port(), int(m_server->port()));
}

void TestEmulatorFiles::deterministicFromPromptAndSeed()
{
    const QJsonObject oc { { "OutputAudioFormat"_L1, u"wav"_s }, { "Duration"_L1, 1 } };
    auto body = [&](const QString& prompt, const QString& extra) {
        QJsonObject p { { "Prompt"_L1, prompt }, { "OutputConfig"_L1, oc } };
        if (!extra.isEmpty())
            p.insert("AdditionalParameters"_L1, extra);
        const AudioTask t = finished(p);
        return get(*m_nam, QUrl(t.audioOutputs.first().fileUrl)).body;
    };
    const QByteArray a = body(u"thunder storm"_s, u"{\"seed\":7}"_s);
    const QByteArray b = body(u"thunder storm"_s, u"{\"seed\":7}"_s);
    const QByteArray c = body(u"thunder storm"_s, u"{\"seed\":8}"_s);
    QVERIFY(parseWav(a).valid);
    QCOMPARE(a, b);
    if (OutputRenderer::hasSynth())
        QVERIFY(a != c);
    // Without a seed, each task differs (the seed comes from its TaskId).
    QVERIFY(body(u"thunder storm"_s, {}).size() == a.size());
}

QTEST_GUILESS_MAIN(TestEmulatorFiles)
#include "tst_emulator_files.moc"
