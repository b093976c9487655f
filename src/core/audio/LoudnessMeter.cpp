#include "core/audio/LoudnessMeter.h"

#include <cmath>
#include <ebur128.h>
#include <limits>

LoudnessMeter::LoudnessMeter(int channels, int sampleRate)
    : m_channels(channels)
{
    if (channels > 0 && sampleRate > 0)
        m_state
            = ebur128_init(unsigned(channels), unsigned(sampleRate), EBUR128_MODE_I | EBUR128_MODE_TRUE_PEAK);
}

LoudnessMeter::~LoudnessMeter()
{
    if (m_state)
        ebur128_destroy(&m_state);
}

void LoudnessMeter::add(const float* frames, qsizetype count)
{
    if (m_state && count > 0)
        ebur128_add_frames_float(m_state, frames, size_t(count));
}

double LoudnessMeter::integratedLufs() const
{
    double lufs = -std::numeric_limits<double>::infinity();
    if (!m_state || ebur128_loudness_global(m_state, &lufs) != EBUR128_SUCCESS)
        return -std::numeric_limits<double>::infinity();
    return lufs;
}

double LoudnessMeter::truePeakDbtp() const
{
    double peak = 0.0;
    for (int c = 0; m_state && c < m_channels; ++c) {
        double p = 0.0;
        if (ebur128_true_peak(m_state, unsigned(c), &p) == EBUR128_SUCCESS)
            peak = std::max(peak, p);
    }
    return peak > 0.0 ? 20.0 * std::log10(peak) : -std::numeric_limits<double>::infinity();
}
