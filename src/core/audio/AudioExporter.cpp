#include "core/audio/AudioExporter.h"

#include "core/audio/ExportMetadata.h"
#include "core/audio/LoudnessMeter.h"
#include "core/audio/SignalChain.h"
#include "core/audio/SndFile.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString fixed(double v, int decimals = 1)
{
    return QString::number(v, 'f', decimals);
}

QString mib(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

// The depth of a lossless export when the settings leave it to the source.
ExportFormat::Encoding resolveEncoding(
    ExportFormat::Container format, ExportFormat::Encoding wanted, int sourceFormat)
{
    if (!ExportFormat::isLossless(format))
        return ExportFormat::Encoding::Default;
    if (wanted != ExportFormat::Encoding::Default)
        return wanted;
    const ExportFormat::Encoding source = ExportFormat::encodingOfSndfile(sourceFormat);
    if (source == ExportFormat::Encoding::Default
        || (source == ExportFormat::Encoding::Float32 && !ExportFormat::supportsEncoding(format, source)))
        return ExportFormat::Encoding::Pcm24;
    return source;
}

ExportResult failed(ExportResult r, const QString& field, const QString& message)
{
    r.status = ExportResult::Status::Failed;
    r.field = field;
    r.error = message;
    return r;
}

ExportResult writeFailed(const ExportResult& r, const QString& why)
{
    return failed(r, ExportSettings::fieldDir(),
        AudioExporter::tr("could not write %1: %2; nothing was written").arg(native(r.targetPath), why));
}

} // namespace

AudioExporter::AudioExporter(const ExportSettings& settings)
    : m_settings(settings)
{
}

void AudioExporter::report(double fraction) const
{
    // Never backwards (a lossy export encoded a second time does not start over).
    fraction = std::clamp(fraction, 0.0, 1.0);
    if (!m_progress || fraction < m_reported)
        return;
    m_reported = fraction;
    m_progress(fraction);
}

ExportResult AudioExporter::exportTo(const ExportSource& source, const QString& targetPath) const
{
    ExportResult r;
    r.source = source;
    r.targetPath = targetPath;
    r.format = m_settings.format;
    const ExportSettings& s = m_settings;
    const QString formatLabel = ExportFormat::label(s.format);

    if (ExportFormat::fromPath(targetPath) != s.format)
        return failed(r, ExportSettings::fieldName(),
            tr("%1 must end in .%2 to hold %3")
                .arg(native(targetPath), ExportFormat::extension(s.format), formatLabel));
    const QFileInfo target(targetPath);
    if (const auto refused = checkTarget(source.path, targetPath, s.overwrite))
        return failed(r, refused->field, refused->message);

    SignalChain chain;
    QString error;
    if (const auto issue = openSource(chain, source, s))
        return failed(r, issue->field, issue->message);
    r.encoding = resolveEncoding(s.format, s.encoding, chain.sourceFormat());
    r.sampleRate = chain.outputRate();
    r.channels = chain.channels();
    r.frames = chain.outputFrames();
    if (s.format == ExportFormat::Container::Wav
        && !checkFreeSpace(
            targetPath, r.frames * r.channels * (ExportFormat::bits(r.encoding) / 8) + 65536, r))
        return r;

    // Pass 1 (with a loudness target): measure what will be written, kept in memory when it fits.
    double gain = 1.0;
    std::vector<float> cache;
    const bool keep = r.frames * r.channels * qint64(sizeof(float)) <= kMaxCacheBytes;
    if (s.loudnessLufs) {
        if (keep)
            cache.reserve(size_t(r.frames) * size_t(r.channels));
        if (!measure(chain, keep ? &cache : nullptr, gain, r))
            return r;
        if (!keep && !chain.rewind(&error))
            return failed(r, ExportSettings::fieldInput(), error);
    }

    // Pass 2: encode into a temporary file beside the target, renamed over it only when complete.
    QSaveFile out(targetPath);
    out.setDirectWriteFallback(false);
    // Unbuffered: libsndfile writes blocks of several KiB anyway, and a failed write is seen at once.
    if (!out.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return failed(r, ExportSettings::fieldDir(),
            tr("cannot write in %1: %2").arg(native(target.absolutePath()), out.errorString()));
    const std::vector<float>* samples = s.loudnessLufs && keep ? &cache : nullptr;
    if (ExportFormat::isLossless(s.format)) {
        if (!encode(&out, chain, samples, gain, r))
            return discard(out, r);
    } else {
        // Lossy codecs move peaks: the encoded bytes are decoded and measured again, and the gain
        // lowered until the true peak is under the ceiling. In memory: compressed files are small.
        QBuffer encoded;
        for (int attempt = 0;; ++attempt) {
            encoded.close();
            encoded.setData(QByteArray());
            encoded.open(QIODevice::ReadWrite);
            if (!encode(&encoded, chain, samples, gain, r))
                return discard(out, r);
            if (!s.loudnessLufs || !r.gainDb || attempt == kMaxLossyAttempts)
                break;
            const double overshoot = remeasure(encoded, r);
            if (overshoot <= 0.0)
                break;
            r.gainDb = *r.gainDb - overshoot - 0.02;
            gain = std::pow(10.0, *r.gainDb / 20.0);
            if (!samples && !chain.rewind(&r.error))
                return discard(out, failed(r, ExportSettings::fieldInput(), r.error));
        }
        const QByteArray bytes = encoded.data();
        if (out.write(bytes) != bytes.size())
            return discard(out, writeFailed(r, out.errorString()));
    }
    if (!s.overwrite && QFileInfo::exists(targetPath))
        return discard(out,
            failed(r, ExportSettings::fieldOverwrite(),
                tr("%1 appeared while exporting; choose overwrite to replace it").arg(native(targetPath))));
    if (!out.commit())
        return writeFailed(r, out.errorString());
    if (s.loudnessLufs && r.loudnessLufs && *r.loudnessLufs < *s.loudnessLufs - 0.05)
        r.warnings.append(
            tr("loudness: reached %1 LUFS, %2 LU short of the target %3 LUFS: more gain would lift "
               "the true peak above the ceiling of %4 dBTP (it is %5 dBTP before the gain); "
               "lower the target or raise the ceiling")
                .arg(fixed(*r.loudnessLufs), fixed(*s.loudnessLufs - *r.loudnessLufs), fixed(*s.loudnessLufs),
                    fixed(s.truePeakCeilingDbtp), fixed(r.sourceTruePeakDbtp.value_or(0.0))));
    r.status = ExportResult::Status::Ok;
    report(1.0);
    return r;
}

ExportResult AudioExporter::discard(QSaveFile& out, const ExportResult& r) const
{
    out.cancelWriting();
    return r;
}

bool AudioExporter::encode(QIODevice* device, SignalChain& chain, const std::vector<float>* samples,
    double gain, ExportResult& r) const
{
    const ExportSettings& s = m_settings;
    const QString formatLabel = ExportFormat::label(s.format);
    QString error;
    SndFile writer;
    if (!writer.openWrite(
            device, ExportFormat::sndfileFormat(s.format, r.encoding), r.sampleRate, r.channels, &error)) {
        r = failed(r, ExportSettings::fieldFormat(), tr("cannot write %1: %2").arg(formatLabel, error));
        return false;
    }
    if (!ExportFormat::isLossless(s.format)) {
        // libsndfile: 0 = the best quality (MP3: 320 kb/s at constant bitrate), 1 = the smallest file.
        double level = 1.0 - s.effectiveQuality();
        if (s.format == ExportFormat::Container::Mp3) {
            int mode = SF_BITRATE_MODE_CONSTANT;
            writer.command(SFC_SET_BITRATE_MODE, &mode, int(sizeof mode));
        }
        writer.command(SFC_SET_COMPRESSION_LEVEL, &level, int(sizeof level));
    }
    const QDateTime when = r.source.createdAt.isValid() ? r.source.createdAt
        : m_now.isValid()                               ? m_now
                                                        : QDateTime::currentDateTime();
    if (!ExportMetadata::apply(writer, s.format,
            { r.source, when.toLocalTime(), s.ucsCatId, r.loudnessLufs, r.truePeakDbtp }, &error)) {
        r = failed(r, ExportSettings::fieldFormat(), error);
        return false;
    }
    const bool wrote = write(chain, samples, gain, writer, r, &error);
    QString closeError;
    const bool closed = writer.close(&closeError);
    if (r.status == ExportResult::Status::Cancelled)
        return false;
    if (!wrote || !closed) {
        r = writeFailed(r, wrote ? closeError : error);
        return false;
    }
    return true;
}

double AudioExporter::remeasure(QBuffer& encoded, ExportResult& r) const
{
    encoded.seek(0);
    SndFile decoded;
    QString error;
    if (!decoded.openRead(&encoded, &error))
        return 0.0;
    LoudnessMeter meter(decoded.channels(), decoded.sampleRate());
    std::vector<float> block(size_t(16384) * size_t(decoded.channels()));
    for (sf_count_t n; (n = decoded.readFrames(block.data(), 16384)) > 0;)
        meter.add(block.data(), n);
    const double lufs = meter.integratedLufs();
    const double peak = meter.truePeakDbtp();
    if (std::isfinite(lufs))
        r.loudnessLufs = lufs;
    if (!std::isfinite(peak))
        return 0.0;
    r.truePeakDbtp = peak;
    return peak - (m_settings.truePeakCeilingDbtp - kTruePeakGuardDb);
}

bool AudioExporter::measure(
    SignalChain& chain, std::vector<float>* cache, double& gain, ExportResult& r) const
{
    LoudnessMeter meter(chain.channels(), chain.outputRate());
    std::vector<float> block;
    QString error;
    for (;;) {
        if (cancelled()) {
            r.status = ExportResult::Status::Cancelled;
            return false;
        }
        if (!chain.next(block, &error)) {
            r = failed(r, ExportSettings::fieldInput(), error);
            return false;
        }
        if (block.empty())
            break;
        meter.add(block.data(), qsizetype(block.size()) / chain.channels());
        if (cache)
            cache->insert(cache->end(), block.begin(), block.end());
        report(0.5 * chain.progress());
    }
    const double integrated = meter.integratedLufs();
    const double peak = meter.truePeakDbtp();
    const double target = *m_settings.loudnessLufs;
    const double ceiling = m_settings.truePeakCeilingDbtp;
    if (!std::isfinite(integrated)) {
        r.warnings.append(tr("loudness: the sound is silent (below the -70 LUFS gate), so it was left as it "
                             "is instead of being brought to %1 LUFS")
                              .arg(fixed(target)));
        return true;
    }
    // The gain stops kTruePeakGuardDb under the ceiling: true-peak meters differ by a few hundredths
    // of a dB (libebur128 oversamples 4x, ffmpeg to 192 kHz).
    double gainDb = target - integrated;
    if (std::isfinite(peak) && peak + gainDb > ceiling - kTruePeakGuardDb)
        gainDb = ceiling - kTruePeakGuardDb - peak;
    gain = std::pow(10.0, gainDb / 20.0);
    r.sourceLufs = integrated;
    if (std::isfinite(peak))
        r.sourceTruePeakDbtp = peak;
    r.gainDb = gainDb;
    r.loudnessLufs = integrated + gainDb;
    if (std::isfinite(peak))
        r.truePeakDbtp = peak + gainDb;
    return true;
}

bool AudioExporter::write(SignalChain& chain, const std::vector<float>* cache, double gain, SndFile& writer,
    ExportResult& r, QString* error) const
{
    const double start = m_settings.loudnessLufs ? 0.5 : 0.0;
    const double share = 1.0 - start;
    const int channels = chain.channels();
    std::vector<float> block;
    const qint64 total = r.frames;
    qint64 done = 0;
    constexpr qint64 kWriteFrames = 16384;
    for (;;) {
        if (cancelled()) {
            r.status = ExportResult::Status::Cancelled;
            return false;
        }
        const float* data = nullptr;
        qint64 frames = 0;
        if (cache) {
            frames = std::min(kWriteFrames, total - done);
            block.assign(cache->begin() + done * channels, cache->begin() + (done + frames) * channels);
        } else {
            if (!chain.next(block, error))
                return false;
            frames = qint64(block.size()) / channels;
        }
        if (frames <= 0)
            return true;
        if (gain != 1.0) {
            for (float& v : block)
                v = float(v * gain);
        }
        data = block.data();
        if (!writer.writeFrames(data, frames, error))
            return false;
        done += frames;
        report(start + share * double(done) / double(std::max<qint64>(1, total)));
    }
}

bool AudioExporter::checkFreeSpace(const QString& targetPath, qint64 bytes, ExportResult& r) const
{
    const QString dir = QFileInfo(targetPath).absolutePath();
    const QStorageInfo storage(dir);
    if (!storage.isValid() || storage.bytesAvailable() < 0 || storage.bytesAvailable() >= bytes)
        return true;
    r = failed(r, ExportSettings::fieldDir(),
        tr("%1 has %2 MiB free; this export needs about %3 MiB")
            .arg(native(dir), mib(storage.bytesAvailable()), mib(bytes)));
    return false;
}

std::optional<ValidationIssue> AudioExporter::openSource(
    SignalChain& chain, const ExportSource& source, const ExportSettings& settings)
{
    QString error;
    QString field;
    if (!chain.open(
            { source.path, settings.region, settings.sampleRate, settings.fadeInMs, settings.fadeOutMs },
            &error, &field))
        return ValidationIssue { field.isEmpty() ? ExportSettings::fieldInput() : field, error };
    if (!ExportFormat::supportsRate(settings.format, chain.outputRate()))
        return ValidationIssue { ExportSettings::fieldRate(),
            tr("%1 cannot hold %2 Hz, the rate of %3; choose a rate such as 48000")
                .arg(ExportFormat::label(settings.format))
                .arg(chain.outputRate())
                .arg(native(source.path)) };
    return std::nullopt;
}

std::optional<ValidationIssue> AudioExporter::checkTarget(
    const QString& sourcePath, const QString& targetPath, bool overwrite)
{
    const QFileInfo target(targetPath);
    if (!target.exists())
        return std::nullopt;
    if (target.canonicalFilePath() == QFileInfo(sourcePath).canonicalFilePath())
        return ValidationIssue { ExportSettings::fieldDir(),
            tr("%1 is the source itself; an export never replaces its source").arg(native(targetPath)) };
    if (!overwrite)
        return ValidationIssue { ExportSettings::fieldOverwrite(),
            tr("%1 exists already; choose overwrite to replace it").arg(native(targetPath)) };
    return std::nullopt;
}

std::optional<ExportFormat::Container> AudioExporter::probe(
    const QString& path, QString* label, QString* error)
{
    SndFile file;
    if (!file.openRead(path, error))
        return std::nullopt;
    const auto container = ExportFormat::containerOfSndfile(file.format());
    if (label) {
        SF_FORMAT_INFO info {};
        info.format = file.format() & SF_FORMAT_TYPEMASK;
        sf_command(nullptr, SFC_GET_FORMAT_INFO, &info, int(sizeof info));
        *label = container ? ExportFormat::label(*container)
                           : QString::fromUtf8(info.name ? info.name : "audio");
    }
    return container;
}

ExportResult AudioExporter::saveAs(const ExportSource& source, const QString& targetPath, bool overwrite)
{
    ExportResult r;
    r.source = source;
    r.targetPath = targetPath;
    QString sourceLabel;
    QString error;
    const auto sourceFormat = probe(source.path, &sourceLabel, &error);
    if (sourceLabel.isEmpty())
        return failed(r, ExportSettings::fieldInput(), error);
    const auto targetFormat = ExportFormat::fromPath(targetPath);
    if (!targetFormat) {
        const QString suffix = QFileInfo(targetPath).suffix();
        return failed(r, ExportSettings::fieldFormat(),
            suffix.isEmpty()
                ? tr("cannot save the %1 sound as %2: the name has no extension to say its format (%3)")
                      .arg(sourceLabel, native(targetPath), ExportFormat::extensionList())
                : tr("cannot save the %1 sound as %2: .%3 is not an audio format this app writes (%4)")
                      .arg(sourceLabel, native(targetPath), suffix, ExportFormat::extensionList()));
    }
    r.format = *targetFormat;
    if (sourceFormat == targetFormat) {
        // The bytes already are what the name says: copied as they are, still never half-written.
        r.converted = false;
        const QFileInfo target(targetPath);
        if (const auto refused = checkTarget(source.path, targetPath, overwrite))
            return failed(r, refused->field, refused->message);
        QFile in(source.path);
        QSaveFile out(targetPath);
        out.setDirectWriteFallback(false);
        if (!in.open(QIODevice::ReadOnly))
            return failed(r, ExportSettings::fieldInput(),
                tr("cannot open %1: %2").arg(native(source.path), in.errorString()));
        if (!out.open(QIODevice::WriteOnly))
            return failed(r, ExportSettings::fieldDir(),
                tr("cannot write in %1: %2").arg(native(target.absolutePath()), out.errorString()));
        while (!in.atEnd()) {
            const QByteArray chunk = in.read(1 << 20);
            if (chunk.isEmpty() || out.write(chunk) != chunk.size())
                break;
        }
        if (!in.atEnd() || !out.commit())
            return writeFailed(r, out.error() != QFileDevice::NoError ? out.errorString() : in.errorString());
        r.status = ExportResult::Status::Ok;
        return r;
    }
    ExportSettings settings;
    settings.format = *targetFormat;
    settings.overwrite = overwrite;
    SndFile file;
    if (file.openRead(source.path, &error) && !ExportFormat::supportsRate(*targetFormat, file.sampleRate()))
        settings.sampleRate = 48000;
    file.close();
    return AudioExporter(settings).exportTo(source, targetPath);
}
