#pragma once

#include <QtGlobal>
#include <ebur128.h>

// EBU R128 / ITU-R BS.1770-4 measurement over libebur128: integrated loudness (LUFS, gated) and
// true peak (dBTP, oversampled), fed with interleaved float frames. LFE (channel 4 of 5.1) is left
// out, as the standard says.
class LoudnessMeter
{
public:
    LoudnessMeter(int channels, int sampleRate);
    ~LoudnessMeter();
    LoudnessMeter(const LoudnessMeter&) = delete;
    LoudnessMeter& operator=(const LoudnessMeter&) = delete;

    bool isValid() const { return m_state != nullptr; }
    void add(const float* frames, qsizetype count);
    // -inf when everything is below the absolute gate (-70 LUFS): silence.
    double integratedLufs() const;
    // The highest true peak of any channel; -inf for digital silence.
    double truePeakDbtp() const;

private:
    ebur128_state* m_state = nullptr;
    int m_channels;
};
