#pragma once

#include <vector>

class StereoBuffer;

// Eight-line feedback delay network (Householder mixing, damped feedback), stereo in and out with
// decorrelated output taps: gives space and width. Processes a buffer in place (dry + wet).
class Reverb
{
public:
    // size in [0, 1] scales the delay lines, decaySeconds is the RT60, damping in [0, 1).
    Reverb(double size, double decaySeconds, double damping);

    void process(StereoBuffer& buffer, float wet, float dry = 1.0f);

private:
    static constexpr int kLines = 8;
    std::vector<float> m_lines[kLines];
    int m_length[kLines] = {};
    float m_feedback[kLines] = {};
    float m_damping = 0.3f;
    int m_preDelay = 0;
};
