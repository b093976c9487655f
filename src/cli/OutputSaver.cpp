#include "cli/OutputSaver.h"

#include "cli/CliEnvironment.h"
#include "core/api/VodClient.h"
#include "core/api/VodJob.h"
#include "core/model/DescribeMediaInfosResponse.h"
#include "core/tasks/DownloadJob.h"

#include <QDir>
#include <QFileInfo>

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
    if (!output.fileUrl.isEmpty()) {
        download(QUrl(output.fileUrl), target, output.maxPlausibleBytes(DownloadJob::kDefaultCap), callback);
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
    const qint64 maxBytes = output.maxPlausibleBytes(DownloadJob::kDefaultCap);
    connect(lookup, &VodJob::finished, this,
        [this, fileId, target, callback, maxBytes, taskId = task.taskId](VodJob* j) {
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
            download(QUrl(info->mediaUrl), target, maxBytes, callback);
        });
    lookup->start();
}

void OutputSaver::download(const QUrl& url, const QString& target, qint64 maxBytes, const Callback& callback)
{
    auto* job = new DownloadJob(m_env->network(), m_env->clock(), url, target, this);
    job->setMaxBytes(maxBytes);
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
