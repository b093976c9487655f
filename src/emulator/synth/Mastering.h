#pragma once

#include <QVector>
#include <QtGlobal>

class StereoBuffer;

// Final stage: DC removal, loudness normalisation, a look-ahead peak limiter (ceiling -1.5 dBFS),
// fades, a noise floor so no second is silent, and conversion to interleaved int16.
class Mastering
{
public:
    struct Settings
    {
        double targetRmsDb = -19.0;
        double fadeIn = 0.05; // seconds
        double fadeOut = 0.5; // seconds
        quint64 seed = 0; // for the (deterministic) noise floor
    };

    static void process(StereoBuffer& buffer, const Settings& settings);
    static QVector<qint16> toInt16(const StereoBuffer& buffer);

    static constexpr double kCeiling = 0.84; // -1.5 dBFS
};
