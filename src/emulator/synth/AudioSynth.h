#pragma once

#include "emulator/synth/SynthRequest.h"

#include <QByteArray>
#include <QString>
#include <QVector>

// Procedural audio "generation" for the emulator: turns a prompt into a real, listenable sound
// effect or piece of music, deterministically (same prompt + seed + duration + format => same bytes).
class AudioSynth
{
public:
    // Renders the whole file (WAV bytes with a correct RIFF header, or MP3 bytes). Empty + error on failure.
    static QByteArray render(const SynthRequest& request, QString* error = nullptr);
    // PCM only (interleaved int16, stereo, 44100 Hz), for tests and for the WAV/MP3 writers.
    static QVector<qint16> renderPcm(const SynthRequest& request);
    // The sound family chosen for a prompt, e.g. "rain", "rain+thunder", "fireworks", "music:pentatonic",
    // "music:minor+rain", "ambience" (for logs and tests).
    static QString classify(const SynthRequest& request);
    static QByteArray contentType(const QString& format); // "audio/wav" / "audio/mpeg"

    static constexpr int kSampleRate = 44100;
    static constexpr int kChannels = 2;
    static constexpr int kMinSeconds = 1;
    static constexpr int kMaxSeconds = 60;
};
