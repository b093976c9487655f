// The export pipeline (core/audio) checked from outside: every export is decoded and measured by
// ffmpeg/ffprobe and mediainfo, which share no code with it. Inputs are made by ffmpeg's lavfi
// sources at test time. Checked: length within 1 ms of the region, rate, bit depth, integrated
// loudness within 0.3 LU of the target, true peak under the ceiling, the metadata (bext Description =
// the prompt, iXML, tags), the source never modified, and each bad input refused with its field.
#include "IndependentAudio.h"
#include "TestPaths.h"
#include "core/audio/AudioExporter.h"
#include "core/audio/ExportJob.h"
#include "core/audio/ExportSettings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <csignal>
#include <memory>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using Container = ExportFormat::Container;
using Encoding = ExportFormat::Encoding;

Q_DECLARE_METATYPE(ExportSettings)

class TestAudioExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void exportMatchesIndependentDecoder_data();
    void exportMatchesIndependentDecoder();
    void wholeSoundKeepsItsLengthAndRate();
    void bextAndIxmlCarryThePrompt();
    void longPromptIsCutBetweenCharactersInBext();
    void loudnessShortOfTargetSaysByHowMuch();
    void silenceIsLeftAsItIs();
    void badSettings_data();
    void badSettings();
    void regionPastTheEndIsRefused();
    void existingFileIsRefusedUnlessOverwrite();
    void readOnlyFolderIsRefused();
    void failedWriteLeavesNothing();
    void cancelLeavesNothing();
    void saveAsConvertsToTheExtensionsFormat();
    void saveAsRefusesAnUnknownExtension();

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }
    ExportSource source(const QString& file) const;
    static QByteArray md5(const QString& file);
    QStringList filesIn(const QString& dir) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_wav; // 3 s, 44.1 kHz stereo 16-bit
    QString m_mp3; // 3 s, 44.1 kHz stereo MP3
    static inline const QString kPrompt = u"rain on a tin roof, at night"_s;
    static inline const QByteArray kRequest
        = R"({"Prompt":"rain on a tin roof, at night","ModelName":"Kling","SceneType":"sfx"})";
};

void TestAudioExport::initTestCase()
{
    if (!IndependentAudio::haveTools())
        QFAIL("needs ffmpeg, ffprobe and mediainfo on PATH (scripts/setup installs them)");
}

void TestAudioExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_wav = path(u"source.wav"_s);
    m_mp3 = path(u"source.mp3"_s);
    QCOMPARE(IndependentAudio::makeSound(m_wav, 3.0, 44100), QString());
    QCOMPARE(IndependentAudio::makeSound(
                 m_mp3, 3.0, 44100, 2, 0.2, { u"-c:a"_s, u"libmp3lame"_s, u"-b:a"_s, u"192k"_s }),
        QString());
}

void TestAudioExport::cleanup()
{
    m_dir.reset();
}

ExportSource TestAudioExport::source(const QString& file) const
{
    ExportSource s;
    s.path = file;
    s.prompt = kPrompt;
    s.model = u"Kling"_s;
    s.taskId = u"1500012345-AigcAudioTask-0123456789abcdef0123456789abcdeft"_s;
    s.variation = 2;
    s.rating = 4;
    s.createdAt = QDateTime(QDate(2026, 11, 23), QTime(8, 30, 15));
    s.requestJson = kRequest;
    return s;
}

QByteArray TestAudioExport::md5(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Md5).toHex();
}

QStringList TestAudioExport::filesIn(const QString& dir) const
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

void TestAudioExport::exportMatchesIndependentDecoder_data()
{
    QTest::addColumn<bool>("fromMp3");
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<int>("rate");
    QTest::addColumn<double>("target");
    QTest::addColumn<QString>("codec");
    QTest::addColumn<int>("bits");
    QTest::addColumn<bool>("ceilingBinds");

    // The test sound's true peak is ~5 dB above its loudness: up to about -6 LUFS the -1 dBTP ceiling
    // is not reached; a -4 LUFS target falls short of it, and the rows marked so check that it does,
    // says so, and keeps the peak under the ceiling by ffmpeg's meter, lossy codecs included.
    const auto row = [](const char* name, bool mp3, Container c, Encoding e, int rate, double target,
                         const char* codec, int bits) {
        QTest::newRow(name) << mp3 << int(c) << int(e) << rate << target << QString::fromLatin1(codec) << bits
                            << (target > -6.0);
    };
    row("wav 24-bit 48k -16", false, Container::Wav, Encoding::Pcm24, 48000, -16.0, "pcm_s24le", 24);
    row("wav 16-bit 44.1k -23", false, Container::Wav, Encoding::Pcm16, 44100, -23.0, "pcm_s16le", 16);
    row("wav float 96k -14", false, Container::Wav, Encoding::Float32, 96000, -14.0, "pcm_f32le", 32);
    row("wav 24-bit 48k from mp3", true, Container::Wav, Encoding::Pcm24, 48000, -16.0, "pcm_s24le", 24);
    row("flac 16-bit 48k -16", false, Container::Flac, Encoding::Pcm16, 48000, -16.0, "flac", 16);
    row("flac 24-bit 96k -23", true, Container::Flac, Encoding::Pcm24, 96000, -23.0, "flac", 24);
    row("mp3 48k -16", false, Container::Mp3, Encoding::Default, 48000, -16.0, "mp3", 0);
    row("mp3 44.1k -14 from mp3", true, Container::Mp3, Encoding::Default, 44100, -14.0, "mp3", 0);
    row("vorbis 48k -16", false, Container::OggVorbis, Encoding::Default, 48000, -16.0, "vorbis", 0);
    row("vorbis 96k -23", false, Container::OggVorbis, Encoding::Default, 96000, -23.0, "vorbis", 0);
    row("opus 48k -16", false, Container::OggOpus, Encoding::Default, 48000, -16.0, "opus", 0);
    row("ceiling: wav 16-bit 44.1k -4", false, Container::Wav, Encoding::Pcm16, 44100, -4.0, "pcm_s16le", 16);
    row("ceiling: wav 24-bit 48k -4 from mp3", true, Container::Wav, Encoding::Pcm24, 48000, -4.0,
        "pcm_s24le", 24);
    row("ceiling: flac 24-bit 96k -4", false, Container::Flac, Encoding::Pcm24, 96000, -4.0, "flac", 24);
    row("ceiling: mp3 48k -4", false, Container::Mp3, Encoding::Default, 48000, -4.0, "mp3", 0);
    row("ceiling: mp3 44.1k -4 from mp3", true, Container::Mp3, Encoding::Default, 44100, -4.0, "mp3", 0);
    row("ceiling: vorbis 48k -4", false, Container::OggVorbis, Encoding::Default, 48000, -4.0, "vorbis", 0);
    row("ceiling: vorbis 44.1k -4", false, Container::OggVorbis, Encoding::Default, 44100, -4.0, "vorbis", 0);
    row("ceiling: opus 48k -4", false, Container::OggOpus, Encoding::Default, 48000, -4.0, "opus", 0);
}

void TestAudioExport::exportMatchesIndependentDecoder()
{
    QFETCH(bool, fromMp3);
    QFETCH(int, format);
    QFETCH(int, encoding);
    QFETCH(int, rate);
    QFETCH(double, target);
    QFETCH(QString, codec);
    QFETCH(int, bits);
    QFETCH(bool, ceilingBinds);

    ExportSettings settings;
    settings.format = Container(format);
    settings.encoding = Encoding(encoding);
    settings.sampleRate = rate;
    settings.loudnessLufs = target;
    settings.truePeakCeilingDbtp = -1.0;
    settings.region = ExportSettings::Region { 250, 2650 }; // 2400 ms
    settings.fadeInMs = 100;
    settings.fadeOutMs = 300;
    QVERIFY2(settings.validate().isEmpty(), qPrintable(settings.validate().value(0).toString()));

    const QString src = fromMp3 ? m_mp3 : m_wav;
    const QByteArray before = md5(src);
    const QString out = path(u"export."_s + ExportFormat::extension(settings.format));
    AudioExporter exporter(settings);
    QList<double> progress;
    exporter.setProgressHandler([&](double f) { progress.append(f); });
    const ExportResult r = exporter.exportTo(source(src), out);
    QVERIFY2(r.ok(), qPrintable(r.field + u": "_s + r.error));
    if (ceilingBinds) {
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY2(r.warnings.first().startsWith(u"loudness: reached "_s)
                && r.warnings.first().contains(u"LU short of the target -4.0 LUFS"_s),
            qPrintable(r.warnings.first()));
        QVERIFY(r.loudnessLufs && *r.loudnessLufs < target - 0.5);
    } else {
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(u'\n')));
    }
    QCOMPARE(md5(src), before); // the source is only read
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last(), 1.0);
    QVERIFY(std::is_sorted(progress.begin(), progress.end()));
    QCOMPARE(filesIn(m_dir->path()).size(), 3); // no temporary file left

    // What ffprobe says the bytes are.
    const QJsonObject stream = IndependentAudio::probe(out);
    QCOMPARE(stream.value(u"codec_name"_s).toString(), codec);
    QCOMPARE(stream.value(u"sample_rate"_s).toString().toInt(), rate);
    QCOMPARE(stream.value(u"channels"_s).toInt(), 2);
    if (bits > 0) {
        const int probed = codec == "flac"_L1 ? stream.value(u"bits_per_raw_sample"_s).toString().toInt()
                                              : stream.value(u"bits_per_sample"_s).toInt();
        QCOMPARE(probed, bits);
    }

    // The length, decoded by ffmpeg: the region's 2400 ms within 1 ms.
    const qint64 frames = IndependentAudio::decodedFrames(out, 2);
    const double ms = double(frames) * 1000.0 / rate;
    QVERIFY2(std::abs(ms - 2400.0) <= 1.0, qPrintable(u"decoded %1 frames = %2 ms"_s.arg(frames).arg(ms)));

    // Loudness and true peak by ffmpeg's own EBU R128 meter.
    const IndependentAudio::Loudness l = IndependentAudio::loudness(out);
    QVERIFY2(l.ok, qPrintable(l.error));
    qInfo("ffmpeg: %.3f LUFS (ours %.3f), true peak %.3f dBTP (ours %.3f)", l.integratedLufs,
        r.loudnessLufs.value_or(0), l.truePeakDbtp, r.truePeakDbtp.value_or(0));
    // Within 0.3 LU of the target, or of what the export says it reached when the ceiling stopped it.
    const double expected = ceilingBinds ? *r.loudnessLufs : target;
    QVERIFY2(std::abs(l.integratedLufs - expected) <= 0.3,
        qPrintable(u"ffmpeg measures %1 LUFS, expected %2"_s.arg(l.integratedLufs).arg(expected)));
    QVERIFY2(
        l.truePeakDbtp <= -1.0, qPrintable(u"ffmpeg measures a true peak of %1 dBTP"_s.arg(l.truePeakDbtp)));

    // The metadata each format has room for.
    if (settings.format == Container::Wav) {
        QCOMPARE(IndependentAudio::mediainfo(out, u"Description"_s), kPrompt);
    } else {
        const QJsonObject tags = stream.value(u"tags"_s).toObject();
        QCOMPARE(tags.value(u"title"_s).toString(), kPrompt);
        QCOMPARE(tags.value(u"artist"_s).toString(), u"Kling"_s);
        QCOMPARE(tags.value(u"comment"_s).toString().toUtf8(), kRequest);
    }
}

void TestAudioExport::wholeSoundKeepsItsLengthAndRate()
{
    // No region, no rate, no loudness: the source's rate and depth, its exact length, its level.
    ExportSettings settings;
    const QString out = path(u"whole.wav"_s);
    const ExportResult r = AudioExporter(settings).exportTo(source(m_wav), out);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.encoding, Encoding::Pcm16);
    const QJsonObject stream = IndependentAudio::probe(out);
    QCOMPARE(stream.value(u"codec_name"_s).toString(), u"pcm_s16le"_s);
    QCOMPARE(stream.value(u"sample_rate"_s).toString().toInt(), 44100);
    QCOMPARE(IndependentAudio::decodedFrames(out, 2), IndependentAudio::decodedFrames(m_wav, 2));
    const auto a = IndependentAudio::loudness(m_wav);
    const auto b = IndependentAudio::loudness(out);
    QVERIFY(std::abs(a.integratedLufs - b.integratedLufs) < 0.01);
}

void TestAudioExport::bextAndIxmlCarryThePrompt()
{
    ExportSettings settings;
    settings.sampleRate = 48000;
    settings.encoding = Encoding::Pcm24;
    settings.loudnessLufs = -16.0;
    settings.ucsCatId = u"RAINMetl"_s;
    const QString out = path(u"meta.wav"_s);
    const ExportResult r = AudioExporter(settings).exportTo(source(m_wav), out);
    QVERIFY2(r.ok(), qPrintable(r.error));

    // An independent RIFF reader: bext v2 fields at their EBU Tech 3285 offsets.
    const QByteArray bext = IndependentAudio::riffChunk(out, "bext");
    QVERIFY(bext.size() >= 602);
    QCOMPARE(QString::fromUtf8(bext.left(256).constData()), kPrompt);
    QCOMPARE(QByteArray(bext.mid(256, 32).constData()), QByteArray("AIGC Audio Studio"));
    QCOMPARE(bext.mid(320, 10), QByteArray("2026-11-23"));
    QCOMPARE(bext.mid(330, 8), QByteArray("08:30:15"));
    QCOMPARE(qFromLittleEndian<quint16>(bext.constData() + 346), quint16(2)); // version
    const qint16 loudness = qFromLittleEndian<qint16>(bext.constData() + 412);
    QVERIFY2(std::abs(loudness + 1600) <= 1, qPrintable(QString::number(loudness)));

    const QByteArray ixml = IndependentAudio::riffChunk(out, "iXML");
    QVERIFY(ixml.contains("<BWFXML>"));
    QVERIFY(ixml.contains("<NOTE>rain on a tin roof, at night</NOTE>"));
    QVERIFY(ixml.contains("<UCS_CATID>RAINMetl</UCS_CATID>"));
    QVERIFY(ixml.contains("<TASK_ID>1500012345-AigcAudioTask-0123456789abcdef0123456789abcdeft</TASK_ID>"));
    QVERIFY(ixml.contains(R"(<REQUEST>{&quot;Prompt&quot;:&quot;rain on a tin roof, at night&quot;)")
        || ixml.contains(R"(<REQUEST>{"Prompt":"rain on a tin roof, at night")"));

    QCOMPARE(IndependentAudio::mediainfo(out, u"Description"_s), kPrompt);
    QCOMPARE(IndependentAudio::mediainfo(out, u"Producer"_s).isEmpty()
            ? IndependentAudio::probe(out).value(u"tags"_s).toObject().value(u"encoded_by"_s).toString()
            : IndependentAudio::mediainfo(out, u"Producer"_s),
        u"AIGC Audio Studio"_s);
}

void TestAudioExport::longPromptIsCutBetweenCharactersInBext()
{
    // 300 characters of Chinese (3 bytes each in UTF-8): bext holds 256 bytes, cut between characters;
    // iXML keeps the whole prompt.
    ExportSource s = source(m_wav);
    s.prompt = QString(300, QChar(0x96E8)); // 雨
    const QString out = path(u"long.wav"_s);
    const ExportResult r = AudioExporter(ExportSettings {}).exportTo(s, out);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const QByteArray description = QByteArray(IndependentAudio::riffChunk(out, "bext").left(256).constData());
    QCOMPARE(description.size(), 255); // 85 whole characters
    QCOMPARE(QString::fromUtf8(description), QString(85, QChar(0x96E8)));
    QVERIFY(QString::fromUtf8(IndependentAudio::riffChunk(out, "iXML")).contains(s.prompt));
}

void TestAudioExport::loudnessShortOfTargetSaysByHowMuch()
{
    // Pink noise peaks ~12 dB above its loudness: -8 LUFS under a -6 dBTP ceiling cannot be reached.
    ExportSettings settings;
    settings.loudnessLufs = -8.0;
    settings.truePeakCeilingDbtp = -6.0;
    settings.sampleRate = 48000;
    const QString out = path(u"short.wav"_s);
    const ExportResult r = AudioExporter(settings).exportTo(source(m_wav), out);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.warnings.size(), 1);
    const QString w = r.warnings.first();
    QVERIFY2(w.startsWith(u"loudness: reached "_s) && w.contains(u"LU short of the target -8.0 LUFS"_s)
            && w.contains(u"ceiling of -6.0 dBTP"_s),
        qPrintable(w));
    QVERIFY(r.loudnessLufs && *r.loudnessLufs < -8.3);
    QVERIFY(r.truePeakDbtp && std::abs(*r.truePeakDbtp + 6.1) < 0.01); // 0.1 dB guard under the ceiling
    QVERIFY(w.contains(QString::number(-8.0 - *r.loudnessLufs, 'f', 1) + u" LU short"_s));

    const IndependentAudio::Loudness l = IndependentAudio::loudness(out);
    QVERIFY(l.ok);
    QVERIFY2(l.truePeakDbtp <= -6.0, qPrintable(QString::number(l.truePeakDbtp)));
    QVERIFY2(
        std::abs(l.integratedLufs - *r.loudnessLufs) <= 0.3, qPrintable(QString::number(l.integratedLufs)));
}

void TestAudioExport::silenceIsLeftAsItIs()
{
    const QString silent = path(u"silent.wav"_s);
    QCOMPARE(IndependentAudio::ffmpeg({ u"-f"_s, u"lavfi"_s, u"-i"_s, u"anullsrc=r=48000:cl=stereo"_s,
                 u"-t"_s, u"1"_s, u"-c:a"_s, u"pcm_s16le"_s, silent }),
        QString());
    ExportSettings settings;
    settings.loudnessLufs = -16.0;
    const ExportResult r = AudioExporter(settings).exportTo(source(silent), path(u"out.wav"_s));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY(r.warnings.first().contains(u"silent"_s));
    QCOMPARE(IndependentAudio::decodedFrames(path(u"out.wav"_s), 2), 48000);
}

void TestAudioExport::badSettings_data()
{
    QTest::addColumn<ExportSettings>("settings");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    const auto row = [](const char* name, const std::function<void(ExportSettings&)>& change,
                         const char* field, const char* message) {
        ExportSettings s;
        change(s);
        QTest::newRow(name) << s << QString::fromLatin1(field) << QString::fromUtf8(message);
    };
    row(
        "region under 10 ms",
        [](ExportSettings& s) {
            s.region = ExportSettings::Region { 1000, 1009 };
        },
        "region", "must be at least 10 ms long (got 9 ms, from 1000 to 1009 ms)");
    row(
        "region backwards",
        [](ExportSettings& s) {
            s.region = ExportSettings::Region { 500, 400 };
        },
        "region", "must end after it starts (got 500 ms to 400 ms)");
    row(
        "fades longer than region",
        [](ExportSettings& s) {
            s.region = ExportSettings::Region { 0, 100 };
            s.fadeInMs = 60;
            s.fadeOutMs = 60;
        },
        "fade-in", "the fades (60 ms in, 60 ms out) are longer together than the region (100 ms)");
    row(
        "target above ceiling",
        [](ExportSettings& s) {
            s.loudnessLufs = -0.5;
            s.truePeakCeilingDbtp = -1.0;
        },
        "loudness", "a target of -0.5 LUFS is above the true-peak ceiling of -1 dBTP");
    row(
        "target out of range", [](ExportSettings& s) { s.loudnessLufs = -80; }, "loudness",
        "must be from -60 to 0 LUFS, e.g. -23, -16 or -14 (got -80)");
    row(
        "ceiling above 0", [](ExportSettings& s) { s.truePeakCeilingDbtp = 0.5; }, "true-peak",
        "must be from -20 to 0 dBTP, e.g. -1 (got 0.5)");
    row(
        "unknown token", [](ExportSettings& s) { s.nameTemplate = u"{prompt}_{take}"_s; }, "name",
        "unknown token {take}; the tokens are {prompt}, {date}, {model}, {variation}, {taskid}, {rating}");
    row(
        "unclosed brace", [](ExportSettings& s) { s.nameTemplate = u"{prompt_{variation}"_s; }, "name",
        "\"{\" at position 1 is not closed");
    row(
        "folder in the name", [](ExportSettings& s) { s.nameTemplate = u"sfx/{prompt}"_s; }, "name",
        "must not contain \"/\"");
    row(
        "float FLAC",
        [](ExportSettings& s) {
            s.format = Container::Flac;
            s.encoding = Encoding::Float32;
        },
        "bits", "FLAC holds 16- or 24-bit PCM, not 32-bit float");
    row(
        "bits on MP3",
        [](ExportSettings& s) {
            s.format = Container::Mp3;
            s.encoding = Encoding::Pcm24;
        },
        "bits", "MP3 is a compressed format without a bit depth");
    row(
        "MP3 at 96k",
        [](ExportSettings& s) {
            s.format = Container::Mp3;
            s.sampleRate = 96000;
        },
        "rate", "MP3 cannot hold 96000 Hz");
    row(
        "Opus at 44.1k",
        [](ExportSettings& s) {
            s.format = Container::OggOpus;
            s.sampleRate = 44100;
        },
        "rate", "Ogg Opus holds 48000 Hz only (got 44100)");
    row(
        "rate out of range", [](ExportSettings& s) { s.sampleRate = 1000; }, "rate",
        "must be from 8000 to 192000 Hz");
    row(
        "catid without category", [](ExportSettings& s) { s.nameTemplate = NamingTemplate::ucsPreset(); },
        "ucs", "the name uses {catid}: choose a UCS category");
    row(
        "unknown catid", [](ExportSettings& s) { s.ucsCatId = u"RAINXyz"_s; }, "ucs",
        "\"RAINXyz\" is not a UCS CatID of the list");
}

void TestAudioExport::badSettings()
{
    QFETCH(ExportSettings, settings);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const ValidationIssues issues = settings.validate();
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, field);
    QVERIFY2(issues.first().message.contains(message), qPrintable(issues.first().message));

    // The exporter refuses them too (an app that skipped validate() writes nothing), and so does a job.
    settings.outputDir = path(u"out"_s);
    ExportJob job({ source(m_wav) }, settings);
    const ValidationIssues jobIssues = job.prepare();
    QVERIFY(!jobIssues.isEmpty());
    QCOMPARE(jobIssues.first().field, field);
}

void TestAudioExport::regionPastTheEndIsRefused()
{
    ExportSettings settings;
    settings.region = ExportSettings::Region { 2000, 4000 };
    const ExportResult r = AudioExporter(settings).exportTo(source(m_wav), path(u"out.wav"_s));
    QVERIFY(!r.ok());
    QCOMPARE(r.field, u"region"_s);
    QCOMPARE(r.error, u"2000 to 4000 ms is past the end of the sound, which is 3000 ms long"_s);
    QVERIFY(!QFile::exists(path(u"out.wav"_s)));
}

void TestAudioExport::existingFileIsRefusedUnlessOverwrite()
{
    const QString out = path(u"taken.wav"_s);
    QFile f(out);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not yours");
    f.close();
    ExportSettings settings;
    ExportResult r = AudioExporter(settings).exportTo(source(m_wav), out);
    QVERIFY(!r.ok());
    QCOMPARE(r.field, u"overwrite"_s);
    QVERIFY2(r.error.endsWith(u"exists already; choose overwrite to replace it"_s), qPrintable(r.error));
    QCOMPARE(TestPaths::readFile(out), QByteArray("not yours"));

    settings.overwrite = true;
    r = AudioExporter(settings).exportTo(source(m_wav), out);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(IndependentAudio::probe(out).value(u"codec_name"_s).toString(), u"pcm_s16le"_s);
}

void TestAudioExport::readOnlyFolderIsRefused()
{
    if (geteuid() == 0)
        QSKIP("root writes into read-only folders; integration.tst_cli_export covers a read-only mount");
    const QString dir = path(u"locked"_s);
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner));
    ExportSettings settings;
    settings.outputDir = dir;
    ExportJob job({ source(m_wav) }, settings);
    const ValidationIssues issues = job.prepare();
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, u"dir"_s);
    QVERIFY2(issues.first().message.startsWith(u"cannot write in "_s), qPrintable(issues.first().message));
    const ExportResult r = AudioExporter(settings).exportTo(source(m_wav), dir + u"/x.wav"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.field, u"dir"_s);
    QVERIFY(filesIn(dir).isEmpty());
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestAudioExport::failedWriteLeavesNothing()
{
    // A file-size limit makes every write past 100 KiB fail (EFBIG), as a full disk does (ENOSPC;
    // integration.tst_cli_export fills a real tmpfs): the export fails, says so, and leaves nothing.
    const QString dir = path(u"limited"_s);
    QVERIFY(QDir().mkpath(dir));
    ExportSettings settings;
    settings.encoding = Encoding::Pcm24;
    settings.sampleRate = 48000;
    rlimit old {};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limited = old;
    limited.rlim_cur = 100 * 1024;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
    const ExportResult r = AudioExporter(settings).exportTo(source(m_wav), dir + u"/big.wav"_s);
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);
    QVERIFY(!r.ok());
    QCOMPARE(r.field, u"dir"_s);
    QVERIFY2(r.error.contains(u"File too large"_s) && r.error.endsWith(u"; nothing was written"_s),
        qPrintable(r.error));
    QCOMPARE(filesIn(dir), QStringList());
}

void TestAudioExport::cancelLeavesNothing()
{
    for (const bool normalise : { false, true }) {
        ExportSettings settings;
        settings.sampleRate = 96000;
        if (normalise)
            settings.loudnessLufs = -16.0;
        std::atomic_bool cancel { false };
        AudioExporter exporter(settings);
        exporter.setCancelFlag(&cancel);
        exporter.setProgressHandler([&](double f) {
            if (f > 0.2)
                cancel = true;
        });
        const QString out = path(u"cancelled.wav"_s);
        const ExportResult r = exporter.exportTo(source(m_wav), out);
        QCOMPARE(r.status, ExportResult::Status::Cancelled);
        QVERIFY(!QFile::exists(out));
        QCOMPARE(filesIn(m_dir->path()), QStringList({ u"source.mp3"_s, u"source.wav"_s }));
    }
}

void TestAudioExport::saveAsConvertsToTheExtensionsFormat()
{
    // An MP3 output saved as .wav: WAV bytes (RIFF, PCM), not MP3 bytes under a .wav name.
    const QByteArray mp3 = md5(m_mp3);
    ExportResult r = AudioExporter::saveAs(source(m_mp3), path(u"x.wav"_s), false);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.converted);
    QVERIFY(TestPaths::readFile(path(u"x.wav"_s)).startsWith("RIFF"));
    QJsonObject stream = IndependentAudio::probe(path(u"x.wav"_s));
    QCOMPARE(stream.value(u"codec_name"_s).toString(), u"pcm_s24le"_s);
    QCOMPARE(stream.value(u"sample_rate"_s).toString(), u"44100"_s);
    QCOMPARE(IndependentAudio::mediainfo(path(u"x.wav"_s), u"Description"_s), kPrompt);
    QCOMPARE(md5(m_mp3), mp3);

    // Already in the format the name says: the same bytes.
    r = AudioExporter::saveAs(source(m_mp3), path(u"y.mp3"_s), false);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(!r.converted);
    QCOMPARE(md5(path(u"y.mp3"_s)), mp3);
    r = AudioExporter::saveAs(source(m_mp3), path(u"y.mp3"_s), false);
    QCOMPARE(r.field, u"overwrite"_s);

    // A 16-bit WAV as FLAC stays 16-bit; as Opus it goes to 48 kHz, the only rate Opus holds.
    r = AudioExporter::saveAs(source(m_wav), path(u"z.flac"_s), false);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(IndependentAudio::probe(path(u"z.flac"_s)).value(u"bits_per_raw_sample"_s).toString(), u"16"_s);
    r = AudioExporter::saveAs(source(m_wav), path(u"z.opus"_s), false);
    QVERIFY2(r.ok(), qPrintable(r.error));
    stream = IndependentAudio::probe(path(u"z.opus"_s));
    QCOMPARE(stream.value(u"codec_name"_s).toString(), u"opus"_s);
    QCOMPARE(stream.value(u"sample_rate"_s).toString(), u"48000"_s);
    QVERIFY(std::abs(IndependentAudio::decodedFrames(path(u"z.opus"_s), 2) - 144000) <= 48);
}

void TestAudioExport::saveAsRefusesAnUnknownExtension()
{
    ExportResult r = AudioExporter::saveAs(source(m_mp3), path(u"x.xyz"_s), false);
    QVERIFY(!r.ok());
    QCOMPARE(r.field, u"format"_s);
    QVERIFY2(r.error.startsWith(u"cannot save the MP3 sound as "_s)
            && r.error.endsWith(
                u": .xyz is not an audio format this app writes (wav, flac, mp3, ogg, opus)"_s),
        qPrintable(r.error));
    r = AudioExporter::saveAs(source(m_wav), path(u"noext"_s), false);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(u"the name has no extension"_s), qPrintable(r.error));
    r = AudioExporter::saveAs(source(path(u"missing.wav"_s)), path(u"x.wav"_s), false);
    QVERIFY(!r.ok());
    QCOMPARE(r.field, u"input"_s);
    QCOMPARE(filesIn(m_dir->path()), QStringList({ u"source.mp3"_s, u"source.wav"_s }));
}

QTEST_GUILESS_MAIN(TestAudioExport)
#include "tst_audioexport.moc"
