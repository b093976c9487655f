#pragma once

#include <QByteArray>
#include <QString>

// What the emulator reports about a generated or uploaded file in MetaData: container, sample rate,
// channels, and enough to tell the duration. Reads the WAV header or the first MPEG audio frame header
// (of the whole file or only its beginning); zeros when it cannot tell.
struct AudioProbe
{
    QString container; // "wav" | "mp3"
    QString codec; // "pcm_s16le" | "mp3"
    int sampleRate = 0;
    int channels = 0;
    qint64 byteRate = 0; // WAV: bytes per second of the data chunk
    qint64 dataBytes = -1; // WAV: size of the data chunk (-1: not found)
    int bitrateKbps = 0; // MP3: bitrate of the first frame (exact for constant-bitrate files)
    qint64 dataOffset = 0; // MP3: where the first frame starts (after an ID3v2 tag)

    // Seconds of audio in a file of totalSize bytes whose beginning was probed; 0 when unknown.
    double durationSeconds(qint64 totalSize) const;

    static AudioProbe probe(const QByteArray& data);
};
