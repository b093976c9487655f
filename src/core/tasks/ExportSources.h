#pragma once

#include "core/audio/ExportSource.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

class HistoryStore;
class TaskRecord;

// Where the export pipeline's sources come from: a history row (its saved file and everything the
// request and the service said), or any audio file, with the library's sidecar when it has one.
class ExportSources
{
    Q_DECLARE_TR_FUNCTIONS(ExportSources)

public:
    // A history row: its local file, prompt, model, TaskId, request and creation time; its variation
    // is its rank (by submission, from 1) among the rows sent with the same request body, which is how
    // "Variations: N" and repeated Generates of one form are grouped.
    static ExportSource fromRecord(const TaskRecord& record, HistoryStore* store);
    // The row of a TaskId; nullopt with the reason when it is not in the history or has no saved file.
    static std::optional<ExportSource> fromTaskId(HistoryStore* store, const QString& taskId, QString* error);
    // Any audio file. When the library's sidecar ("<same base>.json", OutputLibrary) sits next to it,
    // its request and TaskId fill in the prompt, model, TaskId and date; otherwise the prompt is the
    // file's base name.
    static ExportSource fromFile(const QString& path);
};
