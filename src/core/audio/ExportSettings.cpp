#include "core/audio/ExportSettings.h"

#include "core/audio/UcsCategories.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString number(double v)
{
    return QString::number(v, 'f', std::abs(v - std::round(v)) < 1e-9 ? 0 : 1);
}

} // namespace

ValidationIssues ExportSettings::validate() const
{
    ValidationIssues issues;
    const auto issue = [&](const QString& field, const QString& message) {
        issues.append({ field, message });
    };
    const QString formatLabel = ExportFormat::label(format);

    if (!ExportFormat::supportsEncoding(format, encoding)) {
        if (ExportFormat::isLossless(format))
            issue(fieldBits(),
                tr("%1 holds 16- or 24-bit PCM, not %2")
                    .arg(formatLabel, ExportFormat::encodingLabel(encoding)));
        else
            issue(fieldBits(),
                tr("%1 is a compressed format without a bit depth; leave the bit depth unset")
                    .arg(formatLabel));
    }

    if (sampleRate != 0) {
        if (sampleRate < kMinRate || sampleRate > kMaxRate)
            issue(fieldRate(),
                tr("must be from %1 to %2 Hz, e.g. 44100, 48000 or 96000 (got %3)")
                    .arg(kMinRate)
                    .arg(kMaxRate)
                    .arg(sampleRate));
        else if (format == ExportFormat::Container::OggOpus && sampleRate != 48000)
            issue(fieldRate(), tr("Ogg Opus holds 48000 Hz only (got %1)").arg(sampleRate));
        else if (!ExportFormat::supportsRate(format, sampleRate))
            issue(fieldRate(),
                tr("%1 cannot hold %2 Hz; 44100 or 48000 Hz can").arg(formatLabel).arg(sampleRate));
    }

    if (loudnessLufs) {
        const double target = *loudnessLufs;
        if (!std::isfinite(target) || target < kMinLoudness || target > kMaxLoudness)
            issue(fieldLoudness(),
                tr("must be from %1 to %2 LUFS, e.g. -23, -16 or -14 (got %3)")
                    .arg(number(kMinLoudness), number(kMaxLoudness), number(target)));
        else if (target > truePeakCeilingDbtp)
            issue(fieldLoudness(),
                tr("a target of %1 LUFS is above the true-peak ceiling of %2 dBTP: a sound's peaks are "
                   "always above its loudness, so every sound would clip past the ceiling; lower the "
                   "target or raise the ceiling")
                    .arg(number(target), number(truePeakCeilingDbtp)));
    }
    if (!std::isfinite(truePeakCeilingDbtp) || truePeakCeilingDbtp < kMinTruePeak
        || truePeakCeilingDbtp > kMaxTruePeak)
        issue(fieldTruePeak(),
            tr("must be from %1 to %2 dBTP, e.g. -1 (got %3)")
                .arg(number(kMinTruePeak), number(kMaxTruePeak), number(truePeakCeilingDbtp)));

    if (region) {
        if (region->startMs < 0)
            issue(fieldRegion(), tr("must not start before 0 ms (got %1 ms)").arg(region->startMs));
        else if (region->endMs <= region->startMs)
            issue(fieldRegion(),
                tr("must end after it starts (got %1 ms to %2 ms)").arg(region->startMs).arg(region->endMs));
        else if (region->lengthMs() < kMinRegionMs)
            issue(fieldRegion(),
                tr("must be at least %1 ms long (got %2 ms, from %3 to %4 ms)")
                    .arg(kMinRegionMs)
                    .arg(region->lengthMs())
                    .arg(region->startMs)
                    .arg(region->endMs));
    }
    for (const auto& [field, ms] :
        { std::pair { fieldFadeIn(), fadeInMs }, std::pair { fieldFadeOut(), fadeOutMs } }) {
        if (ms < 0)
            issue(field, tr("must be 0 ms or more (got %1 ms)").arg(ms));
    }
    if (region && region->lengthMs() >= kMinRegionMs && fadeInMs >= 0 && fadeOutMs >= 0
        && fadeInMs + fadeOutMs > region->lengthMs())
        issue(fadeInMs > 0 ? fieldFadeIn() : fieldFadeOut(),
            tr("the fades (%1 ms in, %2 ms out) are longer together than the region (%3 ms)")
                .arg(fadeInMs)
                .arg(fadeOutMs)
                .arg(region->lengthMs()));

    const NamingTemplate name(nameTemplate);
    issues += name.issues(fieldName());
    if (!ucsCatId.isEmpty() && !UcsCategories::find(ucsCatId))
        issue(fieldUcs(),
            tr("\"%1\" is not a UCS CatID of the list (e.g. RAINMetl, FIREBurn, WHSH)").arg(ucsCatId));
    else if (ucsCatId.isEmpty() && name.uses(u"catid"_s))
        issue(fieldUcs(), tr("the name uses {catid}: choose a UCS category"));

    if (quality && (!std::isfinite(*quality) || *quality < 0.0 || *quality > 1.0))
        issue(fieldQuality(), tr("must be from 0 (smallest) to 1 (best) (got %1)").arg(*quality));
    return issues;
}

double ExportSettings::effectiveQuality() const
{
    if (quality)
        return *quality;
    return format == ExportFormat::Container::Mp3 ? 1.0 : 0.6;
}
