#include "emulator/synth/SfxRenderer.h"

#include "emulator/synth/Biquad.h"
#include "emulator/synth/Envelope.h"
#include "emulator/synth/EventSfxRenderer.h"
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
        EventSfxRenderer::fireworks(analysis, rng, out);
    else if (family == u"thunder"_s)
        thunder(analysis, rng, out);
    else if (family == u"footsteps"_s)
        EventSfxRenderer::footsteps(analysis, rng, out);
    else if (family == u"bells"_s)
        EventSfxRenderer::bells(analysis, rng, out);
    else if (family == u"engine"_s)
        EventSfxRenderer::engine(analysis, rng, out);
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
