#include "cli/UploadWatch.h"

#include "cli/CliEnvironment.h"
#include "core/support/Clock.h"
#include "core/support/PrintableText.h"

using namespace Qt::StringLiterals;

namespace {

QString mib(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

QString duration(qint64 ms)
{
    const qint64 s = (ms + 999) / 1000;
    const auto two = [](qint64 n) { return QString::number(n).rightJustified(2, u'0'); };
    if (s >= 3600)
        return QString::number(s / 3600) + u':' + two(s / 60 % 60) + u':' + two(s % 60);
    return QString::number(s / 60) + u':' + two(s % 60);
}

} // namespace

UploadWatch::UploadWatch(CliEnvironment* env, UploadQueue* queue, QObject* parent)
    : QObject(parent)
    , m_env(env)
    , m_queue(queue)
{
    connect(queue, &UploadQueue::progressChanged, this, [this](qint64 id, const UploadProgress&) {
        if (indexOf(id) >= 0)
            printProgress();
    });
    connect(queue, &UploadQueue::retrying, this,
        [this](qint64 id, const QString& what, const ApiError& e, qint64 ms) {
            if (m_quiet || indexOf(id) < 0)
                return;
            clearProgress();
            m_env->err()
                << tr("%1 failed (%2); retrying in %3 s").arg(what, e.toString()).arg(double(ms) / 1000.0)
                << u'\n';
        });
    connect(queue, &UploadQueue::finished, this, &UploadWatch::onFinished);
}

int UploadWatch::indexOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).id == id)
            return int(i);
    }
    return -1;
}

void UploadWatch::watch(const QList<Item>& items, Done done)
{
    m_items = items;
    m_ended = QList<bool>(items.size(), false);
    m_done = std::move(done);
    // An upload that could not even start (no such file, no client) has ended already.
    for (const Item& item : items) {
        const auto e = m_queue ? m_queue->entry(item.id) : std::nullopt;
        if (!e || !e->running)
            QMetaObject::invokeMethod(
                this, [this, id = item.id, ok = e && e->isDone()] { onFinished(id, ok); },
                Qt::QueuedConnection);
    }
}

void UploadWatch::onFinished(qint64 id, bool success)
{
    const int index = indexOf(id);
    if (index < 0 || m_ended.at(index) || m_reported)
        return;
    m_ended[index] = true;
    clearProgress();
    const auto entry = m_queue ? m_queue->entry(id) : std::nullopt;
    const QString& label = m_items.at(index).label;
    if (!success || !entry) {
        m_reported = true;
        ApiError e = entry && entry->failure.isError()
            ? entry->failure
            : ApiError::invalidRequest(
                entry && !entry->error.isEmpty() ? entry->error : tr("the upload failed"));
        if (m_done)
            m_done(e, label, entry ? QList<UploadQueue::Entry> { *entry } : QList<UploadQueue::Entry> {});
        return;
    }
    if (!m_quiet) {
        if (entry->resumedFromBytes > 0)
            m_env->err()
                << tr("%1: resumed an interrupted upload at %2 MiB").arg(label, mib(entry->resumedFromBytes))
                << u'\n';
        m_env->err() << tr("%1: uploaded %2 MiB, FileId %3")
                            .arg(label, mib(entry->progress.totalBytes), PrintableText::escape(entry->fileId))
                     << u'\n';
    }
    if (m_ended.contains(false))
        return;
    m_reported = true;
    QList<UploadQueue::Entry> entries;
    for (const Item& item : std::as_const(m_items))
        entries.append(m_queue->entry(item.id).value_or(UploadQueue::Entry {}));
    if (m_done)
        m_done({}, {}, entries);
}

void UploadWatch::printProgress()
{
    if (m_quiet || !m_env->errIsTerminal() || !m_queue)
        return;
    UploadProgress p;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const auto e = m_queue->entry(m_items.at(i).id);
        if (!e || m_ended.at(i))
            continue;
        p.bytesSent += e->progress.bytesSent;
        p.totalBytes += e->progress.totalBytes;
        p.bytesPerSecond += e->progress.bytesPerSecond;
        p.etaMs = qMax(p.etaMs, e->progress.etaMs);
    }
    const qint64 now = m_env->clock()->nowMs();
    if (p.totalBytes <= 0 || (p.bytesSent < p.totalBytes && now - m_lastPrintMs < 200))
        return;
    m_lastPrintMs = now;
    constexpr int width = 24;
    const int filled = static_cast<int>(p.fraction() * width);
    const QString bar = QString(filled, u'#') + QString(width - filled, u'.');
    QString line = u"\r\033[K["_s + bar + u"] "_s + QString::number(int(p.fraction() * 100)) + u"%  "_s
        + mib(p.bytesSent) + u'/' + mib(p.totalBytes) + u" MiB"_s;
    if (p.bytesPerSecond > 0)
        line += u"  "_s + mib(qint64(p.bytesPerSecond)) + u" MiB/s"_s;
    if (p.etaMs >= 0 && p.bytesSent < p.totalBytes)
        line += u"  "_s + tr("%1 left").arg(duration(p.etaMs));
    m_env->err() << line;
    m_env->err().flush();
    m_progressShown = true;
}

void UploadWatch::clearProgress()
{
    if (m_progressShown && m_env->errIsTerminal()) {
        m_env->err() << u"\r\033[K"_s;
        m_env->err().flush();
    }
    m_progressShown = false;
}
