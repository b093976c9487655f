#include "emulator/synth/NoiseGenerator.h"

NoiseGenerator::NoiseGenerator(quint64 seed, Color color)
    : m_rng(seed)
    , m_color(color)
{
}
