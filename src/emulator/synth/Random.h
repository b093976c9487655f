#pragma once

#include <QtGlobal>

// Small deterministic PRNG (xoshiro256** seeded through splitmix64). Identical sequences on every
// platform, unlike std:: distributions, so the synthesiser's output only depends on its inputs.
class Random
{
public:
    explicit Random(quint64 seed = 0);

    quint64 next();
    double uniform(); // [0, 1)
    double bipolar() { return 2.0 * uniform() - 1.0; } // [-1, 1)
    double range(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    double logRange(double lo, double hi); // log-uniform, for frequencies
    int integer(int lo, int hiInclusive);
    bool chance(double probability) { return uniform() < probability; }
    double exponential(double mean); // waiting time of a Poisson process
    double gaussian(); // approximately N(0, 1)

    // An independent stream derived from this one's seed and a salt.
    Random fork(quint64 salt) const;

    static quint64 mix(quint64 x); // splitmix64 finaliser

private:
    quint64 m_seed = 0;
    quint64 m_s[4] = {};
};
