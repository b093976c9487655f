#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

// MP3 via libmp3lame: CBR 128 kbps joint stereo, flushed, with a Xing/LAME info frame (frame count,
// encoder delay and padding) so gapless-aware decoders recover the exact length.
class Mp3Encoder
{
public:
    static QByteArray encode(
        const QVector<qint16>& interleaved, int sampleRate, int channels, QString* error);
};
