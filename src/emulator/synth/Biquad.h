#pragma once

// RBJ-cookbook biquad (transposed direct form II), coefficients recomputable per block for sweeps.
class Biquad
{
public:
    enum class Type
    {
        LowPass,
        HighPass,
        BandPass,
        Peak
    };

    Biquad() = default;
    Biquad(Type type, double frequency, double q, double gainDb = 0.0) { set(type, frequency, q, gainDb); }

    void set(Type type, double frequency, double q, double gainDb = 0.0);
    void reset() { m_z1 = m_z2 = 0.0; }

    float process(float x)
    {
        const double in = x;
        const double out = m_b0 * in + m_z1;
        m_z1 = m_b1 * in - m_a1 * out + m_z2;
        m_z2 = m_b2 * in - m_a2 * out;
        return float(out);
    }

private:
    double m_b0 = 1.0, m_b1 = 0.0, m_b2 = 0.0, m_a1 = 0.0, m_a2 = 0.0;
    double m_z1 = 0.0, m_z2 = 0.0;
};
