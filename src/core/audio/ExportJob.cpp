#include "core/audio/ExportJob.h"

#include "core/audio/AudioExporter.h"
#include "core/audio/NamingTemplate.h"
#include "core/audio/SignalChain.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryFile>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace {

QString describe(const ExportSource& s)
{
    return s.taskId.isEmpty() ? QDir::toNativeSeparators(s.path) : s.taskId;
}

} // namespace

ExportJob::ExportJob(const QList<ExportSource>& sources, const ExportSettings& settings, QObject* parent)
    : QObject(parent)
    , m_sources(sources)
    , m_settings(settings)
{
}

ExportJob::~ExportJob() = default;

ValidationIssues ExportJob::prepare()
{
    ValidationIssues issues = m_settings.validate();
    m_targets.clear();
    const auto issue = [&](const QString& field, const QString& message) {
        issues.append({ field, message });
    };
    if (m_sources.isEmpty())
        issue(ExportSettings::fieldInput(), tr("nothing to export"));
    for (const ExportSource& s : m_sources) {
        if (s.path.isEmpty() || !QFileInfo(s.path).isFile()) {
            issue(ExportSettings::fieldInput(),
                s.path.isEmpty() ? tr("%1 has no saved audio file").arg(describe(s))
                                 : tr("%1 does not exist").arg(QDir::toNativeSeparators(s.path)));
            continue;
        }
        // What depends on each sound (a region past its end, a rate its format cannot hold) is
        // found now, not half-way through the batch. Only the headers are read.
        SignalChain chain;
        if (const auto refused = AudioExporter::openSource(chain, s, m_settings))
            issue(refused->field, describe(s) + u": "_s + refused->message);
    }

    const QString dirPath = m_settings.outputDir;
    if (dirPath.trimmed().isEmpty()) {
        issue(ExportSettings::fieldDir(), tr("is required: the folder to export into"));
        return issues;
    }
    const QString nativeDir = QDir::toNativeSeparators(QDir(dirPath).absolutePath());
    QDir dir(dirPath);
    if (!dir.exists() && !QDir().mkpath(dirPath)) {
        issue(ExportSettings::fieldDir(), tr("cannot create the folder %1").arg(nativeDir));
        return issues;
    }
    {
        // Read-only folders (and read-only file systems) refuse this; nothing is left behind.
        QTemporaryFile probe(dir.filePath(u".aigc-export-XXXXXX"_s));
        if (!probe.open()) {
            issue(
                ExportSettings::fieldDir(), tr("cannot write in %1: %2").arg(nativeDir, probe.errorString()));
            return issues;
        }
    }

    const NamingTemplate name(m_settings.nameTemplate);
    if (!name.isValid())
        return issues; // validate() said why
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTime();
    const QString extension = ExportFormat::extension(m_settings.format);
    QHash<QString, int> taken; // lower-cased: Windows and macOS ignore case in names
    for (int i = 0; i < m_sources.size(); ++i) {
        const ExportSource& s = m_sources.at(i);
        const QString file = name.render(s, m_settings.ucsCatId, now) + u'.' + extension;
        const QString path = dir.absoluteFilePath(file);
        m_targets.append(path);
        const QString key = file.toLower();
        if (const auto other = taken.constFind(key); other != taken.constEnd()) {
            issue(ExportSettings::fieldName(),
                tr("\"%1\" would be the name of both %2 and %3; add {variation} or {taskid} to the name")
                    .arg(file, describe(m_sources.at(*other)), describe(s)));
            continue;
        }
        taken.insert(key, i);
        if (const auto refused = AudioExporter::checkTarget(s.path, path, m_settings.overwrite))
            issues.append(*refused);
    }
    return issues;
}

void ExportJob::run()
{
    const int count = int(m_sources.size());
    if (m_targets.size() != count) {
        // Not prepared: plan now, and fail every item with the first broken rule if there is one.
        const ValidationIssues issues = prepare();
        if (!issues.isEmpty()) {
            QMutexLocker lock(&m_mutex);
            m_results.clear();
            for (const ExportSource& s : m_sources) {
                ExportResult r;
                r.source = s;
                r.field = issues.first().field;
                r.error = issues.first().message;
                m_results.append(r);
            }
            lock.unlock();
            emit finished();
            return;
        }
    }
    {
        QMutexLocker lock(&m_mutex);
        m_results = QList<ExportResult>(count);
    }
    m_permille = std::make_unique<std::atomic_int[]>(size_t(std::max(1, count)));
    for (int i = 0; i < count; ++i)
        m_permille[size_t(i)].store(0);
    m_next.store(0);
    m_reported.store(-1);
    const int threads = std::min(m_threads, std::max(1, count));
    if (threads <= 1) {
        for (int i = m_next++; i < count; i = m_next++)
            exportOne(i);
    } else {
        QThreadPool pool;
        pool.setMaxThreadCount(threads);
        for (int t = 0; t < threads; ++t) {
            pool.start([this, count] {
                for (int i = m_next++; i < count; i = m_next++)
                    exportOne(i);
            });
        }
        pool.waitForDone();
    }
    emit progress(1.0);
    emit finished();
}

void ExportJob::exportOne(int index)
{
    const ExportSource& source = m_sources.at(index);
    ExportResult result;
    if (m_cancel.load()) {
        result.source = source;
        result.targetPath = m_targets.value(index);
        result.status = ExportResult::Status::Cancelled;
    } else {
        AudioExporter exporter(m_settings);
        exporter.setCancelFlag(&m_cancel);
        if (m_now.isValid())
            exporter.setNow(m_now);
        exporter.setProgressHandler([this, index](double f) { itemProgress(index, f); });
        result = exporter.exportTo(source, m_targets.value(index));
    }
    itemProgress(index, 1.0);
    {
        QMutexLocker lock(&m_mutex);
        m_results[index] = result;
    }
    emit itemFinished(index, result);
}

void ExportJob::itemProgress(int index, double fraction)
{
    m_permille[size_t(index)].store(int(fraction * 1000.0));
    qint64 sum = 0;
    for (int i = 0; i < m_sources.size(); ++i)
        sum += m_permille[size_t(i)].load();
    const int overall = int(sum / std::max<qsizetype>(1, m_sources.size()));
    // Only when the per-mille figure moves: a signal per block would flood a GUI thread.
    int last = m_reported.load();
    while (overall > last) {
        if (m_reported.compare_exchange_weak(last, overall)) {
            emit progress(overall / 1000.0);
            break;
        }
    }
}

QList<ExportResult> ExportJob::results() const
{
    QMutexLocker lock(&m_mutex);
    return m_results;
}
