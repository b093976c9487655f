#include "cli/OutputSaver.h"

#include "cli/CliEnvironment.h"
#include "core/api/VodClient.h"
#include "core/api/VodJob.h"
#include "core/audio/AudioExporter.h"
#include "core/model/DescribeMediaInfosResponse.h"
#include "core/tasks/DownloadJob.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

OutputSaver::OutputSaver(CliEnvironment* env, VodClient* client, QObject* parent)
    : QObject(parent)
    , m_env(env)
    , m_client(client)
{
}

QString OutputSaver::targetPath(const AudioTask& task, const QString& path)
{
    const QFileInfo info(path);
    if (path.endsWith(u'/') || info.isDir()) {
        QString type = task.audioOutputs.isEmpty() ? QString() : task.audioOutputs.first().fileType;
        if (type.isEmpty())
            type = u"audio"_s;
        return QDir(path).filePath(task.taskId + u'.' + type);
    }
    return path;
}

void OutputSaver::save(const AudioTask& task, const QString& path, Callback callback)
{
    if (!task.isSuccess()) {
        callback(ApiError::invalidRequest(
                     tr("task %1 has no output to save (%2)")
                         .arg(task.taskId,
                             task.isDone() ? task.failureText() : AudioTask::statusName(task.status))),
            {}, 0);
        return;
    }
    const AudioOutput& output = task.audioOutputs.first();
    const QString target = targetPath(task, path);
    // The extension always matches the bytes: a name in another format than the output's gets the
    // output downloaded beside it and converted by the export pipeline; a name in no known format
    // is refused, naming both.
    const auto have = ExportFormat::fromName(output.fileType);
    const auto wanted = ExportFormat::fromPath(target);
    const QString suffix = QFileInfo(target).suffix();
    if (have && !wanted && !suffix.isEmpty()) {
        callback(
            ApiError::invalidRequest(tr("cannot save the %1 output of task %2 as %3: .%4 is not an audio "
                                        "format this tool writes (%5)")
                                         .arg(ExportFormat::label(*have), task.taskId, target, suffix,
                                             ExportFormat::extensionList())),
            {}, 0);
        return;
    }
    if (have && wanted && have != wanted) {
        ExportSource source;
        source.prompt = task.input.prompt;
        source.model = task.input.modelName;
        source.taskId = task.taskId;
        source.createdAt = task.createTime;
        source.requestJson = QJsonDocument(task.input.toJson()).toJson(QJsonDocument::Compact);
        source.path = target + u".download."_s + ExportFormat::extension(*have);
        Callback convert = [callback, source, target](const ApiError& error, const QString&, qint64) {
            if (error.isError()) {
                callback(error, {}, 0);
                return;
            }
            const ExportResult r = AudioExporter::saveAs(source, target, true);
            QFile::remove(source.path);
            if (!r.ok()) {
                callback(ApiError::invalidRequest(r.error), {}, 0);
                return;
            }
            callback(error, target, QFileInfo(target).size());
        };
        save(task, output, source.path, convert);
        return;
    }
    save(task, output, target, callback);
}

void OutputSaver::save(
    const AudioTask& task, const AudioOutput& output, const QString& target, Callback callback)
{
    if (!output.fileUrl.isEmpty()) {
        download(QUrl(output.fileUrl), target, callback);
        return;
    }
    if (output.fileId.isEmpty() || !m_client) {
        callback(ApiError::invalidRequest(
                     tr("the output of task %1 has neither a FileUrl nor a FileId").arg(task.taskId)),
            {}, 0);
        return;
    }
    // A Permanent output: VOD keeps it as a media file; DescribeMediaInfos tells where it plays from.
    const QString fileId = output.fileId;
    VodJob* lookup = m_client->describeMediaInfos({ fileId });
    connect(
        lookup, &VodJob::finished, this, [this, fileId, target, callback, taskId = task.taskId](VodJob* j) {
            if (j->error().isError()) {
                callback(j->error(), {}, 0);
                return;
            }
            const DescribeMediaInfosResponse r = j->mediaInfos();
            const MediaInfo* info = r.find(fileId);
            if (!info || info->mediaUrl.isEmpty()) {
                callback(
                    ApiError::fromApi(u"ResourceNotFound"_s,
                        tr("VOD does not know FileId %1, the Permanent output of task %2 (deleted from the "
                           "media library?)")
                            .arg(fileId, taskId),
                        r.requestId),
                    {}, 0);
                return;
            }
            download(QUrl(info->mediaUrl), target, callback);
        });
    lookup->start();
}

void OutputSaver::download(const QUrl& url, const QString& target, const Callback& callback)
{
    auto* job = new DownloadJob(m_env->network(), m_env->clock(), url, target, this);
    const bool terminal = m_env->errIsTerminal();
    connect(job, &DownloadJob::progress, this, [this, terminal](qint64 received, qint64 total) {
        if (!terminal)
            return;
        if (total > 0)
            m_env->err() << u"\rDownloading %1 / %2 KiB (%3%)   "_s.arg(received / 1024)
                                .arg(total / 1024)
                                .arg(received * 100 / total);
        else
            m_env->err() << u"\rDownloading %1 KiB   "_s.arg(received / 1024);
        m_env->err().flush();
    });
    connect(job, &DownloadJob::finished, this, [this, terminal, callback, target](DownloadJob* j) {
        if (terminal) {
            m_env->err() << u"\r\033[K"_s;
            m_env->err().flush();
        }
        callback(j->error(), target, j->bytesWritten());
    });
    job->start();
}
