#pragma once

#include "app/player/WaveformPeaks.h"

#include <QVector>

class QAudioBuffer;

// Folds decoded audio, buffer by buffer, into min/max chunks of a few frames (channels mixed), and
// finally into WaveformPeaks with a fixed number of bins. Memory stays bounded for any length: when
// the chunk list gets long, neighbouring chunks are merged and the chunk length doubles.
class WaveformAccumulator
{
public:
    void reset();
    // Any QAudioFormat sample format; buffers with an invalid format are ignored.
    void addBuffer(const QAudioBuffer& buffer);
    // One mono frame, already normalised to -1..1.
    void addFrame(float value);
    // Adds duration without samples (for callers that feed frames directly).
    void addDurationMicroseconds(qint64 us) { m_durationUs += us; }

    qint64 frameCount() const { return m_frames; }
    qint64 durationMs() const { return m_durationUs / 1000; }
    // min(binCount, number of chunks) bins, each covering an equal share of the chunks.
    WaveformPeaks finish(int binCount) const;

    static constexpr int kInitialFramesPerChunk = 32;
    static constexpr int kMaxChunks = 1 << 16;

private:
    void closeChunk();

    QVector<WaveformPeaks::Bin> m_chunks;
    WaveformPeaks::Bin m_current;
    int m_framesPerChunk = kInitialFramesPerChunk;
    int m_framesInChunk = 0;
    qint64 m_frames = 0;
    qint64 m_durationUs = 0;
};
