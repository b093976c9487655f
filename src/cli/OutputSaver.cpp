#include "cli/OutputSaver.h"

#include "cli/CliEnvironment.h"
#include "core/tasks/DownloadJob.h"
#include "core/tasks/OutputLocator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

OutputSaver::OutputSaver(CliEnvironment* env, OutputLocator* locator, QObject* parent)
    : QObject(parent)
    , m_env(env)
    , m_locator(locator)
{
}

QString OutputSaver::targetPath(const QString& taskId, const QString& fileType, const QString& path)
{
    const QFileInfo info(path);
    if (path.endsWith(u'/') || info.isDir())
        return QDir(path).filePath(taskId + u'.' + (fileType.isEmpty() ? u"audio"_s : fileType));
    return path;
}

QString OutputSaver::targetPath(const AudioTask& task, const QString& path)
{
    return targetPath(
        task.taskId, task.audioOutputs.isEmpty() ? QString() : task.audioOutputs.first().fileType, path);
}

ApiError OutputSaver::copyOut(const QString& source, const QString& target, qint64* bytes)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return ApiError::invalidRequest(tr("cannot read %1: %2").arg(source, in.errorString()));
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return ApiError::invalidRequest(
            tr("cannot create the folder %1").arg(QFileInfo(target).absolutePath()));
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return ApiError::invalidRequest(tr("cannot write %1: %2").arg(target, out.errorString()));
    qint64 copied = 0;
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError)
            return ApiError::invalidRequest(tr("cannot read %1: %2").arg(source, in.errorString()));
        if (out.write(chunk) != chunk.size())
            return ApiError::invalidRequest(tr("cannot write %1: %2").arg(target, out.errorString()));
        copied += chunk.size();
    }
    if (!out.commit())
        return ApiError::invalidRequest(tr("cannot write %1: %2").arg(target, out.errorString()));
    if (bytes)
        *bytes = copied;
    return {};
}

void OutputSaver::download(const AudioTask& task, const QString& path, Callback callback)
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
    const qint64 maxBytes = output.maxPlausibleBytes(DownloadJob::kDefaultCap);
    // The client's own SubAppId, as for every other call of this command.
    const OutputLocator::Wanted wanted { task.taskId, output.fileId, output.fileUrl, output.storageMode, {} };
    m_locator->locate(
        wanted, this, [this, target, maxBytes, callback](const QUrl& url, const ApiError& error) {
            if (error.isError()) {
                callback(error, {}, 0);
                return;
            }
            fetch(url, target, maxBytes, callback);
        });
}

void OutputSaver::fetch(const QUrl& url, const QString& target, qint64 maxBytes, const Callback& callback)
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
