#include "emulator/synth/EventSfxRenderer.h"

#include "emulator/synth/Biquad.h"
#include "emulator/synth/Envelope.h"
#include "emulator/synth/Instrument.h"
#include "emulator/synth/ModalVoice.h"
#include "emulator/synth/NoiseGenerator.h"
#include "emulator/synth/PromptAnalysis.h"
#include "emulator/synth/Random.h"
#include "emulator/synth/Reverb.h"
#include "emulator/synth/SfxPrimitives.h"
#include "emulator/synth/SineTable.h"
#include "emulator/synth/SmoothRandom.h"
#include "emulator/synth/StereoBuffer.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace SfxPrimitives;

void EventSfxRenderer::fireworks(const PromptAnalysis& a, Random& rng, StereoBuffer& out)
{
    const double total = seconds(out);
    const bool crackers = a.hasTag(u"firecracker"_s);
    // Distant rumble of the crowd and other shows.
    noiseBed(out, rng, NoiseGenerator::Color::Brown, Biquad::Type::LowPass, 160.0, 0.7, 0.06, 0.3, 0.5);

    auto whistle = [&](double at, double length, double pan, double gain) {
        const double f0 = rng.range(500.0, 900.0);
        const double f1 = f0 * rng.range(2.0, 3.5);
        Biquad air(Biquad::Type::BandPass, f0, 4.0);
        float gl = 0, gr = 0;
        const qsizetype start = toFrame(at);
        const qsizetype n = toFrame(length);
        double phase = 0.0;
        for (qsizetype i = 0; i < n && start + i < out.frames(); ++i) {
            const double x = double(i) / n;
            const double f = f0 * std::pow(f1 / f0, x) * (1.0 + 0.01 * SineTable::at(7.0 * i / kFs));
            if (i % kBlock == 0) {
                air.set(Biquad::Type::BandPass, f, 5.0);
                StereoBuffer::panGains(pan + 0.3 * x, &gl, &gr); // rises and drifts
            }
            phase += f / kFs;
            const double env = gain * std::min(1.0, x * 4.0) * (0.6 + 0.4 * x);
            const float v
                = float((SineTable::at(phase) * 0.5 + air.process(float(rng.bipolar())) * 1.5) * env);
            out.add(start + i, v * gl, v * gr);
        }
    };
    auto boom = [&](double at, double distance, double pan, double gain) {
        // Broadband blast whose brightness falls quickly, plus a low thump and a crackling tail.
        Biquad lpl, lpr;
        float gl = 0, gr = 0;
        StereoBuffer::panGains(pan, &gl, &gr);
        const qsizetype start = toFrame(at);
        const qsizetype n = toFrame(2.0);
        const double tau = 0.25 + 0.35 * distance;
        const double bright = 3500.0 * (1.0 - 0.6 * distance);
        for (qsizetype i = 0; i < n && start + i < out.frames(); ++i) {
            const double t = double(i) / kFs;
            if (i % kBlock == 0) {
                const double cutoff = 120.0 + bright * std::exp(-t / 0.07);
                lpl.set(Biquad::Type::LowPass, cutoff, 0.7);
                lpr.set(Biquad::Type::LowPass, cutoff * 1.05, 0.7);
            }
            const double env = gain * Envelope::attackDecay(t, 0.002, tau);
            out.add(start + i, lpl.process(float(rng.bipolar())) * float(env) * gl * 1.6f,
                lpr.process(float(rng.bipolar())) * float(env) * gr * 1.6f);
        }
        ModalVoice thump;
        thump.addMode(rng.range(50.0, 80.0), 1.0, 0.8);
        thump.addMode(rng.range(110.0, 150.0), 0.3, 0.4);
        ModalVoice::Shape shape;
        shape.attack = 0.003;
        thump.render(out, start, gain * 0.9 * (1.0 - 0.5 * distance), pan * 0.5, shape);
        if (rng.chance(0.65)) {
            const int sparks = rng.integer(40, 140);
            const double spread = rng.range(0.8, 2.0);
            for (int s = 0; s < sparks; ++s) {
                const double st = at + 0.15 + spread * std::pow(rng.uniform(), 1.6);
                const double decay = 1.0 - (st - at) / (spread + 0.3);
                noiseBurst(out, st, 0.004, 0.0001, rng.range(0.0003, 0.001),
                    gain * 0.35 * decay * rng.range(0.2, 1.0), pan + rng.bipolar() * 0.5,
                    Biquad(Biquad::Type::HighPass, rng.range(1500.0, 5000.0), 0.7), rng);
            }
        }
    };
    auto crackerString = [&](double at, double length, double pan) {
        const double rate = rng.range(12.0, 24.0);
        for (double t = at; t < at + length && t < total; t += rng.exponential(1.0 / rate)) {
            const double amp = rng.range(0.4, 1.0);
            const double p = pan + rng.bipolar() * 0.25;
            noiseBurst(out, t, 0.03, 0.0002, rng.range(0.002, 0.006), amp, p,
                Biquad(Biquad::Type::HighPass, 250.0, 0.7), rng);
            ModalVoice body;
            body.addMode(rng.range(900.0, 1800.0), 1.0, 0.03);
            body.addMode(rng.range(250.0, 400.0), 0.6, 0.06);
            ModalVoice::Shape shape;
            shape.attack = 0.0003;
            body.render(out, toFrame(t), amp * 0.3, p, shape);
        }
    };

    double t = rng.range(0.05, std::min(0.4, total * 0.2));
    while (t < total) {
        if (crackers && rng.chance(0.6)) {
            const double length = rng.range(1.5, 4.0);
            crackerString(t, length, rng.bipolar() * 0.5);
            t += length + rng.range(0.2, 1.0);
            continue;
        }
        const double pan = rng.bipolar() * 0.8;
        const double distance = rng.uniform();
        double explodeAt = t;
        if (rng.chance(0.55)) {
            const double rise = rng.range(0.6, 1.3);
            whistle(t, rise, pan - 0.15, 0.12 * (1.0 - 0.5 * distance));
            explodeAt = t + rise;
        }
        boom(explodeAt, distance, pan, 1.0 - 0.6 * distance);
        if (rng.chance(0.25)) { // salvo
            const int more = rng.integer(1, 3);
            for (int m = 1; m <= more; ++m)
                boom(explodeAt + m * rng.range(0.12, 0.35), rng.uniform(), rng.bipolar() * 0.8, 0.7);
        }
        t = explodeAt + rng.range(0.5, 1.8);
    }
    // Echo off buildings and a wide outdoor space.
    out.addEcho(toFrame(rng.range(0.28, 0.42)), 0.22f, true);
    Reverb(0.95, 2.6, 0.45).process(out, 0.3f);
}

void EventSfxRenderer::footsteps(const PromptAnalysis& a, Random& rng, StereoBuffer& out)
{
    const double total = seconds(out);
    const bool running = a.hasTag(u"running"_s);
    const bool gravel = a.hasTag(u"gravel"_s);
    const bool wood = a.hasTag(u"wood"_s);
    // Room tone.
    noiseBed(out, rng, NoiseGenerator::Color::Pink, Biquad::Type::LowPass, 600.0, 0.7, 0.02, 0.2, 0.3);

    const double interval = running ? rng.range(0.3, 0.36) : rng.range(0.5, 0.62);
    const double startPan = rng.bipolar() * 0.6;
    const double endPan = -startPan;
    const double surfaceFreq = rng.range(80.0, 115.0);
    int step = 0;
    for (double t = rng.range(0.05, 0.2); t < total; t += interval * (1.0 + rng.bipolar() * 0.04), ++step) {
        const double pan = startPan + (endPan - startPan) * (t / total) + (step % 2 ? 0.12 : -0.12);
        const double v = rng.range(0.75, 1.0) * (running ? 1.0 : 0.85);
        // Heel: low thump of the body plus a short scuff.
        ModalVoice heel;
        heel.addMode(surfaceFreq * rng.range(0.95, 1.05), 1.0, 0.12);
        if (wood) {
            heel.addMode(rng.range(180.0, 230.0), 0.7, 0.25);
            heel.addMode(rng.range(400.0, 470.0), 0.45, 0.18);
            heel.addMode(rng.range(760.0, 900.0), 0.25, 0.12);
        }
        ModalVoice::Shape shape;
        shape.attack = 0.002;
        heel.render(out, toFrame(t), v * 0.8, pan, shape);
        noiseBurst(out, t, 0.06, 0.001, 0.008, v * 0.5, pan, Biquad(Biquad::Type::LowPass, 2200.0, 0.7), rng);
        if (!gravel && !wood)
            noiseBurst(
                out, t, 0.02, 0.0002, 0.002, v * 0.35, pan, Biquad(Biquad::Type::HighPass, 3000.0, 0.7), rng);
        // Toe/roll-off.
        const double toe = t + (running ? 0.05 : rng.range(0.08, 0.12));
        noiseBurst(
            out, toe, 0.08, 0.003, 0.012, v * 0.3, pan, Biquad(Biquad::Type::BandPass, 2500.0, 0.8), rng);
        if (gravel) {
            // Crunch: a swarm of tiny grains over the roll of the foot.
            const int grains = rng.integer(25, 45);
            for (int g = 0; g < grains; ++g)
                noiseBurst(out, t + rng.range(0.0, 0.16), 0.006, 0.0002, rng.range(0.0005, 0.002),
                    v * rng.range(0.1, 0.45), pan + rng.bipolar() * 0.1,
                    Biquad(Biquad::Type::BandPass, rng.range(1500.0, 6000.0), 1.2), rng);
        }
    }
    Reverb(0.45, 0.9, 0.35).process(out, 0.22f);
}

void EventSfxRenderer::bells(const PromptAnalysis& a, Random& rng, StereoBuffer& out)
{
    const double total = seconds(out);
    static const int kPentatonic[] = { 0, 2, 4, 7, 9 };
    const int tonic = int(a.promptHash % 12);
    if (a.hasTag(u"chimes"_s) && !a.hasTag(u"temple"_s)) {
        // Wind chimes: free-free bar modes (1, 2.756, 5.404), tuned to a pentatonic set, struck in
        // gust-driven clusters.
        noiseBed(out, rng, NoiseGenerator::Color::Pink, Biquad::Type::BandPass, 500.0, 0.6, 0.05, 0.15, 0.7);
        QList<double> tubes;
        for (int i = 0; i < 5; ++i)
            tubes.append(Instrument::midiToHz(72 + tonic + kPentatonic[i] + (i >= 3 ? 0 : 12)));
        SmoothRandom gust(rng.next(), 0.3);
        for (double t = rng.range(0.02, 0.15); t < total;) {
            const double g = gust.next();
            gust.skip(int(0.05 * kFs));
            const int tube = rng.integer(0, int(tubes.size()) - 1);
            const double f = tubes.at(tube);
            ModalVoice bar;
            bar.addMode(f, 1.0, rng.range(2.5, 4.0));
            bar.addMode(f * 2.756, 0.45, 1.2);
            bar.addMode(f * 5.404, 0.2, 0.5);
            bar.addMode(f * 8.933, 0.08, 0.25);
            ModalVoice::Shape shape;
            shape.attack = 0.0008;
            bar.render(out, toFrame(t), rng.range(0.2, 0.6) * (0.5 + g), -0.7 + 0.35 * tube, shape);
            t += rng.exponential(1.0 / (0.8 + 6.0 * g * g));
        }
        Reverb(0.7, 2.0, 0.3).process(out, 0.25f);
        return;
    }
    // Large bell: minor-third bell partials (hum, prime, tierce, quint, nominal, ...), each a
    // slightly split doublet so it beats, high partials dying first; struck at a slow pace.
    noiseBed(out, rng, NoiseGenerator::Color::Pink, Biquad::Type::LowPass, 400.0, 0.7, 0.03, 0.1, 0.5);
    const bool temple = a.hasTag(u"temple"_s);
    const double fundamental = Instrument::midiToHz((temple ? 43 : 55) + tonic % 7);
    static const double kRatios[] = { 0.5, 1.0, 1.183, 1.506, 2.0, 2.514, 2.662, 3.011, 4.166, 5.433 };
    static const double kAmps[] = { 0.55, 0.8, 0.6, 0.35, 0.55, 0.3, 0.22, 0.2, 0.12, 0.07 };
    const double interval = temple ? rng.range(4.0, 6.5) : rng.range(2.2, 3.5);
    const double ring = temple ? 9.0 : 6.0;
    for (double t = 0.03; t < total; t += interval * (1.0 + 0.05 * rng.bipolar())) {
        ModalVoice bell;
        for (int k = 0; k < 10; ++k) {
            const double f = fundamental * kRatios[k];
            const double t60 = ring * std::pow(fundamental / f, 0.8);
            const double split = rng.range(0.3, 1.2);
            bell.addMode(f, kAmps[k] * 0.6, t60, rng.uniform());
            bell.addMode(f + split, kAmps[k] * 0.4, t60 * 0.9, rng.uniform());
        }
        ModalVoice::Shape shape;
        shape.attack = 0.001;
        shape.maxLength = 14.0;
        const double v = rng.range(0.75, 1.0);
        bell.render(out, toFrame(t), v, rng.bipolar() * 0.2, shape);
        noiseBurst(
            out, t, 0.05, 0.0005, 0.006, v * 0.2, 0.0, Biquad(Biquad::Type::BandPass, 2500.0, 1.0), rng);
    }
    Reverb(0.9, 3.5, 0.35).process(out, 0.3f);
}

void EventSfxRenderer::engine(const PromptAnalysis& a, Random& rng, StereoBuffer& out)
{
    const bool motorcycle = a.hasTag(u"motorcycle"_s);
    const bool truck = a.hasTag(u"truck"_s);
    const bool race = a.hasTag(u"race"_s);
    const double cylinders = motorcycle ? 2.0 : (truck ? 6.0 : 4.0);
    const double idle = truck ? 600.0 : (motorcycle ? 1100.0 : 850.0);
    const double redline = race ? 8500.0 : (truck ? 2500.0 : (motorcycle ? 7000.0 : 4500.0));
    // RPM script: a sequence of targets (idle, revs, cruising) joined by smooth ramps.
    struct Point
    {
        double time, rpm;
    };
    QList<Point> script = { { 0.0, idle * rng.range(1.0, 1.4) } };
    const double total = seconds(out);
    for (double t = rng.range(0.6, 1.5); t < total + 3.0; t += rng.range(1.2, 3.0)) {
        const double r = rng.uniform();
        const double rpm = r < 0.3 ? idle : idle + (redline - idle) * rng.range(0.25, race ? 1.0 : 0.8);
        script.append({ t, rpm });
    }
    NoiseGenerator combustion(rng.next(), NoiseGenerator::Color::White);
    NoiseGenerator road(rng.next(), NoiseGenerator::Color::Pink);
    Biquad tone, roadFilter(Biquad::Type::LowPass, 700.0, 0.7), exhaust;
    float* l = out.left();
    float* r = out.right();
    double phase = 0.0;
    int segment = 0;
    double rpm = script.first().rpm;
    double jitter = 0.0;
    std::vector<float> delayLine(64, 0.0f);
    for (qsizetype i = 0; i < out.frames(); ++i) {
        if (i % kBlock == 0) {
            const double t = double(i) / kFs;
            while (segment + 1 < script.size() && script.at(segment + 1).time <= t)
                ++segment;
            const Point& from = script.at(segment);
            const Point& to = segment + 1 < script.size() ? script.at(segment + 1) : from;
            const double x
                = to.time > from.time ? std::clamp((t - from.time) / (to.time - from.time), 0.0, 1.0) : 1.0;
            const double ramp = std::clamp(x * 2.0, 0.0, 1.0); // reach the target in the first half
            const double smooth = ramp * ramp * (3.0 - 2.0 * ramp);
            jitter = 0.97 * jitter + 0.03 * rng.bipolar();
            rpm = (from.rpm + (to.rpm - from.rpm) * smooth) * (1.0 + 0.01 * jitter);
            const double load = (rpm - idle) / (redline - idle);
            tone.set(Biquad::Type::LowPass, 250.0 + 2400.0 * load, 1.2);
            exhaust.set(Biquad::Type::Peak, 90.0 + 80.0 * load, 1.0, 6.0);
        }
        const double firing = rpm / 60.0 * cylinders / 2.0;
        phase += firing / kFs;
        if (phase > 1e6)
            phase -= 1e6;
        // Harmonic drone of the firing frequency (with the half-order of uneven cylinders).
        double drone = 0.5 * SineTable::at(phase * 0.5);
        for (int k = 1; k <= 8; ++k)
            drone += SineTable::at(phase * k) * (1.0 / std::pow(double(k), 0.8));
        // Combustion pulses: noise bursts shaped by each firing cycle.
        const double frac = phase - std::floor(phase);
        const double pulse = std::exp(-frac * 9.0);
        const float burst = combustion.next() * float(pulse * 0.9);
        const float engineSample = exhaust.process(tone.process(float(drone * 0.25) + burst));
        const float rumble = roadFilter.process(road.next()) * float(0.05 + 0.1 * (rpm / redline));
        // A slightly delayed copy on the right for a wide, boxy image.
        delayLine[size_t(i % 64)] = engineSample;
        const float delayed = delayLine[size_t((i + 64 - 23) % 64)];
        l[i] += engineSample * 0.9f + delayed * 0.25f + rumble;
        r[i] += delayed * 0.9f + engineSample * 0.25f + rumble;
    }
    Reverb(0.5, 0.9, 0.5).process(out, 0.1f);
}
