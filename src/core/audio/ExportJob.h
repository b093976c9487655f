#pragma once

#include "core/audio/ExportResult.h"
#include "core/audio/ExportSettings.h"
#include "core/audio/ExportSource.h"
#include "core/support/ValidationIssue.h"

#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QStringList>
#include <atomic>
#include <memory>
#include <vector>

// Exports many sounds with one ExportSettings: Export..., drag-out, `aigc-audio export`.
//   ExportJob job(sources, settings);
//   if (const auto issues = job.prepare(); !issues.isEmpty()) { show them; return; }
//   QtConcurrent::run([&job] { job.run(); });   // or a QThread, or the CLI's own thread
//   job.cancel();                               // from any thread
// prepare() checks everything that can be checked before writing, so that a batch does not stop
// half-way on a rule: the settings, the folder (made if missing; refused when read-only), one
// distinct name per sound (the template rendered; two sounds with one name are an error naming both),
// and no existing file unless overwrite is set. run() then exports on up to threadCount() threads;
// its signals come from those threads (connect them to objects of the GUI thread: they arrive
// queued). Each file is written to a temporary file and renamed when complete.
class ExportJob : public QObject
{
    Q_OBJECT

public:
    ExportJob(const QList<ExportSource>& sources, const ExportSettings& settings, QObject* parent = nullptr);
    ~ExportJob() override;

    const ExportSettings& settings() const { return m_settings; }
    const QList<ExportSource>& sources() const { return m_sources; }
    // The time that stands for unknown creation times ({date}, origination); default: now.
    void setNow(const QDateTime& now) { m_now = now; }
    void setThreadCount(int threads) { m_threads = std::max(1, threads); }
    int threadCount() const { return m_threads; }

    // Every broken rule, each naming its field; empty when run() may start. Fills targets().
    ValidationIssues prepare();
    // The file each source goes to (after prepare()), in the order of sources().
    const QStringList& targets() const { return m_targets; }

    // Exports every source; blocks until all are done or cancelled. Call prepare() first.
    void run();
    void cancel() { m_cancel.store(true); }
    bool isCancelled() const { return m_cancel.load(); }
    // One per source after run(), in the order of sources().
    QList<ExportResult> results() const;

signals:
    void progress(double fraction); // the whole job, 0..1
    void itemFinished(int index, const ExportResult& result);
    void finished();

private:
    void exportOne(int index);
    void itemProgress(int index, double fraction);

    QList<ExportSource> m_sources;
    ExportSettings m_settings;
    QDateTime m_now;
    QStringList m_targets;
    int m_threads = 1;
    std::atomic_bool m_cancel { false };
    std::atomic_int m_next { 0 };
    std::unique_ptr<std::atomic_int[]> m_permille;
    std::atomic_int m_reported { -1 };
    mutable QMutex m_mutex;
    QList<ExportResult> m_results;
};
