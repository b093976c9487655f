#include "emulator/synth/SfxPrimitives.h"

#include "emulator/synth/Random.h"
#include "emulator/synth/SineTable.h"
#include "emulator/synth/SmoothRandom.h"
#include "emulator/synth/StereoBuffer.h"

#include <algorithm>
#include <cmath>

namespace SfxPrimitives {

double seconds(const StereoBuffer& out)
{
    return double(out.frames()) / kFs;
}

qsizetype toFrame(double t)
{
    return qsizetype(t * kFs);
}

// Decaying filtered white-noise burst: clicks, crackles, steps, cracks.
void noiseBurst(StereoBuffer& out, double at, double length, double attack, double tau, double gain,
    double pan, Biquad filter, Random& rng)
{
    float gl = 0, gr = 0;
    StereoBuffer::panGains(pan, &gl, &gr);
    const qsizetype start = toFrame(at);
    const qsizetype n = toFrame(length);
    const qsizetype attackFrames = std::max<qsizetype>(1, toFrame(attack));
    const double k = std::exp(-1.0 / (std::max(tau, 1e-4) * kFs));
    double env = gain;
    for (qsizetype i = 0; i < n && start + i < out.frames(); ++i) {
        const double a = i < attackFrames ? double(i) / attackFrames : 1.0;
        const float v = filter.process(float(rng.bipolar())) * float(env * a);
        if (i >= attackFrames)
            env *= k;
        out.add(start + i, v * gl, v * gr);
    }
}

// Exponentially swept sine with an exponential decay: water drops and bubbles (Minnaert resonance
// rising as the bubble shrinks), sparks, bird syllables use their own shapes.
void chirp(StereoBuffer& out, double at, double f0, double f1, double tau, double gain, double pan)
{
    float gl = 0, gr = 0;
    StereoBuffer::panGains(pan, &gl, &gr);
    const qsizetype start = toFrame(at);
    const qsizetype n = toFrame(tau * 5.0);
    const double k = std::exp(-1.0 / (tau * kFs));
    const double sweep = std::pow(f1 / f0, 1.0 / std::max<qsizetype>(n, 1));
    double f = f0, phase = 0.0, env = gain;
    const qsizetype attack = 24;
    for (qsizetype i = 0; i < n && start + i < out.frames(); ++i) {
        phase += f / kFs;
        f *= sweep;
        const float v = SineTable::at(phase) * float(env * (i < attack ? double(i) / attack : 1.0));
        env *= k;
        out.add(start + i, v * gl, v * gr);
    }
}

// Stereo filtered-noise bed with a slowly wandering level.
void noiseBed(StereoBuffer& out, Random& rng, NoiseGenerator::Color color, Biquad::Type type,
    double frequency, double q, double gain, double modulationRate, double modulationDepth)
{
    NoiseGenerator nl(rng.next(), color), nr(rng.next(), color), nc(rng.next(), color);
    Biquad fl(type, frequency, q), fr(type, frequency, q);
    SmoothRandom level(rng.next(), modulationRate);
    float* l = out.left();
    float* r = out.right();
    for (qsizetype i = 0; i < out.frames(); ++i) {
        const float g = float(gain * (1.0 - modulationDepth + modulationDepth * level.next()));
        const float c = nc.next() * 0.5f;
        l[i] += fl.process(nl.next() + c) * g;
        r[i] += fr.process(nr.next() + c) * g;
    }
}

} // namespace SfxPrimitives
