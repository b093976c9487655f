#pragma once

#include <QCoreApplication>
#include <QString>

// The one place where a name that comes from outside the program (a TaskId, a FileType, a prompt, a
// URL) becomes a file name, and where a file name is checked to stay inside its folder. The CLI's
// OutputSaver, the app's OutputLibrary and every other caller of DownloadJob go through it.
class SafeFileName
{
    Q_DECLARE_TR_FUNCTIONS(SafeFileName)

public:
    // No name is longer than this in UTF-8 (file systems allow 255 bytes; room for ".part", ".json").
    static constexpr int kMaxBytes = 200;

    // "Fireworks, at night!" -> "Fireworks-at-night"; "../pwned" -> "pwned"; "/home/u/.ssh" ->
    // "homeussh". Letters, digits and marks of any script are kept, runs of spaces, dashes and
    // underscores become one '-' between kept characters, everything else (dots, slashes, controls,
    // punctuation, symbols, emoji) is dropped; at most maxLength characters and kMaxBytes bytes;
    // `fallback` when nothing is left. The result never starts with '-' or '.' and has no separator.
    static QString clean(const QString& text, int maxLength, const QString& fallback);
    // A file extension: the ASCII letters and digits of fileType, lower-cased, at most 8; else those
    // of the URL path's suffix; else "bin".
    static QString extension(const QString& fileType, const QString& url = {});
    // folder/name, absolute, when name is one plain file name and the path stays inside folder once
    // links are followed (an existing link at that name may not lead elsewhere); else an empty string
    // and *error says why.
    static QString inside(const QString& folder, const QString& name, QString* error);
};
