#pragma once

#include "core/api/ApiError.h"
#include "core/audio/ExportSource.h"
#include "core/model/AudioTask.h"

#include <QCoreApplication>
#include <QObject>
#include <functional>

class CliEnvironment;
class OutputLocator;

// Puts the output of a finished task where the user asked. A folder gets "<TaskId>.<type>". The
// extension always matches the bytes: a name in another audio format than the output's gets it
// converted (AudioExporter::saveAs); a name in no audio format is refused, naming both, before anything
// is fetched; a name without an extension gets the bytes as they are.
// - download(): `aigc-audio download TASKID PATH`, straight from the service (OutputLocator finds a
//   Permanent output by its FileId), with a progress line on a terminal; a .part left by an interrupted
//   run is resumed.
// - copyOut(): create/batch --download, from the file the library saved (the library keeps its own).
class OutputSaver : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ApiError& error, const QString& savedPath, qint64 bytes)>;

    OutputSaver(CliEnvironment* env, OutputLocator* locator, QObject* parent = nullptr);
    void download(const AudioTask& task, const QString& path, Callback callback);
    // Refuses a target whose extension names no audio format this tool writes.
    static ApiError checkFormat(const QString& taskId, const QString& fileType, const QString& target);
    // Writes source (the library's file of a task, of FileType fileType) to target in the format its
    // extension names.
    static ApiError deliver(
        const ExportSource& source, const QString& fileType, const QString& target, qint64* bytes = nullptr);
    // Copies source to target through a temporary file beside it: nothing half-written under the name.
    static ApiError copyOut(const QString& source, const QString& target, qint64* bytes = nullptr);
    // The file for path: a folder gets "<TaskId>.<type>", both cleaned (SafeFileName); empty, with
    // *error, when a name from the answer would not stay inside the folder.
    static QString targetPath(
        const QString& taskId, const QString& fileType, const QString& path, QString* error);
    static QString targetPath(const AudioTask& task, const QString& path, QString* error);

private:
    void fetch(const QUrl& url, const QString& target, qint64 maxBytes, const Callback& callback);

    CliEnvironment* m_env;
    OutputLocator* m_locator;
};
