#include "emulator/synth/OutputRenderer.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QtEndian>
#include <algorithm>
#include <cmath>

#if __has_include("AudioSynth.h") && __has_include("SynthRequest.h")
#include "emulator/synth/AudioSynth.h"
#include "emulator/synth/SynthRequest.h"
#define AIGC_EMULATOR_HAS_SYNTH 1
#else
#define AIGC_EMULATOR_HAS_SYNTH 0
#endif

using namespace Qt::StringLiterals;

namespace {

#if !AIGC_EMULATOR_HAS_SYNTH
// Stand-in until the synthesiser is linked: a deterministic mono 16-bit 22.05 kHz tone.
QByteArray fallbackWav(const OutputRenderer::Job& job)
{
    const int rate = 22050;
    const qint64 samples = qint64(rate) * job.durationSeconds;
    QByteArray out(44 + samples * 2, Qt::Uninitialized);
    auto put32 = [&out](int at, quint32 v) { qToLittleEndian<quint32>(v, out.data() + at); };
    auto put16 = [&out](int at, quint16 v) { qToLittleEndian<quint16>(v, out.data() + at); };
    memcpy(out.data(), "RIFF", 4);
    put32(4, quint32(36 + samples * 2));
    memcpy(out.data() + 8, "WAVEfmt ", 8);
    put32(16, 16);
    put16(20, 1);
    put16(22, 1);
    put32(24, rate);
    put32(28, rate * 2);
    put16(32, 2);
    put16(34, 16);
    memcpy(out.data() + 36, "data", 4);
    put32(40, quint32(samples * 2));
    const double freq = 220.0 + double((job.seed ^ qHash(job.prompt)) % 440);
    for (qint64 i = 0; i < samples; ++i) {
        const double v = 0.3 * std::sin(2.0 * M_PI * freq * double(i) / rate);
        qToLittleEndian<qint16>(qint16(v * 32767), out.data() + 44 + i * 2);
    }
    return out;
}
#endif

} // namespace

OutputRenderer::OutputRenderer(const QString& cacheDir, QObject* parent)
    : QObject(parent)
    , m_cacheDir(cacheDir)
{
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() / 2));
}

OutputRenderer::~OutputRenderer()
{
    m_pool.clear(); // renders not started yet are not needed any more
    m_pool.waitForDone();
}

bool OutputRenderer::hasSynth()
{
    return AIGC_EMULATOR_HAS_SYNTH != 0;
}

QByteArray OutputRenderer::contentTypeFor(const QString& format)
{
#if AIGC_EMULATOR_HAS_SYNTH
    const QByteArray t = AudioSynth::contentType(format);
    if (!t.isEmpty())
        return t;
#endif
    if (format == "wav"_L1)
        return "audio/wav";
    if (format == "mp3"_L1)
        return "audio/mpeg";
    return "application/octet-stream";
}

OutputRenderer::Result OutputRenderer::render(const Job& job)
{
    Result r;
#if AIGC_EMULATOR_HAS_SYNTH
    SynthRequest req;
    req.prompt = job.prompt;
    req.scene = job.scene;
    req.seed = job.seed;
    req.durationSeconds = job.durationSeconds;
    req.format = job.format;
    QString error;
    r.data = AudioSynth::render(req, &error);
    r.error
        = r.data.isEmpty() ? (error.isEmpty() ? u"the synthesiser produced nothing"_s : error) : QString();
#else
    if (job.format == "wav"_L1)
        r.data = fallbackWav(job);
    else
        r.error = u"the synthesiser is not built into this emulator: only wav is available"_s;
#endif
    r.contentType = contentTypeFor(job.format);
    return r;
}

QString OutputRenderer::diskPath(const QString& key) const
{
    return m_cacheDir.isEmpty() ? QString() : QDir(m_cacheDir).filePath(key);
}

const OutputRenderer::Result* OutputRenderer::cached(const QString& key) const
{
    const auto it = m_entries.constFind(key);
    return it != m_entries.cend() && it->done ? &it->result : nullptr;
}

int OutputRenderer::rendersInFlight() const
{
    int n = 0;
    for (const Entry& e : m_entries)
        n += e.rendering ? 1 : 0;
    return n;
}

void OutputRenderer::prefetch(const Job& job)
{
    Entry& e = m_entries[job.key];
    if (!e.done && !e.rendering)
        start(job, e);
}

void OutputRenderer::get(const Job& job, QObject* context, std::function<void(const Result&)> done)
{
    Entry& e = m_entries[job.key];
    e.lastUse = ++m_useCounter;
    if (e.done) {
        const Result result = e.result; // done() may evict
        done(result);
        return;
    }
    e.waiters.append({ context, context != nullptr, std::move(done) });
    if (!e.rendering)
        start(job, e);
}

void OutputRenderer::start(const Job& job, Entry& entry)
{
    const QString path = diskPath(job.key);
    if (!path.isEmpty()) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly)) {
            Result r;
            r.data = f.readAll();
            r.contentType = contentTypeFor(job.format);
            if (!r.data.isEmpty()) {
                entry.rendering = true;
                QMetaObject::invokeMethod(
                    this, [this, key = job.key, r] { onRendered(key, r); }, Qt::QueuedConnection);
                return;
            }
        }
    }
    entry.rendering = true;
    m_pool.start([this, job, path] {
        const Result r = render(job);
        if (r.ok() && !path.isEmpty()) {
            QDir().mkpath(QFileInfo(path).absolutePath());
            QSaveFile f(path);
            if (f.open(QIODevice::WriteOnly)) {
                f.write(r.data);
                f.commit();
            }
        }
        QMetaObject::invokeMethod(
            this, [this, key = job.key, r] { onRendered(key, r); }, Qt::QueuedConnection);
    });
}

void OutputRenderer::onRendered(const QString& key, const Result& result)
{
    Entry& e = m_entries[key];
    e.rendering = false;
    e.done = true;
    e.result = result;
    e.lastUse = ++m_useCounter;
    m_cachedBytes += result.data.size();
    const QList<Waiter> waiters = std::exchange(e.waiters, {});
    evict(key);
    for (const Waiter& w : waiters) {
        if (w.hadContext && !w.context)
            continue;
        w.fn(result);
    }
}

void OutputRenderer::setCacheLimit(qint64 bytes)
{
    m_cacheLimit = std::max<qint64>(0, bytes);
    evict({});
}

void OutputRenderer::evict(const QString& keep)
{
    // Least recently used first; never one being rendered or waited for, nor `keep` (just rendered).
    while (m_cachedBytes > m_cacheLimit) {
        auto oldest = m_entries.end();
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
            if (it->done && it->waiters.isEmpty() && it.key() != keep
                && (oldest == m_entries.end() || it->lastUse < oldest->lastUse))
                oldest = it;
        }
        if (oldest == m_entries.end())
            return;
        m_cachedBytes -= oldest->result.data.size();
        m_entries.erase(oldest);
    }
}
