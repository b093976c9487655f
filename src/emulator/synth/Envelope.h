#pragma once

// Amplitude envelope shapes, evaluated at a time in seconds.
class Envelope
{
public:
    // Linear attack, exponential decay to the sustain level, linear release after noteLength.
    static double adsr(
        double t, double attack, double decay, double sustain, double release, double noteLength);
    // Fast attack then exponential decay with time constant tau.
    static double attackDecay(double t, double attack, double tau);
    // Raised-cosine rise from 0 to 1 over `length` seconds.
    static double fadeIn(double t, double length);
    // A smooth hump 0 -> 1 -> 0 over [0, length] (sin^2).
    static double hump(double t, double length);
};
