#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Write-then-rename for configuration files, every status checked: the bytes go to a new file beside
// the target (mode 0600 from its creation), which is flushed to the disk, renamed over the target and
// the folder flushed too. On any failure the old file stays as it was, the new one is removed and the
// error says what happened, "the disk is full" in words.
class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)

public:
    // The whole file at once.
    static bool write(const QString& path, const QByteArray& bytes, QString* error);

    // In two steps, for a writer that needs the file on disk in between (QSettings): a new file beside
    // `path` holding `bytes` ("" on failure, with *error), then commit() or discard().
    static QString createTemporary(const QString& path, const QByteArray& bytes, QString* error);
    static bool commit(const QString& temporary, const QString& path, QString* error);
    static void discard(const QString& temporary);

    // "the disk is full" when the folder's file system has no room left (after a writer that does not
    // say why it failed), else "".
    static QString diskFullText(const QString& folder);
};
