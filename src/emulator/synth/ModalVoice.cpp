#include "emulator/synth/ModalVoice.h"

#include "emulator/synth/AudioSynth.h"
#include "emulator/synth/StereoBuffer.h"

#include <algorithm>
#include <cmath>
#include <numbers>

void ModalVoice::addMode(double frequency, double amplitude, double t60, double phase)
{
    if (frequency <= 0.0 || frequency >= AudioSynth::kSampleRate * 0.45 || amplitude == 0.0)
        return;
    m_modes.push_back({ frequency, amplitude, t60, phase });
}

void ModalVoice::render(StereoBuffer& out, qsizetype start, double gain, double pan, const Shape& shape) const
{
    if (m_modes.empty() || start >= out.frames())
        return;
    const double fs = AudioSynth::kSampleRate;
    // Length: until the slowest mode is 80 dB down, the release ends, or maxLength.
    double length = shape.maxLength;
    double slowest = 0.0;
    bool sustained = false;
    for (const Mode& m : m_modes) {
        if (m.t60 <= 0.0)
            sustained = true;
        else
            slowest = std::max(slowest, m.t60 * 80.0 / 60.0);
    }
    if (!sustained)
        length = std::min(length, slowest);
    if (shape.releaseAt >= 0.0)
        length = std::min(length, shape.releaseAt + shape.release);
    const qsizetype first = std::max<qsizetype>(start, 0);
    const qsizetype end = std::min<qsizetype>(out.frames(), start + qsizetype(length * fs));
    if (end <= first)
        return;

    // Modes are processed four at a time as float vectors (GCC vector extension, SSE on x86-64),
    // the bank padded with silent modes to a multiple of four. Float precision is ample for notes
    // of a few seconds (amplitude drift well below 1 %).
    using V4 = float __attribute__((vector_size(16)));
    const size_t groups = (m_modes.size() + 3) / 4;
    std::vector<V4> re(groups), im(groups), cr(groups), ci(groups);
    for (size_t g = 0; g < groups; ++g) {
        re[g] = im[g] = ci[g] = V4 { 0, 0, 0, 0 };
        cr[g] = V4 { 1, 1, 1, 1 };
    }
    for (size_t k = 0; k < m_modes.size(); ++k) {
        const Mode& m = m_modes[k];
        const double w = 2.0 * std::numbers::pi * m.frequency / fs;
        const double r = m.t60 > 0.0 ? std::pow(10.0, -3.0 / (m.t60 * fs)) : 1.0;
        // Skip frames before the buffer start (negative starts are allowed).
        const double skipped = double(first - start);
        const double mag = m.amplitude * std::pow(r, skipped);
        const double ph = 2.0 * std::numbers::pi * m.phase + w * skipped;
        cr[k / 4][k % 4] = float(r * std::cos(w));
        ci[k / 4][k % 4] = float(r * std::sin(w));
        re[k / 4][k % 4] = float(mag * std::cos(ph));
        im[k / 4][k % 4] = float(mag * std::sin(ph));
    }
    float gl = 0.0f, gr = 0.0f;
    StereoBuffer::panGains(pan, &gl, &gr);
    float* left = out.left();
    float* right = out.right();
    const double attackFrames = std::max(1.0, shape.attack * fs);
    const double releaseStart = shape.releaseAt >= 0.0 ? shape.releaseAt * fs : 1e300;
    const double releaseFrames = std::max(1.0, shape.release * fs);
    for (qsizetype i = first; i < end; ++i) {
        V4 acc = { 0, 0, 0, 0 };
        for (size_t g = 0; g < groups; ++g) {
            const V4 nr = re[g] * cr[g] - im[g] * ci[g];
            const V4 ni = re[g] * ci[g] + im[g] * cr[g];
            re[g] = nr;
            im[g] = ni;
            acc += ni;
        }
        const double sum = double((acc[0] + acc[1]) + (acc[2] + acc[3]));
        const double t = double(i - start);
        double env = t < attackFrames ? t / attackFrames : 1.0;
        if (t > releaseStart)
            env *= std::max(0.0, 1.0 - (t - releaseStart) / releaseFrames);
        const float v = float(sum * env * gain);
        left[i] += v * gl;
        right[i] += v * gr;
    }
}
