#include "emulator/synth/AudioSynth.h"

#include "emulator/synth/Mastering.h"
#include "emulator/synth/Mp3Encoder.h"
#include "emulator/synth/MusicComposer.h"
#include "emulator/synth/PromptAnalyzer.h"
#include "emulator/synth/Random.h"
#include "emulator/synth/SfxRenderer.h"
#include "emulator/synth/StereoBuffer.h"
#include "emulator/synth/WavWriter.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// Brings a layer to a common working level (RMS-ish, but impulsive layers are bounded by peak) so
// that layer gains mean the same thing for every family.
void normalizeLayer(StereoBuffer& layer)
{
    const double measure = std::max(layer.rms() * 4.0, layer.peak());
    if (measure > 1e-9)
        layer.scale(float(0.5 / measure));
}

} // namespace

QVector<qint16> AudioSynth::renderPcm(const SynthRequest& request)
{
    const int seconds = std::clamp(request.durationSeconds, kMinSeconds, kMaxSeconds);
    const qsizetype frames = qsizetype(kSampleRate) * seconds;
    const PromptAnalysis analysis = PromptAnalyzer::analyze(request);
    const Random base(Random::mix(analysis.promptHash) ^ Random::mix(request.seed ^ 0x5eedULL)
        ^ Random::mix(quint64(seconds) << 40));

    StereoBuffer mix(frames);
    Mastering::Settings settings;
    if (analysis.music) {
        StereoBuffer music(frames);
        MusicComposer(analysis, request.seed ^ quint64(seconds) << 32, seconds).render(music);
        normalizeLayer(music);
        mix.mix(music, 1.0f);
        for (qsizetype i = 0; i < analysis.families.size(); ++i) {
            StereoBuffer layer(frames);
            Random rng = base.fork(quint64(i) + 1);
            SfxRenderer::render(analysis.families.at(i), analysis, rng, layer);
            normalizeLayer(layer);
            mix.mix(layer, 0.3f);
        }
        settings.targetRmsDb = -18.0;
        settings.fadeIn = std::min(1.0, 0.1 * seconds);
        settings.fadeOut = std::min(2.5, 0.25 * seconds);
    } else {
        QStringList families = analysis.families;
        if (families.isEmpty())
            families = { u"ambience"_s };
        for (qsizetype i = 0; i < families.size(); ++i) {
            StereoBuffer layer(frames);
            Random rng = base.fork(quint64(i) + 1);
            SfxRenderer::render(families.at(i), analysis, rng, layer);
            normalizeLayer(layer);
            mix.mix(layer, i == 0 ? 1.0f : 0.6f);
        }
        settings.targetRmsDb = -19.0;
        settings.fadeIn = families.first() == u"ambience"_s ? std::min(1.0, 0.1 * seconds) : 0.03;
        settings.fadeOut = std::min(0.8, 0.12 * seconds);
    }
    settings.seed = base.fork(0x666c6f6fULL).next();
    Mastering::process(mix, settings);
    return Mastering::toInt16(mix);
}

QByteArray AudioSynth::render(const SynthRequest& request, QString* error)
{
    const QString format = request.format.trimmed().toLower();
    if (format != u"wav"_s && format != u"mp3"_s) {
        if (error)
            *error = u"Unsupported audio format \"%1\" (expected wav or mp3)"_s.arg(request.format);
        return {};
    }
    if (request.durationSeconds < kMinSeconds || request.durationSeconds > kMaxSeconds) {
        if (error)
            *error = u"Duration %1 s is out of range (%2..%3 s)"_s.arg(request.durationSeconds)
                         .arg(kMinSeconds)
                         .arg(kMaxSeconds);
        return {};
    }
    const QVector<qint16> pcm = renderPcm(request);
    if (format == u"wav"_s)
        return WavWriter::encode(pcm, kSampleRate, kChannels);
    return Mp3Encoder::encode(pcm, kSampleRate, kChannels, error);
}

QString AudioSynth::classify(const SynthRequest& request)
{
    return PromptAnalyzer::analyze(request).label();
}

QByteArray AudioSynth::contentType(const QString& format)
{
    const QString f = format.trimmed().toLower();
    if (f == u"mp3"_s)
        return "audio/mpeg"_ba;
    if (f == u"wav"_s)
        return "audio/wav"_ba;
    return "application/octet-stream"_ba;
}
