#pragma once

#include <QCoreApplication>
#include <QString>

// The programs' own folders and files (configuration, history, upload state, settings) are readable
// by their owner only: folders 0700, files 0600, whatever the umask, and the ones an older version
// made with other modes are fixed when the program starts. A user's outputs (the library, a
// --download path) keep the user's umask: they are the user's documents.
class PrivateFiles
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFiles)

public:
    // Creates the folder (and its missing parents) and makes the folder itself 0700, an existing one
    // too. False, with *error, when it cannot.
    static bool ensureFolder(const QString& dir, QString* error = nullptr);
    // 0600 for a file that exists; true when it does not. False, with *error, when it cannot.
    static bool restrictFile(const QString& path, QString* error = nullptr);
    // An SQLite database: created empty with mode 0600 when missing (SQLite gives its -wal, -shm and
    // -journal the mode of the database), and the database and those files 0600 when they exist.
    static bool prepareDatabase(const QString& path, QString* error = nullptr);
};
