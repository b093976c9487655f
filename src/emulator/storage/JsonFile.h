#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>

// The emulator's state files (tasks.json, media.json): written whole through QSaveFile, so that a crash
// never leaves half a file, and read back whole.
class JsonFile
{
    Q_DECLARE_TR_FUNCTIONS(JsonFile)

public:
    // Creates the folder if needed; false with a message naming the file.
    static bool write(const QString& path, const QJsonObject& root, QString* error);
    // The file's object; an empty object when the file does not exist yet; nullopt with a message
    // naming the file when it cannot be read or is not a JSON object.
    static std::optional<QJsonObject> read(const QString& path, QString* error);
};
