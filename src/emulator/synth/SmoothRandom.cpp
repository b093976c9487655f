#include "emulator/synth/SmoothRandom.h"

#include "emulator/synth/AudioSynth.h"

SmoothRandom::SmoothRandom(quint64 seed, double rateHz)
    : m_rng(seed)
    , m_step(rateHz / AudioSynth::kSampleRate)
{
    m_from = m_rng.uniform();
    m_to = m_rng.uniform();
    m_phase = m_rng.uniform();
}

double SmoothRandom::next()
{
    m_phase += m_step;
    if (m_phase >= 1.0) {
        m_phase -= 1.0;
        m_from = m_to;
        m_to = m_rng.uniform();
    }
    const double w = m_phase * m_phase * (3.0 - 2.0 * m_phase); // smoothstep
    return m_from + (m_to - m_from) * w;
}

void SmoothRandom::skip(int frames)
{
    m_phase += m_step * (frames - 1);
    while (m_phase >= 1.0) {
        m_phase -= 1.0;
        m_from = m_to;
        m_to = m_rng.uniform();
    }
}
