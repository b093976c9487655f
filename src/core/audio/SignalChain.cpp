#include "core/audio/SignalChain.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr qsizetype kReadFrames = 16384;

double framesAt(qint64 ms, int rate)
{
    return double(ms) * double(rate) / 1000.0;
}

} // namespace

SignalChain::SignalChain() = default;
SignalChain::~SignalChain() = default;

bool SignalChain::open(const Spec& spec, QString* error, QString* field)
{
    m_spec = spec;
    field->clear();
    if (!m_file.openRead(spec.path, error))
        return false;
    const int rate = m_file.sampleRate();
    const qint64 frames = m_file.frames();
    if (rate <= 0 || m_file.channels() <= 0 || frames <= 0) {
        *error = tr("%1 holds no audio").arg(spec.path);
        return false;
    }
    m_outputRate = spec.outputRate > 0 ? spec.outputRate : rate;
    const qint64 lengthMs = qint64(std::floor(double(frames) * 1000.0 / rate));
    if (spec.region) {
        const ExportSettings::Region r = *spec.region;
        // A region may end up to 1 ms past the end (the length is rounded down to whole ms).
        if (r.startMs >= lengthMs || r.endMs > lengthMs + 1) {
            *field = ExportSettings::fieldRegion();
            *error = tr("%1 to %2 ms is past the end of the sound, which is %3 ms long")
                         .arg(r.startMs)
                         .arg(r.endMs)
                         .arg(lengthMs);
            return false;
        }
        m_startFrame = std::llround(framesAt(r.startMs, rate));
        m_endFrame = std::min(frames, std::llround(framesAt(r.endMs, rate)));
        m_outputFrames = std::llround(framesAt(r.lengthMs(), m_outputRate));
    } else {
        m_startFrame = 0;
        m_endFrame = frames;
        m_outputFrames = std::llround(double(frames) * m_outputRate / rate);
    }
    const qint64 regionMs = spec.region ? spec.region->lengthMs() : lengthMs;
    if (regionMs < ExportSettings::kMinRegionMs) {
        *field = ExportSettings::fieldRegion();
        *error = tr("the sound is %1 ms long; an export must be at least %2 ms")
                     .arg(regionMs)
                     .arg(ExportSettings::kMinRegionMs);
        return false;
    }
    if (spec.fadeInMs + spec.fadeOutMs > regionMs) {
        *field = spec.fadeInMs > 0 ? ExportSettings::fieldFadeIn() : ExportSettings::fieldFadeOut();
        *error = tr("the fades (%1 ms in, %2 ms out) are longer together than the sound exported (%3 ms)")
                     .arg(spec.fadeInMs)
                     .arg(spec.fadeOutMs)
                     .arg(regionMs);
        return false;
    }
    m_fadeInFrames = std::min(m_outputFrames, std::llround(framesAt(spec.fadeInMs, m_outputRate)));
    m_fadeOutFrames = std::min(m_outputFrames, std::llround(framesAt(spec.fadeOutMs, m_outputRate)));
    return rewind(error);
}

bool SignalChain::seekToStart(QString* error)
{
    if (m_file.seek(m_startFrame))
        return true;
    // Some decoders cannot seek: read from the start and drop what comes before the region.
    SndFile& f = m_file;
    f.close();
    if (!f.openRead(m_spec.path, error))
        return false;
    std::vector<float> skip(size_t(kReadFrames) * size_t(f.channels()));
    for (qint64 left = m_startFrame; left > 0;) {
        const sf_count_t n = f.readFrames(skip.data(), std::min<qint64>(left, kReadFrames));
        if (n <= 0) {
            *error = tr("cannot read %1 up to the region's start: %2").arg(m_spec.path, f.errorString());
            return false;
        }
        left -= n;
    }
    return true;
}

bool SignalChain::rewind(QString* error)
{
    if (!seekToStart(error))
        return false;
    m_readPos = m_startFrame;
    m_delivered = 0;
    m_inputDone = false;
    m_resampler.reset();
    if (m_outputRate != m_file.sampleRate()) {
        m_resampler = std::make_unique<Resampler>(m_file.sampleRate(), m_outputRate, m_file.channels());
        if (!m_resampler->isValid()) {
            *error = tr("cannot resample from %1 to %2 Hz: %3")
                         .arg(m_file.sampleRate())
                         .arg(m_outputRate)
                         .arg(m_resampler->errorString());
            return false;
        }
    }
    return true;
}

bool SignalChain::next(std::vector<float>& block, QString* error)
{
    const int channels = m_file.channels();
    block.clear();
    while (block.empty() && m_delivered < m_outputFrames) {
        if (m_inputDone) {
            // The decoder gave less than its header promised: silence up to the exact length.
            block.assign(
                size_t(std::min<qint64>(kReadFrames, m_outputFrames - m_delivered)) * size_t(channels), 0.0f);
            break;
        }
        const qint64 want = std::min<qint64>(kReadFrames, m_endFrame - m_readPos);
        sf_count_t got = 0;
        if (want > 0) {
            m_readBuffer.resize(size_t(want) * size_t(channels));
            got = m_file.readFrames(m_readBuffer.data(), want);
            if (got < want && sf_error(m_file.handle()) != SF_ERR_NO_ERROR) {
                *error = tr("cannot decode %1: %2").arg(m_spec.path, m_file.errorString());
                return false;
            }
            m_readPos += got;
        }
        const bool last = got <= 0 || m_readPos >= m_endFrame;
        if (m_resampler) {
            if (got > 0 && !m_resampler->process(m_readBuffer.data(), got, block)) {
                *error = tr("cannot resample %1: %2").arg(m_spec.path, m_resampler->errorString());
                return false;
            }
            if (last && !m_resampler->process(nullptr, 0, block)) {
                *error = tr("cannot resample %1: %2").arg(m_spec.path, m_resampler->errorString());
                return false;
            }
        } else if (got > 0) {
            block.assign(m_readBuffer.begin(), m_readBuffer.begin() + got * channels);
        }
        m_inputDone = last;
    }
    // Never more than the exact length (the resampler's last samples may overshoot by a frame).
    qint64 frames = qint64(block.size()) / channels;
    if (m_delivered + frames > m_outputFrames) {
        frames = m_outputFrames - m_delivered;
        block.resize(size_t(frames) * size_t(channels));
    }
    applyFades(block.data(), frames, m_delivered);
    m_delivered += frames;
    return true;
}

void SignalChain::applyFades(float* frames, qsizetype count, qint64 firstFrame) const
{
    const int channels = m_file.channels();
    const qint64 fadeOutStart = m_outputFrames - m_fadeOutFrames;
    if (firstFrame >= m_fadeInFrames && firstFrame + count <= fadeOutStart)
        return;
    for (qsizetype i = 0; i < count; ++i) {
        const qint64 pos = firstFrame + i;
        double gain = 1.0;
        // Raised cosine: 0 at the edge of the sound, 1 at the fade's other end, smooth at both.
        if (pos < m_fadeInFrames)
            gain *= 0.5 - 0.5 * std::cos(M_PI * double(pos) / double(m_fadeInFrames));
        if (pos >= fadeOutStart && m_fadeOutFrames > 0)
            gain *= 0.5 - 0.5 * std::cos(M_PI * double(m_outputFrames - 1 - pos) / double(m_fadeOutFrames));
        if (gain == 1.0)
            continue;
        for (int c = 0; c < channels; ++c)
            frames[i * channels + c] = float(frames[i * channels + c] * gain);
    }
}
