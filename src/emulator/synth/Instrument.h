#pragma once

#include <QtGlobal>

class Random;
class StereoBuffer;

// Simple physically-flavoured instruments (modal/additive synthesis and filtered noise). Each call
// mixes one note into the buffer.
class Instrument
{
public:
    enum class Kind
    {
        Piano,
        Pluck,
        Guzheng,
        Pad,
        Bass,
        Mallet,
        Flute,
        Kick,
        Snare,
        HiHat,
        Tom
    };

    static void play(StereoBuffer& out, Kind kind, qsizetype startFrame, double lengthSeconds,
        double frequency, double velocity, double pan, Random& rng);
    static double midiToHz(double midi);
    static bool isDrum(Kind kind) { return kind == Kind::Kick || kind == Kind::Snare || kind == Kind::HiHat; }

private:
    static void piano(
        StereoBuffer& out, qsizetype start, double length, double f, double velocity, double pan);
    static void pluck(StereoBuffer& out, qsizetype start, double length, double f, double velocity,
        double pan, double position, double sustain);
    static void pad(StereoBuffer& out, qsizetype start, double length, double f, double velocity, double pan);
    static void bass(StereoBuffer& out, qsizetype start, double length, double f, double velocity);
    static void mallet(StereoBuffer& out, qsizetype start, double f, double velocity, double pan);
    static void flute(StereoBuffer& out, qsizetype start, double length, double f, double velocity,
        double pan, Random& rng);
    static void kick(StereoBuffer& out, qsizetype start, double velocity);
    static void snare(StereoBuffer& out, qsizetype start, double velocity, double pan, Random& rng);
    static void hiHat(StereoBuffer& out, qsizetype start, double velocity, double pan, Random& rng);
    static void tom(StereoBuffer& out, qsizetype start, double f, double velocity, double pan, Random& rng);
};
