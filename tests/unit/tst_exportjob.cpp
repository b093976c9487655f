// ExportJob: many sounds with one ExportSettings, as Export... and `aigc-audio export` run them. Names
// planned and checked before anything is written, worker threads, queued signals to an object of
// another thread (the app's GUI thread), cancel from that thread, every output decoded by ffmpeg.
#include "IndependentAudio.h"
#include "core/audio/ExportJob.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

class TestExportJob : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jobNamesChecksAndExportsInParallel();
    void jobRefusesCollidingNames();
    void runsOnAWorkerThreadAndCancels();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    ExportSource source(const QString& file) const;
    QStringList filesIn(const QString& dir) const
    {
        return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    }

    QTemporaryDir m_dir;
    QString m_wav; // 3 s, 44.1 kHz stereo 16-bit
    QString m_mp3;
};

void TestExportJob::initTestCase()
{
    if (!IndependentAudio::haveTools())
        QFAIL("needs ffmpeg, ffprobe and mediainfo on PATH (scripts/setup installs them)");
    QVERIFY(m_dir.isValid());
    m_wav = path(u"source.wav"_s);
    m_mp3 = path(u"source.mp3"_s);
    QCOMPARE(IndependentAudio::makeSound(m_wav, 3.0, 44100), QString());
    QCOMPARE(
        IndependentAudio::makeSound(m_mp3, 3.0, 44100, 2, 0.2, { u"-c:a"_s, u"libmp3lame"_s }), QString());
}

ExportSource TestExportJob::source(const QString& file) const
{
    ExportSource s;
    s.path = file;
    s.prompt = u"rain on a tin roof, at night"_s;
    s.model = u"Kling"_s;
    s.taskId = u"1500012345-AigcAudioTask-0123456789abcdef0123456789abcdeft"_s;
    return s;
}

void TestExportJob::jobNamesChecksAndExportsInParallel()
{
    QList<ExportSource> sources;
    for (int i = 1; i <= 3; ++i) {
        ExportSource s = source(i == 2 ? m_mp3 : m_wav);
        s.variation = i;
        s.taskId = u"1500012345-AigcAudioTask-%1t"_s.arg(i);
        sources.append(s);
    }
    ExportSettings settings;
    settings.outputDir = path(u"out/sfx"_s); // made when missing
    settings.nameTemplate = u"{prompt}_{variation}"_s;
    settings.sampleRate = 48000;
    settings.encoding = ExportFormat::Encoding::Pcm24;
    settings.loudnessLufs = -16.0;
    ExportJob job(sources, settings);
    job.setThreadCount(2);
    QCOMPARE(job.prepare(), ValidationIssues());
    QCOMPARE(job.targets().size(), 3);
    QCOMPARE(QFileInfo(job.targets().at(1)).fileName(), u"rain on a tin roof, at night_02.wav"_s);

    QSignalSpy progress(&job, &ExportJob::progress);
    QSignalSpy items(&job, &ExportJob::itemFinished);
    QSignalSpy finished(&job, &ExportJob::finished);
    job.run();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(items.size(), 3);
    QVERIFY(progress.size() >= 2);
    QCOMPARE(progress.last().at(0).toDouble(), 1.0);
    const QList<ExportResult> results = job.results();
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(results.at(i).ok(), qPrintable(results.at(i).error));
        QCOMPARE(results.at(i).targetPath, job.targets().at(i));
        QCOMPARE(results.at(i).source.variation, i + 1);
        const auto l = IndependentAudio::loudness(job.targets().at(i));
        QVERIFY(std::abs(l.integratedLufs + 16.0) <= 0.3);
    }
    QCOMPARE(filesIn(settings.outputDir).size(), 3);
}

void TestExportJob::jobRefusesCollidingNames()
{
    ExportSource a = source(m_wav);
    ExportSource b = source(m_mp3);
    b.taskId = u"1500012345-AigcAudioTask-bt"_s;
    ExportSettings settings;
    settings.outputDir = path(u"out"_s);
    settings.nameTemplate = u"{prompt}"_s;
    ExportJob job({ a, b }, settings);
    ValidationIssues issues = job.prepare();
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, u"name"_s);
    QCOMPARE(issues.first().message,
        u"\"rain on a tin roof, at night.wav\" would be the name of both %1 and %2; add {variation} or "
        u"{taskid} "
        "to the name"_s.arg(a.taskId, b.taskId));

    // A name that exists is refused before anything is written, unless overwrite is set.
    settings.nameTemplate = u"{taskid}"_s;
    QFile taken(settings.outputDir + u"/"_s + b.taskId + u".wav"_s);
    QVERIFY(taken.open(QIODevice::WriteOnly));
    taken.close();
    ExportJob second({ a, b }, settings);
    issues = second.prepare();
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, u"overwrite"_s);
    QVERIFY(
        issues.first().message.endsWith(b.taskId + u".wav exists already; choose overwrite to replace it"_s));
    settings.overwrite = true;
    ExportJob third({ a, b }, settings);
    QCOMPARE(third.prepare(), ValidationIssues());
}

void TestExportJob::runsOnAWorkerThreadAndCancels()
{
    // As the app runs it: the job on a worker thread, its signals received by an object of this
    // (the GUI) thread, queued; then a second job cancelled from this thread once it has started.
    QList<ExportSource> sources;
    for (int i = 1; i <= 6; ++i) {
        ExportSource s = source(m_wav);
        s.variation = i;
        sources.append(s);
    }
    ExportSettings settings;
    settings.outputDir = path(u"threaded"_s);
    settings.nameTemplate = u"{prompt}_{variation}"_s;
    settings.sampleRate = 96000;
    settings.loudnessLufs = -23.0;
    ExportJob job(sources, settings);
    QCOMPARE(job.prepare(), ValidationIssues());
    QObject receiver;
    QList<Qt::HANDLE> threads;
    QList<double> progress;
    int items = 0;
    bool finished = false;
    connect(&job, &ExportJob::progress, &receiver, [&](double f) {
        threads.append(QThread::currentThreadId());
        progress.append(f);
    });
    connect(&job, &ExportJob::itemFinished, &receiver, [&](int, const ExportResult& r) {
        QVERIFY2(r.ok(), qPrintable(r.error));
        ++items;
    });
    connect(&job, &ExportJob::finished, &receiver, [&] { finished = true; });
    std::unique_ptr<QThread> worker(QThread::create([&job] { job.run(); }));
    worker->start();
    QTRY_VERIFY_WITH_TIMEOUT(finished, 60000);
    worker->wait();
    QCOMPARE(items, 6);
    QVERIFY(!threads.isEmpty());
    for (Qt::HANDLE t : threads)
        QCOMPARE(t, QThread::currentThreadId()); // delivered in the receiver's thread
    QVERIFY(std::is_sorted(progress.begin(), progress.end()));
    QCOMPARE(progress.last(), 1.0);
    QCOMPARE(filesIn(settings.outputDir).size(), 6);

    // Cancelled from this thread after the first progress: what was running stops at its next
    // block, what had not started is not started, and only finished files remain.
    settings.outputDir = path(u"cancelled"_s);
    ExportJob second(sources, settings);
    QCOMPARE(second.prepare(), ValidationIssues());
    finished = false;
    connect(&second, &ExportJob::progress, &receiver, [&](double) { second.cancel(); });
    connect(&second, &ExportJob::finished, &receiver, [&] { finished = true; });
    worker.reset(QThread::create([&second] { second.run(); }));
    worker->start();
    QTRY_VERIFY_WITH_TIMEOUT(finished, 60000);
    worker->wait();
    QVERIFY(second.isCancelled());
    int ok = 0;
    int cancelled = 0;
    for (const ExportResult& r : second.results()) {
        ok += r.ok() ? 1 : 0;
        cancelled += r.status == ExportResult::Status::Cancelled ? 1 : 0;
        QCOMPARE(QFile::exists(r.targetPath), r.ok());
    }
    QCOMPARE(ok + cancelled, 6);
    QVERIFY2(cancelled >= 4, qPrintable(QString::number(cancelled)));
    QCOMPARE(filesIn(settings.outputDir).size(), ok); // no temporary file left
}

QTEST_GUILESS_MAIN(TestExportJob)
#include "tst_exportjob.moc"
