#include "core/tasks/ExportSources.h"

#include "core/support/FieldParse.h"
#include "core/tasks/HistoryStore.h"
#include "core/tasks/OutputLibrary.h"
#include "core/tasks/TaskRecord.h"
#include "core/tasks/TaskVariations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

ExportSource ExportSources::fromRecord(const TaskRecord& record, HistoryStore* store)
{
    ExportSource s;
    s.path = record.localPath;
    s.prompt = record.prompt;
    s.model
        = record.modelVersion.isEmpty() ? record.modelName : record.modelName + u' ' + record.modelVersion;
    s.taskId = record.taskId;
    s.createdAt = record.createTime.isValid() ? record.createTime : record.submittedAt;
    s.requestJson = record.requestJson;
    if (store && !record.requestJson.isEmpty()) {
        HistoryFilter filter;
        filter.text = record.prompt;
        filter.includeRemoved = true;
        filter.sortColumn = HistoryFilter::SortColumn::Id;
        filter.sortOrder = Qt::AscendingOrder;
        // {variation} is the take's #N as the task list shows it (TaskVariations).
        const auto takes = TaskVariations::number(store->list(filter));
        s.variation = takes.value(record.id, TaskVariations::Take { 1, 1 }).number;
    }
    return s;
}

std::optional<ExportSource> ExportSources::fromTaskId(
    HistoryStore* store, const QString& taskId, QString* error)
{
    const auto record = store ? store->byTaskId(taskId) : std::nullopt;
    if (!record) {
        *error = tr("%1 is not in the local history; give its file with --input").arg(taskId);
        return std::nullopt;
    }
    if (record->localPath.isEmpty() || record->downloadState != TaskRecord::DownloadState::Done
        || !QFileInfo::exists(record->localPath)) {
        *error = record->localPath.isEmpty() || record->downloadState != TaskRecord::DownloadState::Done
            ? tr("%1 has no saved file yet (download: %2)")
                  .arg(taskId, TaskRecord::downloadStateLabel(record->downloadState))
            : tr("the saved file of %1 is missing: %2")
                  .arg(taskId, QDir::toNativeSeparators(record->localPath));
        return std::nullopt;
    }
    return fromRecord(*record, store);
}

ExportSource ExportSources::fromFile(const QString& path)
{
    ExportSource s;
    s.path = path;
    s.prompt = QFileInfo(path).completeBaseName();
    QFile sidecar(OutputLibrary::sidecarPath(path));
    if (!sidecar.open(QIODevice::ReadOnly))
        return s;
    const QJsonObject o = QJsonDocument::fromJson(sidecar.readAll()).object();
    const QJsonObject request = o.value("Request"_L1).toObject();
    if (request.isEmpty())
        return s;
    const QString prompt = request.value("Prompt"_L1).toString();
    if (!prompt.isEmpty())
        s.prompt = prompt;
    const QString model = request.value("ModelName"_L1).toString();
    const QString version = request.value("ModelVersion"_L1).toString();
    s.model = version.isEmpty() ? model : model + u' ' + version;
    s.taskId = o.value("TaskId"_L1).toString();
    s.requestJson = QJsonDocument(request).toJson(QJsonDocument::Compact);
    const QJsonObject taskDetail = o.value("Response"_L1).toObject();
    QDateTime created = FieldParse::parseIso8601(taskDetail.value("CreateTime"_L1).toString());
    if (!created.isValid())
        created = FieldParse::parseIso8601(o.value("SavedAt"_L1).toString());
    s.createdAt = created;
    return s;
}
