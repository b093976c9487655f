#include "emulator/synth/StereoBuffer.h"

#include <algorithm>
#include <cmath>
#include <numbers>

StereoBuffer::StereoBuffer(qsizetype frames)
    : m_left(size_t(std::max<qsizetype>(frames, 0)), 0.0f)
    , m_right(size_t(std::max<qsizetype>(frames, 0)), 0.0f)
{
}

void StereoBuffer::panGains(double pan, float* gainLeft, float* gainRight)
{
    const double p = std::clamp(pan, -1.0, 1.0);
    const double angle = (p + 1.0) * std::numbers::pi / 4.0;
    *gainLeft = float(std::cos(angle) * std::numbers::sqrt2);
    *gainRight = float(std::sin(angle) * std::numbers::sqrt2);
}

void StereoBuffer::mix(const StereoBuffer& other, float gain)
{
    const size_t n = size_t(std::min(frames(), other.frames()));
    for (size_t i = 0; i < n; ++i) {
        m_left[i] += other.m_left[i] * gain;
        m_right[i] += other.m_right[i] * gain;
    }
}

void StereoBuffer::scale(float gain)
{
    for (float& v : m_left)
        v *= gain;
    for (float& v : m_right)
        v *= gain;
}

double StereoBuffer::peak() const
{
    float p = 0.0f;
    for (size_t i = 0; i < m_left.size(); ++i)
        p = std::max({ p, std::fabs(m_left[i]), std::fabs(m_right[i]) });
    return p;
}

double StereoBuffer::rms() const
{
    return rms(0, frames());
}

double StereoBuffer::rms(qsizetype from, qsizetype count) const
{
    const qsizetype begin = std::clamp<qsizetype>(from, 0, frames());
    const qsizetype end = std::clamp<qsizetype>(from + count, 0, frames());
    if (end <= begin)
        return 0.0;
    double sum = 0.0;
    for (qsizetype i = begin; i < end; ++i)
        sum += double(m_left[size_t(i)]) * m_left[size_t(i)]
            + double(m_right[size_t(i)]) * m_right[size_t(i)];
    return std::sqrt(sum / double(2 * (end - begin)));
}

void StereoBuffer::addEcho(qsizetype delayFrames, float gain, bool crossFeed)
{
    if (delayFrames <= 0 || delayFrames >= frames())
        return;
    for (qsizetype i = frames() - 1; i >= delayFrames; --i) {
        const size_t src = size_t(i - delayFrames);
        const float l = m_left[src];
        const float r = m_right[src];
        m_left[size_t(i)] += gain * (crossFeed ? r : l);
        m_right[size_t(i)] += gain * (crossFeed ? l : r);
    }
}
