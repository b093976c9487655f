#pragma once

#include "core/audio/ExportFormat.h"
#include "core/audio/ExportSource.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

class SndFile;

// What an export says about itself, in the places each format has for it:
// - WAV: a Broadcast Wave bext chunk (v2: Description = the prompt, Originator = "AIGC Audio Studio",
//   OriginatorReference = the end of the TaskId, OriginationDate/Time = when the sound was generated,
//   loudness and true peak when measured), an iXML chunk with the prompt, the model, the TaskId, the
//   UCS category and the whole request, and a LIST/INFO title and software;
// - FLAC, Ogg Vorbis, Ogg Opus: Vorbis comments; MP3: ID3v2 (through libsndfile and LAME):
//   TITLE = the prompt, ARTIST = the model, COMMENT = the request, DATE, SOFTWARE.
// Everything is set before the first sample is written, as libsndfile requires.
class ExportMetadata
{
    Q_DECLARE_TR_FUNCTIONS(ExportMetadata)

public:
    static constexpr int kBextDescriptionBytes = 256;

    struct Info
    {
        ExportSource source;
        QDateTime origination; // local time
        QString ucsCatId;
        std::optional<double> loudnessLufs;
        std::optional<double> truePeakDbtp;
    };

    // At most maxBytes of UTF-8, cut between characters (bext fields are fixed-size).
    static QByteArray utf8Prefix(const QString& text, int maxBytes);
    static QByteArray ixml(const Info& info);
    // Writes what `format` has room for into a file just opened for writing. False, with a reason,
    // when libsndfile refuses a part of it.
    static bool apply(SndFile& file, ExportFormat::Container format, const Info& info, QString* error);
};
