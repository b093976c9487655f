#include "core/audio/Resampler.h"

#include <cmath>
#include <soxr.h>

Resampler::Resampler(double inputRate, double outputRate, int channels)
    : m_channels(channels)
    , m_ratio(outputRate / inputRate)
{
    const soxr_io_spec_t io = soxr_io_spec(SOXR_FLOAT32_I, SOXR_FLOAT32_I);
    const soxr_quality_spec_t quality = soxr_quality_spec(SOXR_HQ, 0);
    const soxr_runtime_spec_t runtime = soxr_runtime_spec(1);
    soxr_error_t error = nullptr;
    m_soxr = soxr_create(inputRate, outputRate, unsigned(channels), &error, &io, &quality, &runtime);
    if (error) {
        m_error = QString::fromUtf8(error);
        soxr_delete(m_soxr);
        m_soxr = nullptr;
    }
}

Resampler::~Resampler()
{
    soxr_delete(m_soxr);
}

bool Resampler::process(const float* input, qsizetype frames, std::vector<float>& output)
{
    if (!m_soxr)
        return false;
    // Room for what this block makes plus what libsoxr may hold back from earlier ones.
    const size_t room = size_t(std::ceil(double(frames) * m_ratio)) + 4096;
    size_t consumed = 0;
    for (;;) {
        const size_t start = output.size();
        output.resize(start + room * size_t(m_channels));
        size_t used = 0;
        size_t produced = 0;
        const float* in = input ? input + consumed * size_t(m_channels) : nullptr;
        const soxr_error_t error = soxr_process(
            m_soxr, in, input ? size_t(frames) - consumed : 0, &used, output.data() + start, room, &produced);
        output.resize(start + produced * size_t(m_channels));
        if (error) {
            m_error = QString::fromUtf8(error);
            return false;
        }
        consumed += used;
        // Input: until all of it is taken. End of input: until libsoxr has nothing left.
        if (input ? consumed >= size_t(frames) && produced < room : produced == 0)
            return true;
    }
}
