#include "emulator/synth/Reverb.h"

#include "emulator/synth/AudioSynth.h"
#include "emulator/synth/StereoBuffer.h"

#include <algorithm>
#include <cmath>

Reverb::Reverb(double size, double decaySeconds, double damping)
    : m_damping(float(std::clamp(damping, 0.0, 0.95)))
{
    static constexpr int kBase[kLines] = { 1117, 1277, 1423, 1559, 1733, 1901, 2053, 2251 };
    const double scale = 0.45 + 1.3 * std::clamp(size, 0.0, 1.0);
    const double fs = AudioSynth::kSampleRate;
    for (int i = 0; i < kLines; ++i) {
        m_length[i] = std::max(64, int(kBase[i] * scale));
        m_lines[i].assign(size_t(m_length[i]), 0.0f);
        m_feedback[i] = float(std::pow(10.0, -3.0 * m_length[i] / (std::max(decaySeconds, 0.1) * fs)));
    }
    m_preDelay = int(0.012 * fs * scale);
}

void Reverb::process(StereoBuffer& buffer, float wet, float dry)
{
    const qsizetype n = buffer.frames();
    float* left = buffer.left();
    float* right = buffer.right();
    std::vector<float> pre(size_t(m_preDelay) * 2 + 2, 0.0f);
    int prePos = 0;
    int pos[kLines] = {};
    float lp[kLines] = {};
    static constexpr float kSignL[kLines] = { 1, -1, 1, -1, 1, 1, -1, -1 };
    static constexpr float kSignR[kLines] = { 1, 1, -1, -1, -1, 1, 1, -1 };
    const float outGain = wet * 0.35f;
    const float inGain = 0.5f;
    const float damp = m_damping;
    for (qsizetype i = 0; i < n; ++i) {
        // Pre-delay (ring buffer of interleaved L/R).
        const float inL = pre[size_t(prePos) * 2];
        const float inR = pre[size_t(prePos) * 2 + 1];
        pre[size_t(prePos) * 2] = left[i];
        pre[size_t(prePos) * 2 + 1] = right[i];
        prePos = (prePos + 1) % (m_preDelay + 1);

        float d[kLines];
        float sum = 0.0f;
        for (int k = 0; k < kLines; ++k) {
            const float x = m_lines[k][size_t(pos[k])];
            lp[k] = x + (lp[k] - x) * damp;
            d[k] = lp[k];
            sum += d[k];
        }
        const float h = sum * (2.0f / kLines);
        float outL = 0.0f, outR = 0.0f;
        for (int k = 0; k < kLines; ++k) {
            outL += kSignL[k] * d[k];
            outR += kSignR[k] * d[k];
            const float in = (k & 1) ? inR : inL;
            m_lines[k][size_t(pos[k])] = (d[k] - h) * m_feedback[k] + in * inGain;
            if (++pos[k] >= m_length[k])
                pos[k] = 0;
        }
        left[i] = left[i] * dry + outL * outGain;
        right[i] = right[i] * dry + outR * outGain;
    }
}
