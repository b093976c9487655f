#pragma once

#include "core/audio/ExportFormat.h"
#include "core/audio/NamingTemplate.h"
#include "core/support/ValidationIssue.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

// Everything the export pipeline is told, typed: one value for Save As, drag-out, Export... and
// `aigc-audio export`. validate() checks the rules that need no file; what depends on the sound (a
// region past its end, a rate Opus cannot hold) and on the folder (read-only, full, a name that
// exists) is checked by ExportJob::prepare() and AudioExporter, with messages under the same fields.
struct ExportSettings
{
    Q_DECLARE_TR_FUNCTIONS(ExportSettings)

public:
    // A part of the sound in milliseconds from its start: [startMs, endMs).
    struct Region
    {
        qint64 startMs = 0;
        qint64 endMs = 0;
        qint64 lengthMs() const { return endMs - startMs; }
        bool operator==(const Region&) const = default;
    };

    // The field of each ValidationIssue: stable keys (also the CLI's option names), never translated.
    static QString fieldFormat() { return QStringLiteral("format"); }
    static QString fieldBits() { return QStringLiteral("bits"); }
    static QString fieldRate() { return QStringLiteral("rate"); }
    static QString fieldLoudness() { return QStringLiteral("loudness"); }
    static QString fieldTruePeak() { return QStringLiteral("true-peak"); }
    static QString fieldRegion() { return QStringLiteral("region"); }
    static QString fieldFadeIn() { return QStringLiteral("fade-in"); }
    static QString fieldFadeOut() { return QStringLiteral("fade-out"); }
    static QString fieldName() { return QStringLiteral("name"); }
    static QString fieldUcs() { return QStringLiteral("ucs"); }
    static QString fieldDir() { return QStringLiteral("dir"); }
    static QString fieldOverwrite() { return QStringLiteral("overwrite"); }
    static QString fieldQuality() { return QStringLiteral("quality"); }
    static QString fieldInput() { return QStringLiteral("input"); }

    static constexpr qint64 kMinRegionMs = 10;
    static constexpr double kMinLoudness = -60.0; // LUFS
    static constexpr double kMaxLoudness = 0.0;
    static constexpr double kMinTruePeak = -20.0; // dBTP
    static constexpr double kMaxTruePeak = 0.0;
    static constexpr int kMinRate = 8000;
    static constexpr int kMaxRate = 192000;

    ExportFormat::Container format = ExportFormat::Container::Wav;
    ExportFormat::Encoding encoding = ExportFormat::Encoding::Default; // lossless formats only
    int sampleRate = 0; // Hz; 0 = the source's
    std::optional<double> loudnessLufs; // EBU R128 integrated target; nullopt = the level is kept
    double truePeakCeilingDbtp = -1.0; // with a loudness target: the gain never lifts the true peak above
    std::optional<Region> region; // nullopt = the whole sound
    qint64 fadeInMs = 0;
    qint64 fadeOutMs = 0;
    QString nameTemplate = NamingTemplate::defaultTemplate();
    QString ucsCatId; // for {catid}; must be in UcsCategories when set
    QString outputDir;
    bool overwrite = false; // replace files that exist; otherwise refuse, naming them
    std::optional<double> quality; // lossy formats: 0 (smallest) to 1 (best); nullopt = per format

    // Every broken rule that needs no file, each naming its field and the rule.
    ValidationIssues validate() const;
    // The quality used for a lossy format: `quality`, else MP3 1.0 (320 kb/s), Vorbis 0.6, Opus 0.6.
    double effectiveQuality() const;

    bool operator==(const ExportSettings&) const = default;
};
