#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QVector>
#include <QtGlobal>

// The drawable summary of one audio file: the minimum and maximum sample (channels mixed to mono,
// normalised to -1..1) of each of a fixed number of equal-length bins, plus the file's duration.
// Small enough to cache on disk, so a file is decoded once and drawn from the cache afterwards.
struct WaveformPeaks
{
    struct Bin
    {
        float min = 0.0f;
        float max = 0.0f;
        friend bool operator==(const Bin&, const Bin&) = default;
    };

    QVector<Bin> bins;
    qint64 durationMs = 0;

    bool isEmpty() const { return bins.isEmpty(); }
    int binCount() const { return int(bins.size()); }
    // The largest absolute sample over all bins (0 for silence or no data).
    float peakAmplitude() const;

    // A versioned binary form (magic, version, duration, bins). deserialize() returns empty peaks
    // for anything it does not recognise, truncated input included.
    QByteArray serialize() const;
    static WaveformPeaks deserialize(const QByteArray& data);

    friend bool operator==(const WaveformPeaks&, const WaveformPeaks&) = default;
};

Q_DECLARE_METATYPE(WaveformPeaks)
