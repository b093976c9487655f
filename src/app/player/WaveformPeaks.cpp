#include "app/player/WaveformPeaks.h"

#include <QDataStream>
#include <QIODevice>
#include <algorithm>
#include <cmath>

namespace {
constexpr quint32 kMagic = 0x41575046; // "AWPF"
constexpr quint16 kVersion = 1;
constexpr qint32 kMaxBins = 1 << 20;
} // namespace

float WaveformPeaks::peakAmplitude() const
{
    float peak = 0.0f;
    for (const Bin& bin : bins)
        peak = std::max({ peak, std::abs(bin.min), std::abs(bin.max) });
    return peak;
}

QByteArray WaveformPeaks::serialize() const
{
    QByteArray data;
    QDataStream out(&data, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out.setFloatingPointPrecision(QDataStream::SinglePrecision);
    out << kMagic << kVersion << durationMs << qint32(bins.size());
    for (const Bin& bin : bins)
        out << bin.min << bin.max;
    return data;
}

WaveformPeaks WaveformPeaks::deserialize(const QByteArray& data)
{
    QDataStream in(data);
    in.setVersion(QDataStream::Qt_6_4);
    in.setFloatingPointPrecision(QDataStream::SinglePrecision);
    quint32 magic = 0;
    quint16 version = 0;
    qint64 duration = 0;
    qint32 count = 0;
    in >> magic >> version >> duration >> count;
    if (in.status() != QDataStream::Ok || magic != kMagic || version != kVersion || duration < 0 || count < 0
        || count > kMaxBins || data.size() < qsizetype(count) * 8)
        return {};
    WaveformPeaks peaks;
    peaks.durationMs = duration;
    peaks.bins.resize(count);
    for (Bin& bin : peaks.bins) {
        in >> bin.min >> bin.max;
        if (!std::isfinite(bin.min) || !std::isfinite(bin.max))
            return {};
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return {};
    return peaks;
}
