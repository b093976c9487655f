#include "emulator/synth/Instrument.h"

#include "emulator/synth/AudioSynth.h"
#include "emulator/synth/Biquad.h"
#include "emulator/synth/ModalVoice.h"
#include "emulator/synth/NoiseGenerator.h"
#include "emulator/synth/Random.h"
#include "emulator/synth/SineTable.h"
#include "emulator/synth/StereoBuffer.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace {
constexpr double kFs = AudioSynth::kSampleRate;

// A decaying filtered-noise burst (hammer thumps, snare wires, hats).
void noiseBurst(StereoBuffer& out, qsizetype start, double seconds, double tau, double gain, double pan,
    Biquad filter, quint64 seed)
{
    NoiseGenerator noise(seed, NoiseGenerator::Color::White);
    float gl = 0, gr = 0;
    StereoBuffer::panGains(pan, &gl, &gr);
    const qsizetype n = qsizetype(seconds * kFs);
    const double k = std::exp(-1.0 / (tau * kFs));
    double env = gain;
    for (qsizetype i = 0; i < n; ++i) {
        const float v = filter.process(noise.next()) * float(env);
        env *= k;
        out.add(start + i, v * gl, v * gr);
    }
}
} // namespace

double Instrument::midiToHz(double midi)
{
    return 440.0 * std::pow(2.0, (midi - 69.0) / 12.0);
}

void Instrument::play(StereoBuffer& out, Kind kind, qsizetype startFrame, double lengthSeconds,
    double frequency, double velocity, double pan, Random& rng)
{
    switch (kind) {
    case Kind::Piano:
        piano(out, startFrame, lengthSeconds, frequency, velocity, pan);
        break;
    case Kind::Pluck:
        pluck(out, startFrame, lengthSeconds, frequency, velocity, pan, 0.2, 2.5);
        break;
    case Kind::Guzheng:
        pluck(out, startFrame, lengthSeconds, frequency, velocity, pan, 0.11, 3.5);
        break;
    case Kind::Pad:
        pad(out, startFrame, lengthSeconds, frequency, velocity, pan);
        break;
    case Kind::Bass:
        bass(out, startFrame, lengthSeconds, frequency, velocity);
        break;
    case Kind::Mallet:
        mallet(out, startFrame, frequency, velocity, pan);
        break;
    case Kind::Flute:
        flute(out, startFrame, lengthSeconds, frequency, velocity, pan, rng);
        break;
    case Kind::Kick:
        kick(out, startFrame, velocity);
        break;
    case Kind::Snare:
        snare(out, startFrame, velocity, pan, rng);
        break;
    case Kind::HiHat:
        hiHat(out, startFrame, velocity, pan, rng);
        break;
    case Kind::Tom:
        tom(out, startFrame, frequency, velocity, pan, rng);
        break;
    }
}

void Instrument::piano(
    StereoBuffer& out, qsizetype start, double length, double f, double velocity, double pan)
{
    // Stiff-string partials (slightly stretched), brighter when struck harder, higher partials
    // decaying faster; two detuned strings on the lowest partials for the characteristic beating.
    ModalVoice voice;
    const double inharmonicity = 0.0004;
    const int partials = f < 200 ? 10 : (f < 600 ? 7 : 4);
    const double t60 = std::clamp(5.0 * std::pow(261.6 / f, 0.55), 0.7, 9.0);
    const double brightness = 0.6 - 0.35 * std::clamp(velocity, 0.0, 1.0);
    for (int k = 1; k <= partials; ++k) {
        const double fk = k * f * std::sqrt(1.0 + inharmonicity * k * k);
        const double amp = std::pow(double(k), -1.1) * std::exp(-(k - 1) * brightness);
        const double decay = t60 / (1.0 + 0.45 * (k - 1));
        if (k <= 3) {
            voice.addMode(fk * 0.99965, amp * 0.5, decay, 0.0);
            voice.addMode(fk * 1.00035, amp * 0.5, decay * 1.2, 0.1);
        } else {
            voice.addMode(fk, amp, decay, 0.0);
        }
    }
    ModalVoice::Shape shape;
    shape.attack = 0.003;
    shape.releaseAt = std::max(length, 0.05);
    shape.release = 0.22;
    voice.render(out, start, 0.6 * velocity, pan, shape);
}

void Instrument::pluck(StereoBuffer& out, qsizetype start, double length, double f, double velocity,
    double pan, double position, double sustain)
{
    // Ideal plucked string: partial k has amplitude sin(pi k p) / k for a pluck at position p.
    ModalVoice voice;
    const double t60 = std::clamp(sustain * std::pow(196.0 / f, 0.4), 0.5, 6.0);
    for (int k = 1; k <= 10; ++k) {
        const double amp = std::fabs(std::sin(std::numbers::pi * k * position)) / k;
        voice.addMode(k * f * (1.0 + 0.0002 * k * k), amp, t60 / (1.0 + 0.6 * (k - 1)), 0.0);
    }
    ModalVoice::Shape shape;
    shape.attack = 0.002;
    shape.releaseAt = std::max(length, 0.08) + 0.3;
    shape.release = 0.25;
    voice.render(out, start, 1.1 * velocity, pan, shape);
}

void Instrument::pad(StereoBuffer& out, qsizetype start, double length, double f, double velocity, double pan)
{
    // Two detuned, sustained additive voices spread left/right (a string/synth pad).
    ModalVoice::Shape shape;
    shape.attack = std::min(0.6, std::max(0.05, length * 0.4));
    shape.releaseAt = length;
    shape.release = 0.9;
    for (int side = 0; side < 2; ++side) {
        ModalVoice voice;
        const double detune = side == 0 ? 0.9971 : 1.0029;
        voice.addMode(f * detune, 1.0, 0.0, 0.0 + 0.3 * side);
        voice.addMode(2.0 * f * detune, 0.32, 0.0, 0.2);
        voice.addMode(3.0 * f * detune, 0.12, 0.0, 0.7);
        voice.render(
            out, start, 0.5 * velocity, std::clamp(pan + (side == 0 ? -0.6 : 0.6), -1.0, 1.0), shape);
    }
}

void Instrument::bass(StereoBuffer& out, qsizetype start, double length, double f, double velocity)
{
    ModalVoice voice;
    voice.addMode(f, 1.0, 2.5);
    voice.addMode(2.0 * f, 0.45, 1.4);
    voice.addMode(3.0 * f, 0.2, 0.8);
    voice.addMode(4.0 * f, 0.08, 0.5);
    ModalVoice::Shape shape;
    shape.attack = 0.008;
    shape.releaseAt = std::max(length, 0.1);
    shape.release = 0.08;
    voice.render(out, start, 0.8 * velocity, 0.0, shape);
}

void Instrument::mallet(StereoBuffer& out, qsizetype start, double f, double velocity, double pan)
{
    // Marimba/celesta-like bar: strongly inharmonic upper modes that die quickly.
    ModalVoice voice;
    voice.addMode(f, 1.0, 1.6);
    voice.addMode(f * 3.93, 0.22, 0.45);
    voice.addMode(f * 9.2, 0.05, 0.14);
    voice.addMode(f * 2.0, 0.08, 0.9);
    ModalVoice::Shape shape;
    shape.attack = 0.001;
    voice.render(out, start, 0.7 * velocity, pan, shape);
}

void Instrument::flute(
    StereoBuffer& out, qsizetype start, double length, double f, double velocity, double pan, Random& rng)
{
    NoiseGenerator breath(rng.next(), NoiseGenerator::Color::White);
    Biquad breathFilter(Biquad::Type::BandPass, f * 2.0, 1.5);
    float gl = 0, gr = 0;
    StereoBuffer::panGains(pan, &gl, &gr);
    const double release = 0.12;
    const qsizetype n = qsizetype((length + release) * kFs);
    double phase = 0.0;
    const double vibratoRate = 5.0 + rng.uniform();
    for (qsizetype i = 0; i < n; ++i) {
        const double t = double(i) / kFs;
        double env = t < 0.07 ? t / 0.07 : 0.85 + 0.15 * std::exp(-(t - 0.07) / 0.2);
        if (t > length)
            env *= std::max(0.0, 1.0 - (t - length) / release);
        const double vibrato = 1.0 + 0.004 * std::min(1.0, t / 0.4) * SineTable::at(vibratoRate * t);
        phase += f * vibrato / kFs;
        const float tone
            = SineTable::at(phase) + 0.22f * SineTable::at(2.0 * phase) + 0.07f * SineTable::at(3.0 * phase);
        const float air = breathFilter.process(breath.next()) * 0.25f;
        const float v = (tone + air) * float(env * velocity * 0.5);
        out.add(start + i, v * gl, v * gr);
    }
}

void Instrument::kick(StereoBuffer& out, qsizetype start, double velocity)
{
    const qsizetype n = qsizetype(0.4 * kFs);
    double phase = 0.0;
    for (qsizetype i = 0; i < n; ++i) {
        const double t = double(i) / kFs;
        const double f = 46.0 + 110.0 * std::exp(-t / 0.03);
        phase += f / kFs;
        const double env = std::min(1.0, t / 0.002) * std::exp(-t / 0.15);
        const float v = float(SineTable::at(phase) * env * velocity);
        out.add(start + i, v, v);
    }
}

void Instrument::snare(StereoBuffer& out, qsizetype start, double velocity, double pan, Random& rng)
{
    noiseBurst(
        out, start, 0.3, 0.07, 0.7 * velocity, pan, Biquad(Biquad::Type::BandPass, 2200.0, 0.7), rng.next());
    ModalVoice body;
    body.addMode(185.0, 1.0, 0.22);
    body.addMode(330.0, 0.5, 0.12);
    ModalVoice::Shape shape;
    shape.attack = 0.001;
    body.render(out, start, 0.35 * velocity, pan, shape);
}

void Instrument::hiHat(StereoBuffer& out, qsizetype start, double velocity, double pan, Random& rng)
{
    noiseBurst(
        out, start, 0.09, 0.02, 0.5 * velocity, pan, Biquad(Biquad::Type::HighPass, 7000.0, 0.7), rng.next());
}

void Instrument::tom(StereoBuffer& out, qsizetype start, double f, double velocity, double pan, Random& rng)
{
    // Circular membrane modes (Bessel zeros ratios).
    ModalVoice body;
    body.addMode(f, 1.0, 1.1);
    body.addMode(f * 1.59, 0.5, 0.7);
    body.addMode(f * 2.14, 0.3, 0.5);
    body.addMode(f * 2.65, 0.18, 0.35);
    ModalVoice::Shape shape;
    shape.attack = 0.002;
    body.render(out, start, 0.8 * velocity, pan, shape);
    noiseBurst(
        out, start, 0.08, 0.015, 0.3 * velocity, pan, Biquad(Biquad::Type::LowPass, 1500.0, 0.7), rng.next());
}
