#include "emulator/synth/SfxRenderer.h"

#include "emulator/synth/AudioSynth.h"
#include "emulator/synth/Biquad.h"
#include "emulator/synth/Envelope.h"
#include "emulator/synth/Instrument.h"
#include "emulator/synth/ModalVoice.h"
#include "emulator/synth/NoiseGenerator.h"
#include "emulator/synth/PromptAnalysis.h"
#include "emulator/synth/Random.h"
#include "emulator/synth/Reverb.h"
#include "emulator/synth/SineTable.h"
#include "emulator/synth/SmoothRandom.h"
#include "emulator/synth/StereoBuffer.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr double kFs = AudioSynth::kSampleRate;
constexpr int kBlock = 32; // control-rate block for filter sweeps

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

} // namespace

void SfxRenderer::render(
    const QString& family, const PromptAnalysis& analysis, Random& rng, StereoBuffer& out)
{
    if (family == u"rain"_s)
        rain(analysis, rng, out);
    else if (family == u"wind"_s)
        wind(analysis, rng, out);
    else if (family == u"fire"_s)
        fire(analysis, rng, out);
    else if (family == u"fireworks"_s)
        fireworks(analysis, rng, out);
    else if (family == u"thunder"_s)
        thunder(analysis, rng, out);
    else if (family == u"footsteps"_s)
        footsteps(analysis, rng, out);
    else if (family == u"bells"_s)
        bells(analysis, rng, out);
    else if (family == u"engine"_s)
        engine(analysis, rng, out);
    else if (family == u"water"_s)
        water(analysis, rng, out);
    else if (family == u"birds"_s)
        birds(analysis, rng, out);
    else
        ambience(analysis, rng, out);
}

void SfxRenderer::rain(const PromptAnalysis& a, Random& rng, StereoBuffer& out)
{
    const bool heavy = a.hasTag(u"heavy"_s);
    const bool light = !heavy && a.hasTag(u"light"_s);
    // The wash: band-limited pink noise (countless distant drops), gently swelling.
    {
        NoiseGenerator nl(rng.next(), NoiseGenerator::Color::Pink),
            nr(rng.next(), NoiseGenerator::Color::Pink);
        NoiseGenerator nc(rng.next(), NoiseGenerator::Color::White),
            rumble(rng.next(), NoiseGenerator::Color::Brown);
        Biquad hpl(Biquad::Type::HighPass, 500.0, 0.7), hpr(Biquad::Type::HighPass, 500.0, 0.7);
        const double top = heavy ? 9000.0 : (light ? 5500.0 : 7000.0);
        Biquad lpl(Biquad::Type::LowPass, top, 0.7), lpr(Biquad::Type::LowPass, top, 0.7);
        Biquad lowRumble(Biquad::Type::LowPass, 220.0, 0.7);
        SmoothRandom intensity(rng.next(), 0.15);
        const double bed = heavy ? 0.9 : (light ? 0.3 : 0.55);
        float* l = out.left();
        float* r = out.right();
        for (qsizetype i = 0; i < out.frames(); ++i) {
            const float g = float(bed * (0.65 + 0.35 * intensity.next()));
            const float c = nc.next() * 0.35f;
            const float low = lowRumble.process(rumble.next()) * 0.12f;
            l[i] += (lpl.process(hpl.process(nl.next() + c)) + low) * g;
            r[i] += (lpr.process(hpr.process(nr.next() + c)) + low) * g;
        }
    }
    // Individual drops close by: a tick plus a rising bubble tone, Poisson-distributed.
    const double rate = heavy ? 260.0 : (light ? 40.0 : 120.0);
    const double total = seconds(out);
    for (double t = rng.exponential(1.0 / rate); t < total; t += rng.exponential(1.0 / rate)) {
        const double amp = 0.05 + 0.5 * std::pow(rng.uniform(), 3.0);
        const double pan = rng.bipolar() * 0.9;
        noiseBurst(
            out, t, 0.004, 0.0002, 0.0008, amp * 0.8, pan, Biquad(Biquad::Type::HighPass, 2500.0, 0.7), rng);
        if (rng.chance(0.5)) {
            const double f0 = rng.logRange(1400.0, 4500.0);
            chirp(out, t + 0.001, f0, f0 * rng.range(1.2, 1.8), rng.range(0.003, 0.009), amp * 0.35, pan);
        }
    }
    Reverb(0.4, 0.9, 0.4).process(out, 0.12f);
}

void SfxRenderer::wind(const PromptAnalysis& a, Random& rng, StereoBuffer& out)
{
    const bool heavy = a.hasTag(u"heavy"_s);
    const bool light = !heavy && a.hasTag(u"light"_s);
    NoiseGenerator bl(rng.next(), NoiseGenerator::Color::Pink), br(rng.next(), NoiseGenerator::Color::Pink);
    NoiseGenerator bc(rng.next(), NoiseGenerator::Color::Brown),
        whistleNoise(rng.next(), NoiseGenerator::Color::White);
    NoiseGenerator leaves(rng.next(), NoiseGenerator::Color::White);
    SmoothRandom gust(rng.next(), heavy ? 0.3 : 0.16), sideL(rng.next(), 0.5), sideR(rng.next(), 0.5);
    SmoothRandom whistlePitch(rng.next(), 0.25);
    Biquad bpl, bpr, whistle, low(Biquad::Type::LowPass, 140.0, 0.7),
        leafFilter(Biquad::Type::HighPass, 3000.0, 0.7);
    const double base = heavy ? 0.45 : (light ? 0.12 : 0.25);
    const double whistleBase = rng.range(650.0, 1000.0);
    float* l = out.left();
    float* r = out.right();
    double g = 0.0, gl = 0.0, gr = 0.0;
    for (qsizetype i = 0; i < out.frames(); ++i) {
        if (i % kBlock == 0) {
            g = std::pow(gust.next(), 1.4);
            gust.skip(kBlock);
            gl = sideL.next();
            gr = sideR.next();
            sideL.skip(kBlock);
            sideR.skip(kBlock);
            bpl.set(Biquad::Type::BandPass, 220.0 + 900.0 * g * (0.75 + 0.5 * gl), 0.6 + 2.0 * g);
            bpr.set(Biquad::Type::BandPass, 220.0 + 900.0 * g * (0.75 + 0.5 * gr), 0.6 + 2.0 * g);
            const double wp = whistlePitch.next();
            whistlePitch.skip(kBlock);
            whistle.set(Biquad::Type::BandPass, whistleBase * (0.8 + 0.6 * g + 0.2 * wp), 22.0);
        }
        const double amp = base + (1.0 - base) * g;
        const float common = bc.next() * 0.6f;
        const float body = low.process(common) * float(amp * 0.5);
        const float w = whistle.process(whistleNoise.next()) * float(1.8 * g * g * (light ? 0.3 : 1.0));
        const float rustle = leafFilter.process(leaves.next()) * float(0.08 * g * g * g);
        l[i] += bpl.process(bl.next() + common) * float(amp * (0.8 + 0.4 * gl)) + body + w * 0.8f + rustle;
        r[i] += bpr.process(br.next() + common) * float(amp * (0.8 + 0.4 * gr)) + body + w + rustle * 0.7f;
    }
    Reverb(0.6, 1.2, 0.5).process(out, 0.12f);
}

void SfxRenderer::fire(const PromptAnalysis& a, Random& rng, StereoBuffer& out)
{
    Q_UNUSED(a);
    // Roar (low turbulent noise) and hiss, each breathing on its own.
    {
        NoiseGenerator rl(rng.next(), NoiseGenerator::Color::Brown),
            rr(rng.next(), NoiseGenerator::Color::Brown);
        NoiseGenerator hiss(rng.next(), NoiseGenerator::Color::White);
        Biquad lpl(Biquad::Type::LowPass, 380.0, 0.8), lpr(Biquad::Type::LowPass, 380.0, 0.8);
        Biquad hp(Biquad::Type::HighPass, 2800.0, 0.7);
        SmoothRandom roar(rng.next(), 0.7), sizzle(rng.next(), 1.3);
        float* l = out.left();
        float* r = out.right();
        for (qsizetype i = 0; i < out.frames(); ++i) {
            const float g = float(0.25 + 0.25 * roar.next());
            const float h = hp.process(hiss.next()) * float(0.02 + 0.04 * sizzle.next());
            l[i] += lpl.process(rl.next()) * g + h;
            r[i] += lpr.process(rr.next()) * g + h * 0.8f;
        }
    }
    // Crackles: bursty Poisson clicks (wood cells bursting), some with little resonant pops.
    SmoothRandom activity(rng.next(), 0.4);
    const double total = seconds(out);
    double t = rng.exponential(0.05);
    while (t < total) {
        const double act = activity.next();
        activity.skip(int(0.01 * kFs));
        const double amp = 0.08 + 0.9 * std::pow(rng.uniform(), 3.0);
        const double pan = rng.bipolar() * 0.7;
        const int cluster = rng.chance(0.3) ? rng.integer(2, 5) : 1;
        double ct = t;
        for (int c = 0; c < cluster; ++c) {
            const double tau = rng.range(0.0003, 0.0015);
            noiseBurst(out, ct, tau * 6.0, 0.00005, tau, amp * (c == 0 ? 1.0 : 0.5),
                pan + rng.bipolar() * 0.1, Biquad(Biquad::Type::HighPass, rng.range(900.0, 4000.0), 0.8),
                rng);
            ct += rng.range(0.003, 0.025);
        }
        if (rng.chance(0.06)) {
            ModalVoice pop;
            pop.addMode(rng.range(300.0, 900.0), 1.0, rng.range(0.03, 0.08));
            pop.addMode(rng.range(1200.0, 2500.0), 0.4, 0.02);
            ModalVoice::Shape shape;
            shape.attack = 0.0005;
            pop.render(out, toFrame(t), amp * 0.5, pan, shape);
        }
        t += rng.exponential(1.0 / (5.0 + 45.0 * act * act));
    }
    Reverb(0.35, 0.7, 0.5).process(out, 0.1f);
}

void SfxRenderer::fireworks(const PromptAnalysis& a, Random& rng, StereoBuffer& out)
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

void SfxRenderer::thunder(const PromptAnalysis& a, Random& rng, StereoBuffer& out)
{
    Q_UNUSED(a);
    const double total = seconds(out);
    // Continuous distant rumble so the sky never goes quiet.
    noiseBed(out, rng, NoiseGenerator::Color::Brown, Biquad::Type::LowPass, 110.0, 0.8, 0.25, 0.2, 0.7);

    double t = rng.range(0.05, std::max(0.1, std::min(1.5, total * 0.25)));
    while (t < total) {
        const double distance = rng.uniform();
        const double pan = rng.bipolar() * 0.6;
        const double gain = 1.0 - 0.55 * distance;
        if (distance < 0.45) {
            // The crack: several sharp broadband bursts within a few hundred milliseconds.
            const int cracks = rng.integer(2, 5);
            for (int c = 0; c < cracks; ++c)
                noiseBurst(out, t + rng.range(0.0, 0.25), 0.6, 0.001, rng.range(0.04, 0.12),
                    gain * rng.range(0.5, 1.0), pan + rng.bipolar() * 0.2,
                    Biquad(Biquad::Type::HighPass, 1200.0, 0.7), rng);
        }
        // The rumble: low noise whose envelope is several overlapping rolls, with flutter.
        const double length = rng.range(3.5, 7.0);
        struct Roll
        {
            double start, attack, tau, amp;
        };
        QList<Roll> rolls;
        const int count = rng.integer(3, 7);
        for (int k = 0; k < count; ++k)
            rolls.append({ rng.range(0.0, length * 0.5), rng.range(0.05, 0.4), rng.range(0.5, 1.8),
                rng.range(0.4, 1.0) });
        NoiseGenerator nl(rng.next(), NoiseGenerator::Color::Brown),
            nr(rng.next(), NoiseGenerator::Color::Brown);
        Biquad lpl, lpr;
        SmoothRandom flutter(rng.next(), rng.range(4.0, 9.0));
        float gl = 0, gr = 0;
        StereoBuffer::panGains(pan, &gl, &gr);
        const qsizetype start = toFrame(t + 0.05 + 0.3 * distance);
        const qsizetype n = toFrame(length);
        const double topCutoff = 450.0 - 300.0 * distance;
        double env = 0.0, envTarget = 0.0;
        for (qsizetype i = 0; i < n && start + i < out.frames(); ++i) {
            if (i % kBlock == 0) {
                // Control rate: filter sweep and the envelope target, smoothed per sample below.
                const double x = double(i) / kFs;
                const double cutoff = 70.0 + topCutoff * std::exp(-x / 1.5);
                lpl.set(Biquad::Type::LowPass, cutoff, 0.9);
                lpr.set(Biquad::Type::LowPass, cutoff * 1.1, 0.9);
                envTarget = 0.0;
                for (const Roll& roll : rolls)
                    envTarget += roll.amp * Envelope::attackDecay(x - roll.start, roll.attack, roll.tau);
                envTarget *= gain * (0.65 + 0.35 * flutter.next()) * std::clamp((length - x) / 0.5, 0.0, 1.0);
                flutter.skip(kBlock);
            }
            env += (envTarget - env) * (1.0 / kBlock);
            out.add(start + i, lpl.process(nl.next()) * float(env) * gl * 3.0f,
                lpr.process(nr.next()) * float(env) * gr * 3.0f);
        }
        if (distance < 0.3) {
            ModalVoice thump;
            thump.addMode(rng.range(35.0, 50.0), 1.0, 1.5);
            ModalVoice::Shape shape;
            shape.attack = 0.02;
            thump.render(out, start, gain * 0.5, 0.0, shape);
        }
        t += rng.range(3.5, 9.0);
    }
    Reverb(1.0, 3.5, 0.6).process(out, 0.25f);
}

void SfxRenderer::footsteps(const PromptAnalysis& a, Random& rng, StereoBuffer& out)
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

void SfxRenderer::bells(const PromptAnalysis& a, Random& rng, StereoBuffer& out)
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

void SfxRenderer::engine(const PromptAnalysis& a, Random& rng, StereoBuffer& out)
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

void SfxRenderer::water(const PromptAnalysis& a, Random& rng, StereoBuffer& out)
{
    const double total = seconds(out);
    if (a.hasTag(u"ocean"_s)) {
        // Waves: each swell rises slowly, breaks (brightest), and washes out as hiss.
        NoiseGenerator nl(rng.next(), NoiseGenerator::Color::Pink),
            nr(rng.next(), NoiseGenerator::Color::Pink);
        NoiseGenerator hiss(rng.next(), NoiseGenerator::Color::White);
        Biquad lpl, lpr, hp(Biquad::Type::HighPass, 3500.0, 0.7);
        const double period = rng.range(6.0, 10.0);
        const double offset = rng.range(0.0, 0.4);
        float* l = out.left();
        float* r = out.right();
        double wl = 0.0, wr = 0.0;
        for (qsizetype i = 0; i < out.frames(); ++i) {
            if (i % kBlock == 0) {
                const double t = double(i) / kFs;
                auto wave = [&](double tt) {
                    const double x = std::fmod(tt / period + offset + 10.0, 1.0);
                    if (x < 0.4)
                        return 0.2 + 0.6 * std::pow(x / 0.4, 2.0);
                    return 0.2 + 0.8 * std::exp(-(x - 0.4) / 0.18);
                };
                wl = wave(t);
                wr = wave(t - 0.35);
                lpl.set(Biquad::Type::LowPass, 300.0 + 3500.0 * wl * wl, 0.7);
                lpr.set(Biquad::Type::LowPass, 300.0 + 3500.0 * wr * wr, 0.7);
            }
            const float h = hp.process(hiss.next()) * 0.06f;
            l[i] += lpl.process(nl.next()) * float(wl) + h * float(wl * wl);
            r[i] += lpr.process(nr.next()) * float(wr) + h * float(wr * wr);
        }
        Reverb(0.8, 1.5, 0.5).process(out, 0.15f);
        return;
    }
    // Streams and waterfalls: a bed of filtered noise plus many small resonating bubbles.
    const bool fall = a.hasTag(u"waterfall"_s);
    noiseBed(out, rng, NoiseGenerator::Color::Pink, Biquad::Type::BandPass, fall ? 900.0 : 1500.0, 0.5,
        fall ? 0.9 : 0.3, 0.6, 0.4);
    const double rate = fall ? 350.0 : 110.0;
    for (double t = rng.exponential(1.0 / rate); t < total; t += rng.exponential(1.0 / rate)) {
        const double f0 = rng.logRange(350.0, 2600.0);
        const double size = 1000.0 / f0; // large bubbles are lower and louder
        chirp(out, t, f0, f0 * rng.range(1.1, 1.5), rng.range(0.004, 0.014) * std::sqrt(size),
            rng.range(0.05, 0.22) * std::sqrt(size), rng.bipolar() * 0.8);
    }
    Reverb(0.5, 1.0, 0.4).process(out, 0.12f);
}

void SfxRenderer::birds(const PromptAnalysis& a, Random& rng, StereoBuffer& out)
{
    Q_UNUSED(a);
    const double total = seconds(out);
    // Leaves and air.
    noiseBed(out, rng, NoiseGenerator::Color::Pink, Biquad::Type::BandPass, 2500.0, 0.5, 0.035, 0.3, 0.6);
    const int count = rng.integer(2, 4);
    for (int b = 0; b < count; ++b) {
        const double base = rng.range(2200.0, 5000.0);
        const int pattern = rng.integer(0, 3);
        const double pan = rng.bipolar() * 0.8;
        const double distance = rng.range(0.3, 1.0);
        const double syllableLength = rng.range(0.04, 0.14);
        for (double t = rng.range(0.0, std::min(1.5, total * 0.3)); t < total;) {
            const int syllables = rng.integer(3, 8);
            double st = t;
            for (int s = 0; s < syllables; ++s) {
                const double length = syllableLength * rng.range(0.8, 1.2);
                const qsizetype start = toFrame(st);
                const qsizetype n = toFrame(length);
                float gl = 0, gr = 0;
                StereoBuffer::panGains(pan, &gl, &gr);
                double phase = 0.0;
                const double lift = 1.0 + 0.04 * s * (pattern == 3 ? 1 : 0);
                for (qsizetype i = 0; i < n && start + i < out.frames(); ++i) {
                    const double x = double(i) / n;
                    double f = base * lift;
                    switch (pattern) {
                    case 0: // descending sweep
                        f *= 1.4 - 0.6 * x;
                        break;
                    case 1: // trill
                        f *= 1.0 + 0.12 * SineTable::at(45.0 * double(i) / kFs);
                        break;
                    case 2: // two-note whistle
                        f *= (s % 2 ? 0.8 : 1.0) * (1.0 + 0.03 * x);
                        break;
                    default: // rising chirp
                        f *= 0.7 + 0.6 * x;
                        break;
                    }
                    phase += f / kFs;
                    const double env = Envelope::hump(x, 1.0) * 0.3 * distance;
                    const float v = float((SineTable::at(phase) + 0.15 * SineTable::at(2.0 * phase)) * env);
                    out.add(start + i, v * gl, v * gr);
                }
                st += length + rng.range(0.02, 0.08);
            }
            t = st + rng.range(1.0, 4.0);
        }
    }
    Reverb(0.75, 1.6, 0.4).process(out, 0.25f);
}

void SfxRenderer::ambience(const PromptAnalysis& a, Random& rng, StereoBuffer& out)
{
    // A slowly breathing pad on a chord derived from the prompt hash, soft air, and the occasional
    // distant chime: pleasant and different for each unknown prompt.
    Random hash(a.promptHash ^ 0x616d6269ULL);
    const double total = seconds(out);
    const int root = 45 + int(hash.next() % 12);
    static const QList<QList<int>> kChords
        = { { 0, 7, 14, 16 }, { 0, 7, 11, 16 }, { 0, 7, 10, 15 }, { 0, 5, 7, 14 } };
    const QList<int> chord = kChords.at(hash.integer(0, int(kChords.size()) - 1));
    const QList<int> second = { chord.at(0) + 5, chord.at(1) + 5, chord.at(2) + 5, chord.at(3) + 5 };
    const double change = hash.range(7.0, 11.0);
    for (double t = 0.0; t < total; t += change) {
        const QList<int>& notes = int(t / change) % 2 ? second : chord;
        for (int n : notes)
            Instrument::play(out, Instrument::Kind::Pad, toFrame(t), change + 0.6,
                Instrument::midiToHz(root + n), 0.5, 0.0, rng);
    }
    noiseBed(out, rng, NoiseGenerator::Color::Pink, Biquad::Type::BandPass, hash.range(800.0, 2500.0), 0.6,
        0.05, 0.1, 0.6);
    static const int kPentatonic[] = { 0, 2, 4, 7, 9 };
    for (double t = rng.range(0.3, 2.0); t < total; t += rng.range(1.5, 4.5)) {
        const int note = root + 24 + kPentatonic[rng.integer(0, 4)] + (rng.chance(0.3) ? 12 : 0);
        Instrument::play(out, Instrument::Kind::Mallet, toFrame(t), 1.0, Instrument::midiToHz(note),
            rng.range(0.15, 0.3), rng.bipolar() * 0.7, rng);
    }
    Reverb(1.0, 4.0, 0.4).process(out, 0.45f);
}
