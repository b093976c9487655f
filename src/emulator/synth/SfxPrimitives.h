#pragma once

#include "emulator/synth/AudioSynth.h"
#include "emulator/synth/Biquad.h"
#include "emulator/synth/NoiseGenerator.h"

#include <QtGlobal>

class Random;
class StereoBuffer;

// The building blocks the sound-effect families share: bursts, chirps and beds of filtered noise.
namespace SfxPrimitives {

constexpr double kFs = AudioSynth::kSampleRate;
constexpr int kBlock = 32; // control-rate block for filter sweeps

double seconds(const StereoBuffer& out);
qsizetype toFrame(double t);
// Decaying filtered white-noise burst: clicks, crackles, steps, cracks.
void noiseBurst(StereoBuffer& out, double at, double length, double attack, double tau, double gain,
    double pan, Biquad filter, Random& rng);
// Exponentially swept sine with an exponential decay: water drops and bubbles (Minnaert resonance
// rising as the bubble shrinks), sparks, bird syllables use their own shapes.
void chirp(StereoBuffer& out, double at, double f0, double f1, double tau, double gain, double pan);
// Stereo filtered-noise bed with a slowly wandering level.
void noiseBed(StereoBuffer& out, Random& rng, NoiseGenerator::Color color, Biquad::Type type,
    double frequency, double q, double gain, double modulationRate, double modulationDepth);

} // namespace SfxPrimitives
