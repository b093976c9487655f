#pragma once

#include <QtGlobal>
#include <vector>

class StereoBuffer;

// A bank of exponentially decaying sinusoids (modal synthesis): each mode is one complex rotation
// per sample, so struck/plucked instruments, bells, drops and drones cost a few multiplies per mode.
class ModalVoice
{
public:
    // t60: seconds to decay by 60 dB; <= 0 means no decay (a sustained partial).
    void addMode(double frequency, double amplitude, double t60, double phase = 0.0);
    bool isEmpty() const { return m_modes.empty(); }

    struct Shape
    {
        double attack = 0.002; // linear attack, seconds
        double releaseAt = -1.0; // note-off time in seconds (< 0: ring out)
        double release = 0.1; // linear release after note-off, seconds
        double maxLength = 12.0; // hard stop, seconds
    };

    // Mixes the voice into `out` from frame `start`, with gain and equal-power pan.
    void render(StereoBuffer& out, qsizetype start, double gain, double pan, const Shape& shape) const;

private:
    struct Mode
    {
        double frequency;
        double amplitude;
        double t60;
        double phase;
    };
    std::vector<Mode> m_modes;
};
