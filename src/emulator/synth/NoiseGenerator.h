#pragma once

#include "emulator/synth/Random.h"

// White, pink (Paul Kellet's filter) or brown (leaky integrator) noise, roughly unit peak.
class NoiseGenerator
{
public:
    enum class Color
    {
        White,
        Pink,
        Brown
    };

    NoiseGenerator(quint64 seed, Color color);

    float next()
    {
        const float white = float(m_rng.bipolar());
        switch (m_color) {
        case Color::White:
            return white;
        case Color::Pink: {
            m_b[0] = 0.99886f * m_b[0] + white * 0.0555179f;
            m_b[1] = 0.99332f * m_b[1] + white * 0.0750759f;
            m_b[2] = 0.96900f * m_b[2] + white * 0.1538520f;
            m_b[3] = 0.86650f * m_b[3] + white * 0.3104856f;
            m_b[4] = 0.55000f * m_b[4] + white * 0.5329522f;
            m_b[5] = -0.7616f * m_b[5] - white * 0.0168980f;
            const float pink = m_b[0] + m_b[1] + m_b[2] + m_b[3] + m_b[4] + m_b[5] + m_b[6] + white * 0.5362f;
            m_b[6] = white * 0.115926f;
            return pink * 0.2f;
        }
        case Color::Brown:
            m_b[0] = 0.996f * m_b[0] + white * 0.06f;
            return m_b[0] * 1.6f;
        }
        return white;
    }

private:
    Random m_rng;
    Color m_color;
    float m_b[7] = {};
};
