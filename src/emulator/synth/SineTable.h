#pragma once

// Table-lookup sine (phase in cycles), for oscillators whose frequency changes every sample.
class SineTable
{
public:
    static constexpr int kSize = 4096;

    static float at(double phaseCycles)
    {
        const double p = phaseCycles - double(static_cast<long long>(phaseCycles));
        const double x = (p < 0.0 ? p + 1.0 : p) * kSize;
        const int i = static_cast<int>(x);
        const float frac = float(x - i);
        const float* t = table();
        return t[i] + (t[i + 1] - t[i]) * frac;
    }

private:
    static const float* table();
};
