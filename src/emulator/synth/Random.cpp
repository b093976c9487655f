#include "emulator/synth/Random.h"

#include <cmath>

namespace {
quint64 rotl(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}
} // namespace

quint64 Random::mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

Random::Random(quint64 seed)
    : m_seed(seed)
{
    quint64 s = seed;
    for (quint64& word : m_s) {
        s = mix(s);
        word = s;
    }
    if ((m_s[0] | m_s[1] | m_s[2] | m_s[3]) == 0)
        m_s[0] = 1;
}

quint64 Random::next()
{
    const quint64 result = rotl(m_s[1] * 5, 7) * 9;
    const quint64 t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

double Random::uniform()
{
    return double(next() >> 11) * (1.0 / 9007199254740992.0);
}

double Random::logRange(double lo, double hi)
{
    return lo * std::exp(std::log(hi / lo) * uniform());
}

int Random::integer(int lo, int hiInclusive)
{
    if (hiInclusive <= lo)
        return lo;
    const quint64 span = quint64(qint64(hiInclusive) - qint64(lo) + 1);
    return int(qint64(lo) + qint64(next() % span));
}

double Random::exponential(double mean)
{
    return -mean * std::log(1.0 - uniform());
}

double Random::gaussian()
{
    // Irwin-Hall with 4 terms, rescaled: cheap and bounded.
    const double sum = uniform() + uniform() + uniform() + uniform();
    return (sum - 2.0) * 1.7320508075688772;
}

Random Random::fork(quint64 salt) const
{
    return Random(mix(m_seed ^ mix(salt + 0x632be59bd9b4e019ULL)));
}
