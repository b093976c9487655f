#pragma once

#include "core/audio/ExportResult.h"
#include "core/audio/ExportSettings.h"
#include "core/audio/ExportSource.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <atomic>
#include <functional>
#include <optional>

class QBuffer;
class QIODevice;
class QSaveFile;
class SignalChain;
class SndFile;

// The export pipeline for one sound: decode (libsndfile) -> region and fades -> resample (libsoxr)
// -> loudness normalisation (libebur128: integrated loudness and true peak of exactly what will be
// written) -> encode with metadata (libsndfile) -> a temporary file beside the target, renamed over
// it only when complete (QSaveFile). The source file is only read. Nothing here touches a widget:
// exportTo() runs on any thread, reports progress through a callback on that thread and stops at the
// next block once the cancel flag is set.
//
// Loudness: the gain that brings the integrated loudness to the target, unless it would lift the
// true peak above the ceiling; then the gain stops 0.1 dB under the ceiling and the result carries a
// warning that says by how many LU the export falls short (no limiter alters the sound). Lossy
// exports are decoded and measured again after encoding, and encoded again with less gain when the
// codec lifted a peak over the ceiling. Silence is left as it is, with a warning.
class AudioExporter
{
    Q_DECLARE_TR_FUNCTIONS(AudioExporter)

public:
    using ProgressHandler = std::function<void(double fraction)>;

    // The processed signal is kept in memory between the measuring pass and the writing pass up to
    // this size; longer sounds are decoded twice instead.
    static constexpr qint64 kMaxCacheBytes = 64 * 1024 * 1024;
    // How far under the ceiling the gain stops, for the spread between true-peak meters.
    static constexpr double kTruePeakGuardDb = 0.1;
    // Lossy exports over the ceiling after encoding are encoded again with less gain, this often.
    static constexpr int kMaxLossyAttempts = 3;

    explicit AudioExporter(const ExportSettings& settings);

    const ExportSettings& settings() const { return m_settings; }
    void setProgressHandler(ProgressHandler handler) { m_progress = std::move(handler); }
    void setCancelFlag(const std::atomic_bool* cancel) { m_cancel = cancel; }
    // The time that stands for an unknown creation time (origination, {date}); default: now.
    void setNow(const QDateTime& now) { m_now = now; }

    // Exports `source` to `targetPath`, whose extension must be the format's. settings().outputDir
    // and nameTemplate are not used here (ExportJob plans the names).
    ExportResult exportTo(const ExportSource& source, const QString& targetPath) const;

    // Save As and `--download PATH`: `source` written to `targetPath` in the format its extension
    // names: its bytes copied when they already are in that format, else converted through the
    // pipeline (the source's rate and bit depth kept where the format holds them, else 48 kHz and
    // 24-bit). Refused, naming both formats, when the extension names no format we write.
    static ExportResult saveAs(const ExportSource& source, const QString& targetPath, bool overwrite);

    // Opens `source` for `settings` (SignalChain: its header only), or says what about it breaks a
    // rule: a region or fades past its end, a rate the format cannot hold.
    static std::optional<ValidationIssue> openSource(
        SignalChain& chain, const ExportSource& source, const ExportSettings& settings);
    // Why `targetPath` may not be written for a source at `sourcePath`: it is that source (never
    // replaced), or it exists and `overwrite` is not set. nullopt when it may.
    static std::optional<ValidationIssue> checkTarget(
        const QString& sourcePath, const QString& targetPath, bool overwrite);
    // What an audio file holds, read by libsndfile (not from its name); nullopt with a reason when it
    // is not audio libsndfile reads. `label` gets "MP3", "WAV"... or libsndfile's own name.
    static std::optional<ExportFormat::Container> probe(const QString& path, QString* label, QString* error);

private:
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    void report(double fraction) const;
    bool measure(SignalChain& chain, std::vector<float>* cache, double& gain, ExportResult& r) const;
    bool write(SignalChain& chain, const std::vector<float>* cache, double gain, SndFile& writer,
        ExportResult& r, QString* error) const;
    bool checkFreeSpace(const QString& targetPath, qint64 bytes, ExportResult& r) const;
    bool encode(QIODevice* device, SignalChain& chain, const std::vector<float>* samples, double gain,
        ExportResult& r) const;
    // Decodes a lossy export, measures it into `r`, returns how far its true peak is over the ceiling.
    double remeasure(QBuffer& encoded, ExportResult& r) const;
    ExportResult discard(QSaveFile& out, const ExportResult& r) const;

    ExportSettings m_settings;
    ProgressHandler m_progress;
    const std::atomic_bool* m_cancel = nullptr;
    QDateTime m_now;
    mutable double m_reported = 0.0;
};
