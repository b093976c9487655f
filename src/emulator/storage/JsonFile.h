#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// The emulator's state files (tasks.json, media.json): written whole through QSaveFile, so that a crash
// never leaves half a file.
class JsonFile
{
    Q_DECLARE_TR_FUNCTIONS(JsonFile)

public:
    // Creates the folder if needed; false with a message naming the file.
    static bool write(const QString& path, const QJsonObject& root, QString* error);
};
