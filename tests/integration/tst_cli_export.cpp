// `aigc-audio export` as a user runs it: TaskIds found in the local history (the app's database,
// through AIGC_AUDIO_DATA_DIR), files given with --input, the naming template, and the folder cases
// that only a real file system shows: a read-only mount and a full one (a tmpfs in a user namespace,
// via unshare; skipped where the kernel does not allow it). Exports are checked with ffmpeg/ffprobe
// and mediainfo.
#include "IndependentAudio.h"
#include "TestPaths.h"
#include "core/tasks/HistoryStore.h"
#include "core/tasks/TaskRecord.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

class TestCliExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportsTaskIdsFromTheHistory();
    void unknownOrUnsavedTasksAreNamed();
    void existingFilesNeedOverwrite();
    void inputFileWithLibrarySidecar();
    void readOnlyFolderWritesNothing();
    void fullFolderWritesNothing();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList& args);
    // Runs aigc-audio with `setup` (a shell line about "$dir") applied in a private mount namespace.
    Run inNamespace(const QString& setup, const QString& dir, const QStringList& args);
    void addRecord(HistoryStore& store, const QString& taskId, const QString& prompt,
        const QByteArray& request, const QString& file,
        TaskRecord::DownloadState download = TaskRecord::DownloadState::Done);
    QString exportDir(const QString& name) const { return m_dir.filePath(u"export/"_s + name); }

    QTemporaryDir m_dir;
    QString m_dataDir;
    static inline const QString kRain = u"rain on a tin roof"_s;
    static inline const QString kBell = u"a temple bell at dawn"_s;
    static inline const QString kT1 = u"1500012345-AigcAudioTask-00000000000000000000000000000001t"_s;
    static inline const QString kT2 = u"1500012345-AigcAudioTask-00000000000000000000000000000002t"_s;
    static inline const QString kT3 = u"1500012345-AigcAudioTask-00000000000000000000000000000003t"_s;
    static inline const QString kPending = u"1500012345-AigcAudioTask-00000000000000000000000000000004t"_s;
};

void TestCliExport::initTestCase()
{
    if (!IndependentAudio::haveTools())
        QFAIL("needs ffmpeg, ffprobe and mediainfo on PATH (scripts/setup installs them)");
    QVERIFY(m_dir.isValid());
    m_dataDir = m_dir.filePath(u"data"_s);
    QVERIFY(QDir().mkpath(m_dataDir + u"/Library"_s));
    // Three saved outputs: two takes of one request (variations #1 and #2) and another sound.
    const QString library = m_dataDir + u"/Library/"_s;
    for (const QString& name : { u"take1.wav"_s, u"take2.mp3"_s, u"bell.wav"_s }) {
        const QStringList codec = name.endsWith(u".mp3"_s) ? QStringList { u"-c:a"_s, u"libmp3lame"_s }
                                                           : QStringList { u"-c:a"_s, u"pcm_s16le"_s };
        QCOMPARE(IndependentAudio::makeSound(library + name, 3.0, 44100, 2, 0.2, codec), QString());
    }
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(m_dataDir + u"/history.sqlite"_s, &error), qPrintable(error));
    const QByteArray rain = R"({"ModelName":"Kling","Prompt":"rain on a tin roof","SceneType":"sfx"})";
    addRecord(store, kT1, kRain, rain, library + u"take1.wav"_s);
    addRecord(store, kT2, kRain, rain, library + u"take2.mp3"_s);
    addRecord(store, kT3, kBell, R"({"ModelName":"Kling","Prompt":"a temple bell at dawn"})",
        library + u"bell.wav"_s);
    addRecord(store, kPending, kBell, R"({"Prompt":"a temple bell at dawn","SceneType":"x"})", {},
        TaskRecord::DownloadState::Pending);
}

void TestCliExport::addRecord(HistoryStore& store, const QString& taskId, const QString& prompt,
    const QByteArray& request, const QString& file, TaskRecord::DownloadState download)
{
    TaskRecord r;
    r.taskId = taskId;
    r.prompt = prompt;
    r.modelName = u"Kling"_s;
    r.requestJson = request;
    r.state = TaskRecord::State::Finished;
    r.progress = 100;
    r.submittedAt = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
    r.createTime = r.submittedAt;
    r.localPath = file;
    r.downloadState = download;
    QVERIFY(store.insertRecord(r) > 0);
}

TestCliExport::Run TestCliExport::cli(const QStringList& args)
{
    return inNamespace({}, {}, args);
}

TestCliExport::Run TestCliExport::inNamespace(
    const QString& setup, const QString& dir, const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"AIGC_AUDIO_DATA_DIR"_s, m_dataDir);
    env.insert(u"HOME"_s, m_dir.path());
    p.setProcessEnvironment(env);
    const QString binary = TestPaths::binary(u"aigc-audio"_s);
    if (setup.isEmpty()) {
        p.start(binary, QStringList { u"export"_s } + args);
    } else {
        // The mount exists only inside the namespace: what is left in the folder is listed there.
        const QString script = u"dir=\"$1\"; shift; "_s + setup
            + u" || exit 97; \"$@\"; rc=$?; echo \"LEFT:$(ls -A \"$dir\" | tr '\\n' ' ')\" >&2; exit $rc"_s;
        p.start(u"unshare"_s,
            QStringList { u"-rm"_s, u"sh"_s, u"-c"_s, script, u"sh"_s, dir, binary, u"export"_s } + args);
    }
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TestCliExport::exportsTaskIdsFromTheHistory()
{
    const QString dir = exportDir(u"history"_s);
    const Run r = cli({ kT1, kT2, kT3, u"--format"_s, u"wav"_s, u"--rate"_s, u"48000"_s, u"--bits"_s, u"24"_s,
        u"--loudness"_s, u"-16"_s, u"--true-peak"_s, u"-1"_s, u"--name"_s, u"{prompt}_{variation}"_s,
        u"--dir"_s, dir, u"--region"_s, u"0.2s-2200"_s, u"--fade-in"_s, u"50"_s, u"--fade-out"_s, u"100"_s });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.err, QString());
    // One line per file: the file, its prompt, what it holds.
    const QStringList lines = r.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 3);
    const QStringList expected { dir + u"/rain on a tin roof_01.wav"_s, dir + u"/rain on a tin roof_02.wav"_s,
        dir + u"/a temple bell at dawn_01.wav"_s };
    QStringList files;
    for (const QString& line : lines) {
        const QStringList fields = line.split(u'\t');
        QCOMPARE(fields.size(), 3);
        files.append(fields.at(0));
        QCOMPARE(fields.at(1), fields.at(0).contains(u"bell"_s) ? kBell : kRain);
        QVERIFY2(fields.at(2).startsWith(u"48000 Hz, 24-bit PCM, 2.000 s, -16.0 LUFS"_s), qPrintable(line));
    }
    files.sort();
    QStringList sortedExpected = expected;
    sortedExpected.sort();
    QCOMPARE(files, sortedExpected);
    for (const QString& file : expected) {
        const QJsonObject stream = IndependentAudio::probe(file);
        QCOMPARE(stream.value(u"codec_name"_s).toString(), u"pcm_s24le"_s);
        QCOMPARE(stream.value(u"sample_rate"_s).toString(), u"48000"_s);
        QVERIFY(std::abs(IndependentAudio::decodedFrames(file, 2) - 96000) <= 48);
        const auto l = IndependentAudio::loudness(file);
        QVERIFY2(std::abs(l.integratedLufs + 16.0) <= 0.3 && l.truePeakDbtp <= -1.0,
            qPrintable(u"%1 LUFS %2 dBTP"_s.arg(l.integratedLufs).arg(l.truePeakDbtp)));
        QCOMPARE(
            IndependentAudio::mediainfo(file, u"Description"_s), file.contains(u"bell"_s) ? kBell : kRain);
    }
    // The library is only read.
    QCOMPARE(QDir(m_dataDir + u"/Library"_s).entryList(QDir::Files).size(), 3);
}

void TestCliExport::unknownOrUnsavedTasksAreNamed()
{
    const QString dir = exportDir(u"unknown"_s);
    const QString unknown = u"1500012345-AigcAudioTask-ffffffffffffffffffffffffffffffffft"_s;
    const Run r = cli({ kT1, unknown, kPending, u"--dir"_s, dir });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(
                 u"input: "_s + unknown + u" is not in the local history; give its file with --input"_s),
        qPrintable(r.err));
    QVERIFY2(r.err.contains(u"input: "_s + kPending + u" has no saved file yet"_s), qPrintable(r.err));
    QVERIFY(r.err.endsWith(u"Nothing was written.\n"_s));
    QVERIFY(QDir(dir).isEmpty()); // planned before anything was written
}

void TestCliExport::existingFilesNeedOverwrite()
{
    const QString dir = exportDir(u"overwrite"_s);
    Run r = cli({ kT3, u"--dir"_s, dir, u"--name"_s, u"{taskid}"_s, u"--format"_s, u"flac"_s });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString file = dir + u"/"_s + kT3 + u".flac"_s;
    QVERIFY(QFile::exists(file));
    r = cli({ kT3, u"--dir"_s, dir, u"--name"_s, u"{taskid}"_s, u"--format"_s, u"flac"_s });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(u"overwrite: "_s + file + u" exists already; choose overwrite to replace it"_s),
        qPrintable(r.err));
    r = cli({ kT3, u"--dir"_s, dir, u"--name"_s, u"{taskid}"_s, u"--format"_s, u"flac"_s, u"--overwrite"_s,
        u"--bits"_s, u"24"_s });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(IndependentAudio::probe(file).value(u"bits_per_raw_sample"_s).toString(), u"24"_s);
}

void TestCliExport::inputFileWithLibrarySidecar()
{
    // Any file with --input; the library's sidecar beside it gives the prompt and the TaskId.
    const QString file = m_dir.filePath(u"loose/2026-11-23_fireworks_00000005.wav"_s);
    QVERIFY(QDir().mkpath(QFileInfo(file).path()));
    QCOMPARE(IndependentAudio::makeSound(file, 2.0, 48000, 1), QString());
    QFile sidecar(m_dir.filePath(u"loose/2026-11-23_fireworks_00000005.json"_s));
    QVERIFY(sidecar.open(QIODevice::WriteOnly));
    sidecar.write(R"({"Request":{"Prompt":"fireworks during Spring Festival","ModelName":"Kling"},
        "Response":{"CreateTime":"2026-02-17T12:00:00Z"},"TaskId":"1500012345-AigcAudioTask-5t"})");
    sidecar.close();
    const QString dir = exportDir(u"loose"_s);
    const Run r = cli({ u"--input"_s, file, u"--dir"_s, dir, u"--format"_s, u"mp3"_s, u"--ucs"_s,
        u"frwkmisc"_s, u"--loudness"_s, u"-14"_s });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString out = dir + u"/FRWKMisc_Fireworks During Spring 01_AIGC_Kling.mp3"_s;
    QVERIFY2(r.out.startsWith(out + u"\tfireworks during Spring Festival\t48000 Hz, 2.000 s"_s),
        qPrintable(r.out));
    const QJsonObject stream = IndependentAudio::probe(out);
    QCOMPARE(stream.value(u"codec_name"_s).toString(), u"mp3"_s);
    QCOMPARE(stream.value(u"channels"_s).toInt(), 1);
    QCOMPARE(stream.value(u"tags"_s).toObject().value(u"title"_s).toString(),
        u"fireworks during Spring Festival"_s);
    QVERIFY(std::abs(IndependentAudio::loudness(out).integratedLufs + 14.0) <= 0.3);
}

void TestCliExport::readOnlyFolderWritesNothing()
{
    const QString dir = exportDir(u"readonly"_s);
    QVERIFY(QDir().mkpath(dir));
    const QStringList args { kT1, u"--dir"_s, dir, u"--format"_s, u"wav"_s };
    Run r;
    if (QStandardPaths::findExecutable(u"unshare"_s).isEmpty())
        QSKIP("needs unshare (util-linux) for a read-only mount");
    r = inNamespace(u"mount --bind \"$dir\" \"$dir\" && mount -o remount,ro,bind \"$dir\""_s, dir, args);
    if (r.code == 97)
        QSKIP("this kernel does not allow mounts in a user namespace");
    QCOMPARE(r.code, 2);
    QVERIFY2(
        r.err.contains(u"aigc-audio export: dir: cannot write in "_s + dir + u": "_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"Read-only file system"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"LEFT: \n"_s) || r.err.contains(u"LEFT:\n"_s), qPrintable(r.err));
}

void TestCliExport::fullFolderWritesNothing()
{
    if (QStandardPaths::findExecutable(u"unshare"_s).isEmpty())
        QSKIP("needs unshare (util-linux) for a small tmpfs");
    const QString dir = exportDir(u"full"_s);
    QVERIFY(QDir().mkpath(dir));
    const QString mount = u"mount -t tmpfs -o size=96k tmpfs \"$dir\""_s;

    // WAV: the size is known in advance, so the free space is checked before writing.
    Run r = inNamespace(mount, dir, { kT1, u"--dir"_s, dir, u"--format"_s, u"wav"_s, u"--bits"_s, u"24"_s });
    if (r.code == 97)
        QSKIP("this kernel does not allow mounts in a user namespace");
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u": dir: "_s + dir + u" has 0.1 MiB free; this export needs about 0.8 MiB"_s),
        qPrintable(r.err));
    QVERIFY2(r.err.contains(u"LEFT: \n"_s) || r.err.contains(u"LEFT:\n"_s), qPrintable(r.err));

    // FLAC: the disk fills up while writing (ENOSPC); the temporary file goes, nothing is left.
    r = inNamespace(mount, dir, { kT1, u"--dir"_s, dir, u"--format"_s, u"flac"_s, u"--bits"_s, u"24"_s });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"No space left on device; nothing was written"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"LEFT: \n"_s) || r.err.contains(u"LEFT:\n"_s), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
