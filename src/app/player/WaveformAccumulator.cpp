#include "app/player/WaveformAccumulator.h"

#include <QAudioBuffer>
#include <algorithm>

void WaveformAccumulator::reset()
{
    *this = WaveformAccumulator();
}

void WaveformAccumulator::addFrame(float value)
{
    value = std::clamp(value, -1.0f, 1.0f);
    if (m_framesInChunk == 0) {
        m_current.min = value;
        m_current.max = value;
    } else {
        m_current.min = std::min(m_current.min, value);
        m_current.max = std::max(m_current.max, value);
    }
    ++m_frames;
    if (++m_framesInChunk == m_framesPerChunk)
        closeChunk();
}

void WaveformAccumulator::closeChunk()
{
    m_chunks.append(m_current);
    m_framesInChunk = 0;
    if (m_chunks.size() < kMaxChunks)
        return;
    // Merge pairs: half as many chunks, each twice as long.
    const qsizetype half = m_chunks.size() / 2;
    for (qsizetype i = 0; i < half; ++i) {
        const auto& a = m_chunks.at(2 * i);
        const auto& b = m_chunks.at(2 * i + 1);
        m_chunks[i] = { std::min(a.min, b.min), std::max(a.max, b.max) };
    }
    m_chunks.resize(half);
    m_framesPerChunk *= 2;
}

void WaveformAccumulator::addBuffer(const QAudioBuffer& buffer)
{
    const QAudioFormat format = buffer.format();
    const int channels = format.channelCount();
    const qsizetype frames = buffer.frameCount();
    if (!format.isValid() || channels <= 0 || frames <= 0)
        return;
    m_durationUs += format.durationForFrames(int(frames));
    const float scale = 1.0f / float(channels);

    auto mix = [&](auto sampleAt) {
        for (qsizetype f = 0; f < frames; ++f) {
            float sum = 0.0f;
            for (int c = 0; c < channels; ++c)
                sum += sampleAt(f * channels + c);
            addFrame(sum * scale);
        }
    };

    switch (format.sampleFormat()) {
    case QAudioFormat::Float: {
        const float* data = buffer.constData<float>();
        mix([data](qsizetype i) { return data[i]; });
        break;
    }
    case QAudioFormat::Int16: {
        const qint16* data = buffer.constData<qint16>();
        mix([data](qsizetype i) { return float(data[i]) / 32768.0f; });
        break;
    }
    case QAudioFormat::Int32: {
        const qint32* data = buffer.constData<qint32>();
        mix([data](qsizetype i) { return float(double(data[i]) / 2147483648.0); });
        break;
    }
    case QAudioFormat::UInt8: {
        const quint8* data = buffer.constData<quint8>();
        mix([data](qsizetype i) { return (float(data[i]) - 128.0f) / 128.0f; });
        break;
    }
    default: {
        const char* data = buffer.constData<char>();
        const int bytesPerSample = format.bytesPerSample();
        mix([&](qsizetype i) { return format.normalizedSampleValue(data + i * bytesPerSample); });
        break;
    }
    }
}

WaveformPeaks WaveformAccumulator::finish(int binCount) const
{
    QVector<WaveformPeaks::Bin> chunks = m_chunks;
    if (m_framesInChunk > 0)
        chunks.append(m_current);

    WaveformPeaks peaks;
    peaks.durationMs = durationMs();
    const qsizetype n = chunks.size();
    const qsizetype bins = std::min<qsizetype>(std::max(binCount, 1), n);
    peaks.bins.reserve(bins);
    for (qsizetype i = 0; i < bins; ++i) {
        const qsizetype begin = i * n / bins;
        const qsizetype end = std::max(begin + 1, (i + 1) * n / bins);
        WaveformPeaks::Bin bin = chunks.at(begin);
        for (qsizetype j = begin + 1; j < end; ++j) {
            bin.min = std::min(bin.min, chunks.at(j).min);
            bin.max = std::max(bin.max, chunks.at(j).max);
        }
        peaks.bins.append(bin);
    }
    return peaks;
}
