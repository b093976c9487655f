#pragma once

#include "emulator/synth/Instrument.h"

// One scheduled note, in beats (the sequencer converts to frames with its tempo).
struct NoteEvent
{
    double startBeat = 0.0;
    double lengthBeats = 1.0;
    double midi = 60.0;
    double velocity = 0.8;
    double pan = 0.0;
    double gain = 1.0; // mix level of the part
    Instrument::Kind instrument = Instrument::Kind::Piano;
};
