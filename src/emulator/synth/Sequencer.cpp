#include "emulator/synth/Sequencer.h"

#include "emulator/synth/AudioSynth.h"
#include "emulator/synth/Random.h"
#include "emulator/synth/StereoBuffer.h"

#include <algorithm>

Sequencer::Sequencer(double bpm)
    : m_bpm(std::clamp(bpm, 30.0, 240.0))
{
}

void Sequencer::render(StereoBuffer& out, Random& rng) const
{
    const double spb = secondsPerBeat();
    const double fs = AudioSynth::kSampleRate;
    for (const NoteEvent& e : m_events) {
        const bool drum = Instrument::isDrum(e.instrument);
        const double jitter = drum ? rng.bipolar() * 0.002 : rng.bipolar() * 0.006;
        const double start = std::max(0.0, e.startBeat * spb + jitter);
        const qsizetype frame = qsizetype(start * fs);
        if (frame >= out.frames())
            continue;
        const double velocity = std::clamp(e.velocity * (1.0 + 0.06 * rng.bipolar()), 0.05, 1.0);
        Instrument::play(out, e.instrument, frame, e.lengthBeats * spb, Instrument::midiToHz(e.midi),
            velocity * e.gain, e.pan, rng);
    }
}
