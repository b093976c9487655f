#pragma once

#include "core/support/ValidationIssue.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The local files VOD accepts as reference media (spec §7): audio mp3 m4a flac ogg wav aac amr;
// video mp4 mov and the usual containers. The extension is what ApplyUpload's MediaType carries.
class MediaFileTypes
{
    Q_DECLARE_TR_FUNCTIONS(MediaFileTypes)

public:
    enum class Kind
    {
        None,
        Audio,
        Video
    };

    static const QStringList& audioExtensions();
    static const QStringList& videoExtensions();
    // Lower-cased suffix of the file name ("wav"), empty when there is none.
    static QString extensionOf(const QString& path);
    static Kind kindOf(const QString& path);
    // "Audio (*.mp3 *.m4a ...)" style patterns for file dialogs (without the description).
    static QString globPatterns(Kind kind);

    // What is wrong with uploading this file, if anything: it must exist, be a regular readable file
    // and have a supported extension; `expected` (if not None) must match its kind. `field` names the
    // place in the request ("AudioInfos[0]", "file") for the messages.
    static ValidationIssues check(const QString& path, Kind expected, const QString& field);
};
