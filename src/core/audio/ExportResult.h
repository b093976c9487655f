#pragma once

#include "core/audio/ExportFormat.h"
#include "core/audio/ExportSource.h"

#include <QString>
#include <QStringList>
#include <optional>

// What one export did: the file written (or why not), what it holds and its measured loudness.
struct ExportResult
{
    enum class Status
    {
        Ok,
        Failed, // `error` says why; nothing was written
        Cancelled, // nothing was written
    };

    Status status = Status::Failed;
    ExportSource source;
    QString targetPath;
    QString field; // the setting a failure is about ("region", "dir", "overwrite"...), if any
    QString error;
    // Done, but not quite as asked: a loudness target short of reach under the ceiling, silence.
    QStringList warnings;

    ExportFormat::Container format = ExportFormat::Container::Wav;
    ExportFormat::Encoding encoding = ExportFormat::Encoding::Default;
    int sampleRate = 0;
    int channels = 0;
    qint64 frames = 0;
    bool converted = true; // false: the source's bytes were copied as they are (saveAs)

    std::optional<double> sourceLufs; // integrated loudness after region and fades, before the gain
    std::optional<double> sourceTruePeakDbtp; // likewise
    std::optional<double> gainDb; // applied to reach the target
    std::optional<double> loudnessLufs; // of the export
    std::optional<double> truePeakDbtp; // of the export

    bool ok() const { return status == Status::Ok; }
    qint64 durationMs() const { return sampleRate > 0 ? frames * 1000 / sampleRate : 0; }
};
