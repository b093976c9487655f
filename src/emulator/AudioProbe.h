#pragma once

#include <QByteArray>
#include <QString>

// What the emulator reports about a generated file in MetaData: container, sample rate, channels.
// Reads the WAV header or the first MPEG audio frame header; zeros when it cannot tell.
struct AudioProbe
{
    QString container; // "wav" | "mp3"
    QString codec; // "pcm_s16le" | "mp3"
    int sampleRate = 0;
    int channels = 0;

    static AudioProbe probe(const QByteArray& data);
};
