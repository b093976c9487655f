#pragma once

#include <QString>
#include <QtGlobal>

// What the emulator asks the synthesiser for. Same prompt + seed + duration + format => identical bytes.
struct SynthRequest
{
    QString prompt; // free text, any language
    QString scene; // "sfx" or "music"
    quint64 seed = 0;
    int durationSeconds = 6; // 1..60, the output is exactly this long
    QString format; // "wav" (16-bit PCM) or "mp3"
};
