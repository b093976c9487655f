#pragma once

#include "emulator/synth/Random.h"

// A slowly wandering control signal in [0, 1]: random breakpoints every 1/rate seconds joined by
// smoothstep interpolation. Drives gusts, rain intensity, RPM drift and similar modulations.
class SmoothRandom
{
public:
    SmoothRandom(quint64 seed, double rateHz);

    double next();
    void skip(int frames); // advance quickly (the value is sampled per block by some users)

private:
    Random m_rng;
    double m_step = 0.0; // phase increment per sample
    double m_phase = 0.0;
    double m_from = 0.5;
    double m_to = 0.5;
};
