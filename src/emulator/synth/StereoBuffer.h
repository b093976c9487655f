#pragma once

#include <QtGlobal>
#include <vector>

// Float stereo working buffer (planar). Every generator mixes into one of these.
class StereoBuffer
{
public:
    explicit StereoBuffer(qsizetype frames = 0);

    qsizetype frames() const { return qsizetype(m_left.size()); }
    float* left() { return m_left.data(); }
    float* right() { return m_right.data(); }
    const float* left() const { return m_left.data(); }
    const float* right() const { return m_right.data(); }

    void add(qsizetype frame, float l, float r)
    {
        if (frame >= 0 && frame < frames()) {
            m_left[size_t(frame)] += l;
            m_right[size_t(frame)] += r;
        }
    }
    // Equal-power pan, pan in [-1, 1].
    static void panGains(double pan, float* gainLeft, float* gainRight);

    void mix(const StereoBuffer& other, float gain);
    void scale(float gain);
    double peak() const;
    double rms() const;
    double rms(qsizetype from, qsizetype count) const;
    // Adds a copy delayed by `delayFrames`, channels swapped when crossFeed, for echoes off buildings.
    void addEcho(qsizetype delayFrames, float gain, bool crossFeed);

private:
    std::vector<float> m_left;
    std::vector<float> m_right;
};
