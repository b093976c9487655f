#pragma once

#include <QByteArray>
#include <QVector>

// 16-bit PCM RIFF/WAVE (canonical 44-byte header).
class WavWriter
{
public:
    static QByteArray encode(const QVector<qint16>& interleaved, int sampleRate, int channels);
};
