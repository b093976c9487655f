#include "emulator/synth/Mastering.h"

#include "emulator/synth/AudioSynth.h"
#include "emulator/synth/Biquad.h"
#include "emulator/synth/Envelope.h"
#include "emulator/synth/NoiseGenerator.h"
#include "emulator/synth/StereoBuffer.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

void removeDc(StereoBuffer& buffer)
{
    Biquad hl(Biquad::Type::HighPass, 24.0, 0.707);
    Biquad hr(Biquad::Type::HighPass, 24.0, 0.707);
    float* l = buffer.left();
    float* r = buffer.right();
    for (qsizetype i = 0; i < buffer.frames(); ++i) {
        l[i] = hl.process(l[i]);
        r[i] = hr.process(r[i]);
    }
}

// Offline look-ahead limiter: required gain per sample, smoothed backwards (attack, ~1.5 ms) and
// forwards (release, ~120 ms); the result never exceeds the per-sample requirement.
void limit(StereoBuffer& buffer, double ceiling)
{
    const qsizetype n = buffer.frames();
    float* l = buffer.left();
    float* r = buffer.right();
    std::vector<float> gain(size_t(n), 1.0f);
    bool any = false;
    for (qsizetype i = 0; i < n; ++i) {
        const float p = std::max(std::fabs(l[i]), std::fabs(r[i]));
        if (p > ceiling) {
            gain[size_t(i)] = float(ceiling / p);
            any = true;
        }
    }
    if (!any)
        return;
    const float attack = float(1.0 / (0.0015 * AudioSynth::kSampleRate));
    const float release = float(1.0 / (0.12 * AudioSynth::kSampleRate));
    for (qsizetype i = n - 2; i >= 0; --i) {
        const float next = gain[size_t(i + 1)];
        gain[size_t(i)] = std::min(gain[size_t(i)], next + (1.0f - next) * attack);
    }
    for (qsizetype i = 1; i < n; ++i) {
        const float prev = gain[size_t(i - 1)];
        gain[size_t(i)] = std::min(gain[size_t(i)], prev + (1.0f - prev) * release);
    }
    for (qsizetype i = 0; i < n; ++i) {
        l[i] *= gain[size_t(i)];
        r[i] *= gain[size_t(i)];
    }
}

void fades(StereoBuffer& buffer, double fadeIn, double fadeOut)
{
    const double fs = AudioSynth::kSampleRate;
    const qsizetype n = buffer.frames();
    const double total = double(n) / fs;
    const double in = std::clamp(fadeIn, 0.005, total * 0.2);
    const double out = std::clamp(fadeOut, 0.01, total * 0.35);
    float* l = buffer.left();
    float* r = buffer.right();
    const qsizetype inFrames = qsizetype(in * fs);
    for (qsizetype i = 0; i < std::min(inFrames, n); ++i) {
        const float g = float(Envelope::fadeIn(double(i) / fs, in));
        l[i] *= g;
        r[i] *= g;
    }
    const qsizetype outFrames = qsizetype(out * fs);
    for (qsizetype k = 0; k < std::min(outFrames, n); ++k) {
        const qsizetype i = n - 1 - k;
        const float g = float(Envelope::fadeIn(double(k) / fs, out));
        l[i] *= g;
        r[i] *= g;
    }
}

// Guarantees every second keeps some level (-44 dBFS RMS at least) with a soft, smoothly gated
// pink "room tone", so that no second of the result is digital silence.
void noiseFloor(StereoBuffer& buffer, quint64 seed)
{
    const int fs = AudioSynth::kSampleRate;
    const qsizetype n = buffer.frames();
    const qsizetype seconds = (n + fs - 1) / fs;
    const double wanted = std::pow(10.0, -44.0 / 20.0);
    std::vector<double> level(size_t(seconds), 0.0);
    bool any = false;
    for (qsizetype s = 0; s < seconds; ++s) {
        const double rms = buffer.rms(s * fs, fs);
        if (rms < wanted) {
            level[size_t(s)] = std::sqrt(std::max(0.0, wanted * wanted - rms * rms)) * 1.25;
            any = true;
        }
    }
    if (!any)
        return;
    NoiseGenerator nl(seed ^ 0x51ULL, NoiseGenerator::Color::Pink);
    NoiseGenerator nr(seed ^ 0xA7ULL, NoiseGenerator::Color::Pink);
    Biquad fl(Biquad::Type::LowPass, 3000.0, 0.707);
    Biquad fr(Biquad::Type::LowPass, 3000.0, 0.707);
    float* l = buffer.left();
    float* r = buffer.right();
    const double edge = 0.01 * fs;
    double smoothed = level[0];
    const double coeff = 1.0 / (0.05 * fs);
    for (qsizetype i = 0; i < n; ++i) {
        smoothed += (level[size_t(i / fs)] - smoothed) * coeff;
        double g = smoothed * 2.2; // pink noise RMS is ~0.45 of its nominal scale
        if (i < edge)
            g *= double(i) / edge;
        if (n - 1 - i < edge)
            g *= double(n - 1 - i) / edge;
        l[i] += fl.process(nl.next()) * float(g);
        r[i] += fr.process(nr.next()) * float(g);
    }
}

} // namespace

void Mastering::process(StereoBuffer& buffer, const Settings& settings)
{
    if (buffer.frames() == 0)
        return;
    removeDc(buffer);
    const double rms = buffer.rms();
    const double peak = buffer.peak();
    if (rms > 1e-9 && peak > 1e-9) {
        const double target = std::pow(10.0, settings.targetRmsDb / 20.0);
        // Loudness target, but never push peaks more than ~8 dB into the limiter.
        const double gain = std::min(target / rms, 2.5 * kCeiling / peak);
        buffer.scale(float(gain));
    }
    limit(buffer, kCeiling);
    fades(buffer, settings.fadeIn, settings.fadeOut);
    noiseFloor(buffer, settings.seed);
    limit(buffer, kCeiling);
}

QVector<qint16> Mastering::toInt16(const StereoBuffer& buffer)
{
    const qsizetype n = buffer.frames();
    QVector<qint16> pcm(n * 2);
    const float* l = buffer.left();
    const float* r = buffer.right();
    const float maxValue = float(kCeiling + 0.02);
    for (qsizetype i = 0; i < n; ++i) {
        pcm[2 * i] = qint16(std::lrint(std::clamp(l[i], -maxValue, maxValue) * 32767.0f));
        pcm[2 * i + 1] = qint16(std::lrint(std::clamp(r[i], -maxValue, maxValue) * 32767.0f));
    }
    return pcm;
}
