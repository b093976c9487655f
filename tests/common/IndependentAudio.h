#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// The test side of the export pipeline: inputs made and exports checked by tools that share no code
// with it. ffmpeg/ffprobe and mediainfo are test-only dependencies (scripts/setup installs them).
namespace IndependentAudio {

bool haveTools(); // ffmpeg, ffprobe and mediainfo on PATH

// Runs ffmpeg (quiet, overwriting) with these arguments; empty when it worked, else its stderr.
QString ffmpeg(const QStringList& args);
// A test sound from ffmpeg's lavfi sources: pink noise with a sine on top, `seconds` long, stereo
// unless `channels` is 1, written as `codecArgs` say (e.g. {"-c:a", "pcm_s16le"}). Empty when it worked.
QString makeSound(const QString& path, double seconds, int rate, int channels = 2,
    double noiseAmplitude = 0.2,
    const QStringList& codecArgs = { QStringLiteral("-c:a"), QStringLiteral("pcm_s16le") });

// ffprobe's first audio stream: codec_name, sample_rate, channels, bits_per_sample, bits_per_raw_sample,
// sample_fmt, plus "format_name" and the tags of the format and of the stream under "tags".
QJsonObject probe(const QString& path);
// Frames as decoded by ffmpeg (exact, unlike a duration from the header).
qint64 decodedFrames(const QString& path, int channels);

struct Loudness
{
    double integratedLufs = 0.0;
    double truePeakDbtp = 0.0;
    bool ok = false;
    QString error;
};
// ffmpeg's ebur128 filter with peak=true: integrated loudness and the highest true peak.
Loudness loudness(const QString& path);

// One field of mediainfo's general section ("Description", "Encoded_Date"...), from its JSON output.
QString mediainfo(const QString& path, const QString& field);

// The body of the first RIFF chunk with this id ("bext", "iXML") of a WAV file; empty if none.
QByteArray riffChunk(const QString& path, const QByteArray& id);

} // namespace IndependentAudio
