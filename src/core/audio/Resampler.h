#pragma once

#include <QString>
#include <vector>

struct soxr;

// A streaming sample-rate converter over libsoxr (high quality, 20-bit precision: the quality of
// ffmpeg's aresample=resampler=soxr), interleaved float in and out, one thread. Its delay is
// compensated by libsoxr: the output starts at the input's time 0.
class Resampler
{
public:
    Resampler(double inputRate, double outputRate, int channels);
    ~Resampler();
    Resampler(const Resampler&) = delete;
    Resampler& operator=(const Resampler&) = delete;

    bool isValid() const { return m_soxr != nullptr; }
    QString errorString() const { return m_error; }

    // Resamples `frames` frames of `input` and appends what comes out to `output`. Call with
    // input == nullptr once at the end to drain what libsoxr still holds. False on an error.
    bool process(const float* input, qsizetype frames, std::vector<float>& output);

private:
    soxr* m_soxr = nullptr;
    int m_channels;
    double m_ratio;
    QString m_error;
};
