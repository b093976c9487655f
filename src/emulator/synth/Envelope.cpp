#include "emulator/synth/Envelope.h"

#include <algorithm>
#include <cmath>
#include <numbers>

double Envelope::adsr(
    double t, double attack, double decay, double sustain, double release, double noteLength)
{
    if (t < 0.0)
        return 0.0;
    auto held = [&](double at) {
        if (at < attack)
            return at / std::max(attack, 1e-6);
        return sustain + (1.0 - sustain) * std::exp(-(at - attack) / std::max(decay, 1e-6));
    };
    if (t < noteLength)
        return held(t);
    const double r = (t - noteLength) / std::max(release, 1e-6);
    if (r >= 1.0)
        return 0.0;
    return held(noteLength) * (1.0 - r);
}

double Envelope::attackDecay(double t, double attack, double tau)
{
    if (t < 0.0)
        return 0.0;
    if (t < attack)
        return t / std::max(attack, 1e-6);
    return std::exp(-(t - attack) / std::max(tau, 1e-6));
}

double Envelope::fadeIn(double t, double length)
{
    if (t <= 0.0)
        return 0.0;
    if (t >= length)
        return 1.0;
    return 0.5 - 0.5 * std::cos(std::numbers::pi * t / length);
}

double Envelope::hump(double t, double length)
{
    if (t <= 0.0 || t >= length)
        return 0.0;
    const double s = std::sin(std::numbers::pi * t / length);
    return s * s;
}
