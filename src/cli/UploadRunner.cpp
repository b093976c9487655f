#include "cli/UploadRunner.h"

#include "cli/CliEnvironment.h"
#include "core/api/VodClient.h"
#include "core/support/AppPaths.h"
#include "core/support/Clock.h"
#include "core/uploads/UploadStore.h"

#include <QFileInfo>

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

UploadRunner::UploadRunner(CliEnvironment* env, VodClient* client, QObject* parent)
    : QObject(parent)
    , m_env(env)
    , m_client(client)
{
}

UploadRunner::~UploadRunner() = default;

QString UploadRunner::defaultStatePath(CliEnvironment* env)
{
    return AppPaths::dataDir(env->env()) + u"/history.sqlite"_s;
}

void UploadRunner::run(const QList<Item>& items, Done done)
{
    m_items = items;
    m_done = std::move(done);
    m_results.clear();
    m_store = std::make_unique<UploadStore>(m_env->clock());
    QString error;
    const QString path = m_statePath.isEmpty() ? defaultStatePath(m_env) : m_statePath;
    if (!m_store->open(path, &error)) {
        // Uploads still work, they just cannot resume after a crash.
        m_env->err() << tr("warning: %1; this upload cannot be resumed if it is interrupted").arg(error)
                     << u'\n';
        m_store.reset();
    }
    next();
}

void UploadRunner::next()
{
    if (m_results.size() == m_items.size()) {
        clearProgress();
        m_done({}, m_results);
        return;
    }
    const Item& item = m_items.at(m_results.size());
    if (!m_resume && m_store) {
        // A fresh upload: forget an unfinished one of this file.
        const QFileInfo info(item.request.filePath);
        if (auto old = m_store->findResumable(info.absoluteFilePath(), info.size(),
                info.lastModified().toMSecsSinceEpoch(), m_client->config().baseUrl.toString(),
                m_client->config().subAppId)) {
            UploadRecord r = *old;
            r.state = UploadRecord::State::Cancelled;
            r.error = tr("replaced by a new upload (--no-resume)");
            m_store->update(r);
        }
    }
    m_current = new MediaUploader(m_client, m_store.get(), this);
    m_current->setConfig(m_config);
    connect(m_current, &MediaUploader::progressChanged, this,
        [this](const UploadProgress& p) { printProgress(p); });
    connect(
        m_current, &MediaUploader::retrying, this, [this](const QString& what, const ApiError& e, qint64 ms) {
            if (m_quiet)
                return;
            clearProgress();
            m_env->err()
                << tr("%1 failed (%2); retrying in %3 s").arg(what, e.toString()).arg(double(ms) / 1000.0)
                << u'\n';
        });
    connect(m_current, &MediaUploader::finished, this, [this, label = item.label](MediaUploader* up) {
        up->deleteLater();
        m_current = nullptr;
        clearProgress();
        if (up->error().isError()) {
            ApiError e = up->error();
            m_done(e, m_results);
            return;
        }
        Result r;
        r.fileId = up->fileId();
        r.mediaUrl = up->mediaUrl();
        r.bytes = up->record().fileSize;
        r.resumed = up->resumed() && up->resumedFromBytes() > 0;
        if (!m_quiet) {
            if (r.resumed)
                m_env->err() << tr("%1: resumed an interrupted upload at %2 MiB")
                                    .arg(label, mib(up->resumedFromBytes()))
                             << u'\n';
            m_env->err() << tr("%1: uploaded %2 MiB, FileId %3").arg(label, mib(r.bytes), r.fileId) << u'\n';
        }
        m_results.append(r);
        next();
    });
    m_progressShown = false;
    m_current->start(item.request);
}

void UploadRunner::printProgress(const UploadProgress& p)
{
    if (m_quiet || !m_env->errIsTerminal())
        return;
    const qint64 now = m_env->clock()->nowMs();
    if (p.bytesSent < p.totalBytes && now - m_lastPrintMs < 200)
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

void UploadRunner::clearProgress()
{
    if (m_progressShown && m_env->errIsTerminal()) {
        m_env->err() << u"\r\033[K"_s;
        m_env->err().flush();
    }
    m_progressShown = false;
}
