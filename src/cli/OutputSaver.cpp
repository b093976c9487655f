#include "OutputSaver.h"

#include "CliEnvironment.h"
#include "DownloadJob.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

OutputSaver::OutputSaver(CliEnvironment* env, QObject* parent)
    : QObject(parent)
    , m_env(env)
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
    if (output.fileUrl.isEmpty()) {
        callback(ApiError::invalidRequest(tr("the output of task %1 has no FileUrl (Permanent outputs are "
                                             "fetched by FileId: not supported "
                                             "by this command yet)")
                                              .arg(task.taskId)),
            {}, 0);
        return;
    }
    const QString target = targetPath(task, path);
    auto* job = new DownloadJob(m_env->network(), m_env->clock(), QUrl(output.fileUrl), target, this);
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
