#include "cli/OutputSaver.h"

#include "cli/CliEnvironment.h"
#include "core/audio/AudioExporter.h"
#include "core/support/SafeFileName.h"
#include "core/tasks/DownloadJob.h"
#include "core/tasks/OutputLocator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {
// A TaskId is "<SubAppId>-AigcAudioTask-<32 hex>t", under 60 characters.
constexpr int kMaxTaskIdLength = 100;
} // namespace

OutputSaver::OutputSaver(CliEnvironment* env, OutputLocator* locator, QObject* parent)
    : QObject(parent)
    , m_env(env)
    , m_locator(locator)
{
}

QString OutputSaver::targetPath(
    const QString& taskId, const QString& fileType, const QString& path, QString* error)
{
    const QFileInfo info(path);
    if (path.endsWith(u'/') || info.isDir()) {
        // Both parts of the name come from the service: cleaned, and kept inside the folder.
        const QString name = SafeFileName::clean(taskId, kMaxTaskIdLength, u"audio"_s) + u'.'
            + SafeFileName::extension(fileType);
        return SafeFileName::inside(path, name, error);
    }
    return path;
}

QString OutputSaver::targetPath(const AudioTask& task, const QString& path, QString* error)
{
    return targetPath(task.taskId,
        task.audioOutputs.isEmpty() ? QString() : task.audioOutputs.first().fileType, path, error);
}

ApiError OutputSaver::checkFormat(const QString& taskId, const QString& fileType, const QString& target)
{
    const auto have = ExportFormat::fromName(fileType);
    const QString suffix = QFileInfo(target).suffix();
    if (!have || suffix.isEmpty() || ExportFormat::fromPath(target))
        return {};
    return ApiError::invalidRequest(
        tr("cannot save the %1 output of task %2 as %3: .%4 is not an audio format this tool writes (%5)")
            .arg(ExportFormat::label(*have), taskId, target, suffix, ExportFormat::extensionList()));
}

ApiError OutputSaver::deliver(
    const ExportSource& source, const QString& fileType, const QString& target, qint64* bytes)
{
    // Already what the name says, or a name that names no format we write (no suffix, or one the
    // server's FileType gave: the user's own suffixes were checked before anything was sent): the
    // bytes as they are.
    const auto named = ExportFormat::fromPath(target);
    if (!named || named == ExportFormat::fromPath(source.path) || named == ExportFormat::fromName(fileType))
        return copyOut(source.path, target, bytes);
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return ApiError::invalidRequest(
            tr("cannot create the folder %1").arg(QFileInfo(target).absolutePath()));
    const ExportResult r = AudioExporter::saveAs(source, target, true);
    if (!r.ok())
        return ApiError::invalidRequest(r.error);
    if (bytes)
        *bytes = QFileInfo(target).size();
    return {};
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
    QString why;
    const QString target = targetPath(task, path, &why);
    if (target.isEmpty()) {
        callback(ApiError::invalidRequest(why), {}, 0);
        return;
    }
    if (const ApiError refused = checkFormat(task.taskId, output.fileType, target); refused.isError()) {
        callback(refused, {}, 0);
        return;
    }
    QString fetchTo = target;
    const qint64 maxBytes = output.maxPlausibleBytes(DownloadJob::kDefaultCap);
    const auto have = ExportFormat::fromName(output.fileType);
    const auto named = ExportFormat::fromPath(target);
    if (have && named && have != named) {
        // Fetched beside the target, then converted into it; the fetched file goes.
        ExportSource source;
        source.prompt = task.input.prompt;
        source.model = task.input.modelName;
        source.taskId = task.taskId;
        source.createdAt = task.createTime;
        source.requestJson = QJsonDocument(task.input.toJson()).toJson(QJsonDocument::Compact);
        source.path = target + u".download."_s + ExportFormat::extension(*have);
        callback = [callback, source, target](const ApiError& error, const QString&, qint64) {
            if (error.isError()) {
                callback(error, {}, 0);
                return;
            }
            qint64 bytes = 0;
            const ApiError e = deliver(source, {}, target, &bytes);
            QFile::remove(source.path);
            callback(e, e.isOk() ? target : QString(), bytes);
        };
        fetchTo = source.path;
    }
    // The client's own SubAppId, as for every other call of this command.
    const OutputLocator::Wanted where { task.taskId, output.fileId, output.fileUrl, output.storageMode, {} };
    m_locator->locate(
        where, this, [this, fetchTo, maxBytes, callback](const QUrl& url, const ApiError& error) {
            if (error.isError()) {
                callback(error, {}, 0);
                return;
            }
            fetch(url, fetchTo, maxBytes, callback);
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
