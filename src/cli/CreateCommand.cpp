#include "cli/CreateCommand.h"

#include "cli/CliEnvironment.h"
#include "cli/ExitCode.h"
#include "cli/OutputSaver.h"
#include "cli/TaskWatch.h"
#include "cli/UploadWatch.h"
#include "core/audio/ExportFormat.h"
#include "core/model/MediaFileTypes.h"
#include "core/support/Clock.h"
#include "core/support/FieldParse.h"
#include "core/support/PrintableText.h"
#include "core/tasks/ExportSources.h"
#include "core/tasks/HistoryStore.h"
#include "core/tasks/OutputLibrary.h"
#include "core/tasks/TaskService.h"
#include "core/uploads/UploadQueue.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

CreateCommand::~CreateCommand() = default;

QString CreateCommand::summary() const
{
    return tr(
        "Create an AI audio task (CreateAigcAudioTask) and print its TaskId.\n"
        "Example: aigc-audio create --model Kling --scene sfx --prompt \"rain on a tin roof\" --duration 6 "
        "--format wav --wait --download rain.wav");
}

void CreateCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption(
        { u"prompt"_s, tr("What the audio should sound like (at most 1000 characters)."), u"TEXT"_s });
    parser.addOption(
        { u"model"_s, tr("ModelName: Kling (sound effects), MiniMaxMusic or GL (music)."), u"NAME"_s });
    parser.addOption(
        { u"model-version"_s, tr("ModelVersion, e.g. 2.6 for MiniMaxMusic, 3.0-pro for GL."), u"V"_s });
    parser.addOption({ u"scene"_s, tr("SceneType: sfx or music."), u"SCENE"_s });
    parser.addOption({ u"video-url"_s, tr("A reference video by public URL (repeatable)."), u"URL"_s });
    parser.addOption({ u"video-file-id"_s, tr("A reference video by VOD FileId (repeatable)."), u"ID"_s });
    parser.addOption({ u"audio-url"_s, tr("A reference audio by public URL (repeatable)."), u"URL"_s });
    parser.addOption({ u"audio-file-id"_s, tr("A reference audio by VOD FileId (repeatable)."), u"ID"_s });
    parser.addOption({ u"video-file"_s,
        tr("A local reference video, uploaded to VOD first (repeatable; mp4, mov, ...)."), u"PATH"_s });
    parser.addOption({ u"audio-file"_s,
        tr("A local reference audio, uploaded to VOD first (repeatable; mp3, wav, m4a, flac, ...)."),
        u"PATH"_s });
    parser.addOption({ u"storage-mode"_s,
        tr("OutputConfig.StorageMode: Temporary (URL valid 7 days) or Permanent."), u"MODE"_s });
    parser.addOption({ u"media-name"_s, tr("OutputConfig.MediaName (at most 64 characters)."), u"NAME"_s });
    parser.addOption({ u"class-id"_s, tr("OutputConfig.ClassId (integer, default 0)."), u"N"_s });
    parser.addOption({ u"expire-time"_s,
        tr("OutputConfig.ExpireTime, ISO 8601, e.g. 2026-12-31T23:59:59+08:00."), u"TIME"_s });
    parser.addOption(
        { u"duration"_s, tr("OutputConfig.Duration in seconds, an integer from 0 to 60."), u"SECONDS"_s });
    parser.addOption({ u"format"_s, tr("OutputConfig.OutputAudioFormat: mp3 or wav."), u"FORMAT"_s });
    parser.addOption({ u"additional-parameters"_s,
        tr("AdditionalParameters: a JSON object, e.g. '{\"lyrics\":\"...\"}' or '{\"bgm_prompt\":\"...\"}'."),
        u"JSON"_s });
    ClientOptions::add(parser);
    UploadCommand::addUploadOptions(parser);
    parser.addOption({ u"wait"_s, tr("Poll until the task is done (a progress line on a terminal).") });
    parser.addOption({ u"download"_s,
        tr("Save the first output to PATH (a folder gets TASKID.FORMAT); implies --wait."), u"PATH"_s });
    parser.addOption(
        { u"poll-interval"_s, tr("Poll every SECONDS instead of the adaptive schedule."), u"SECONDS"_s });
    parser.addOption({ u"wait-timeout"_s,
        tr("Give up waiting after SECONDS (default 1800); the task goes on at the service."), u"SECONDS"_s });
    parser.addOption({ u"json"_s, tr("Print JSON instead of plain text.") });
    parser.addOption({ u"dry-run"_s, tr("Validate and print the request body; send nothing.") });
}

AudioTaskRequest CreateCommand::requestFromOptions(const QCommandLineParser& p, ValidationIssues& issues)
{
    AudioTaskRequest r;
    r.prompt = p.value(u"prompt"_s);
    r.modelName = p.value(u"model"_s);
    r.modelVersion = p.value(u"model-version"_s);
    r.sceneType = p.value(u"scene"_s);
    for (const QString& v : p.values(u"video-url"_s))
        r.videoInfos.append(MediaReference::byUrl(v));
    for (const QString& v : p.values(u"video-file-id"_s))
        r.videoInfos.append(MediaReference::byFileId(v));
    for (const QString& v : p.values(u"audio-url"_s))
        r.audioInfos.append(MediaReference::byUrl(v));
    for (const QString& v : p.values(u"audio-file-id"_s))
        r.audioInfos.append(MediaReference::byFileId(v));
    OutputConfig& o = r.outputConfig;
    o.storageMode = p.value(u"storage-mode"_s);
    o.mediaName = p.value(u"media-name"_s);
    if (p.isSet(u"class-id"_s))
        o.classId
            = FieldParse::textInteger(p.value(u"class-id"_s), u"OutputConfig.ClassId (--class-id)"_s, issues);
    o.expireTime = p.value(u"expire-time"_s);
    if (p.isSet(u"duration"_s))
        o.duration = FieldParse::textInteger(
            p.value(u"duration"_s), u"OutputConfig.Duration (--duration)"_s, issues);
    o.outputAudioFormat = p.value(u"format"_s);
    r.additionalParameters = p.value(u"additional-parameters"_s);
    if (p.isSet(u"sub-app-id"_s))
        r.subAppId = FieldParse::textUnsigned(p.value(u"sub-app-id"_s), u"SubAppId (--sub-app-id)"_s, issues);
    return r;
}

QList<CreateCommand::LocalFile> CreateCommand::addLocalFiles(
    const QCommandLineParser& parser, AudioTaskRequest& request, ValidationIssues& issues)
{
    QList<LocalFile> files;
    const auto add = [&](const QString& option, bool video) {
        for (const QString& path : parser.values(option)) {
            QList<MediaReference>& list = video ? request.videoInfos : request.audioInfos;
            LocalFile f;
            f.path = path;
            f.video = video;
            f.index = list.size();
            f.field = (video ? u"VideoInfos[%1] (--video-file)"_s : u"AudioInfos[%1] (--audio-file)"_s)
                          .arg(f.index);
            issues += MediaFileTypes::check(
                path, video ? MediaFileTypes::Kind::Video : MediaFileTypes::Kind::Audio, f.field);
            // A placeholder until the upload gives the FileId.
            list.append(MediaReference::byFileId(u"pending-upload-"_s + QString::number(files.size() + 1)));
            files.append(f);
        }
    };
    add(u"video-file"_s, true);
    add(u"audio-file"_s, false);
    return files;
}

qint64 CreateCommand::pollIntervalMs(const QCommandLineParser& parser, ValidationIssues& issues)
{
    if (!parser.isSet(u"poll-interval"_s))
        return 0;
    const auto s = FieldParse::textInteger(parser.value(u"poll-interval"_s), u"--poll-interval"_s, issues);
    if (s && (*s < 1 || *s > 600)) {
        issues.append({ u"--poll-interval"_s, tr("must be from 1 to 600 seconds (got %1)").arg(*s) });
        return 0;
    }
    return s ? *s * 1000 : 0;
}

qint64 CreateCommand::waitTimeoutMs(const QCommandLineParser& parser, ValidationIssues& issues)
{
    if (!parser.isSet(u"wait-timeout"_s))
        return kDefaultWaitTimeoutMs;
    const auto s = FieldParse::textInteger(parser.value(u"wait-timeout"_s), u"--wait-timeout"_s, issues);
    if (s && (*s < 1 || *s > 7 * 24 * 3600)) {
        issues.append({ u"--wait-timeout"_s, tr("must be from 1 to 604800 seconds (got %1)").arg(*s) });
        return kDefaultWaitTimeoutMs;
    }
    return s ? *s * 1000 : kDefaultWaitTimeoutMs;
}

void CreateCommand::run(const QCommandLineParser& parser)
{
    if (!parser.positionalArguments().isEmpty()) {
        fail(ExitBadInput,
            tr("unexpected argument \"%1\" (did you mean --prompt \"%1\"?)")
                .arg(parser.positionalArguments().first()));
        return;
    }
    ValidationIssues issues;
    m_request = requestFromOptions(parser, issues);
    m_localFiles = addLocalFiles(parser, m_request, issues);
    m_uploadOptions = UploadCommand::uploadOptions(parser, issues);
    issues += m_request.validate(env()->clock()->nowUtc());
    m_json = parser.isSet(u"json"_s);
    m_downloadPath = parser.value(u"download"_s);
    m_wait = parser.isSet(u"wait"_s) || !m_downloadPath.isEmpty();
    m_pollIntervalMs = pollIntervalMs(parser, issues);
    m_waitTimeoutMs = waitTimeoutMs(parser, issues);
    // The saved file will be in the format its name says: a name in none is refused before sending.
    if (const QString suffix = QFileInfo(m_downloadPath).suffix(); !m_downloadPath.endsWith(u'/')
        && !QFileInfo(m_downloadPath).isDir() && !suffix.isEmpty() && !ExportFormat::fromPath(m_downloadPath))
        issues.append({ u"--download"_s,
            tr(".%1 is not an audio format this tool writes (%2)")
                .arg(suffix, ExportFormat::extensionList()) });
    if (!issues.isEmpty()) {
        failWithIssues(issues);
        return;
    }
    if (parser.isSet(u"dry-run"_s)) {
        env()->out() << QString::fromUtf8(QJsonDocument(m_request.toJson()).toJson(QJsonDocument::Indented));
        for (const LocalFile& f : std::as_const(m_localFiles))
            env()->err() << tr("%1: the FileId of %2 once it is uploaded").arg(f.field, f.path) << u'\n';
        done(ExitOk);
        return;
    }
    connectThen(parser, [this] { submit(); });
}

void CreateCommand::submit()
{
    if (!openServices())
        return;
    m_uploadOptions.applyTo(uploads());
    TaskWatch::setPollInterval(tasks()->poller(), m_pollIntervalMs);
    // The local reference files go through the upload queue; the task waits for them in the history
    // and is sent once each has its FileId (nothing is sent when one fails).
    PendingUploads pending;
    QList<UploadWatch::Item> items;
    for (const LocalFile& f : std::as_const(m_localFiles)) {
        UploadRequest upload;
        upload.filePath = f.path;
        const qint64 id = uploads()->add(upload, m_uploadOptions.resume);
        pending.append(
            { f.video ? u"VideoInfos"_s : u"AudioInfos"_s, int(f.index), id, QFileInfo(f.path).fileName() });
        items.append({ id, f.field });
        m_uploads.append({ id, f.path });
    }
    if (!items.isEmpty()) {
        auto* watch = new UploadWatch(env(), uploads(), this);
        watch->setQuiet(m_json);
        watch->watch(items);
    }
    connect(tasks(), &TaskService::submitted, this, [this](qint64 id, const QString& taskId) {
        if (id == m_row)
            afterCreate(taskId);
    });
    connect(tasks(), &TaskService::submitFailed, this, [this](qint64 id, const ApiError& e) {
        if (id == m_row)
            submitFailed(e);
    });
    connect(library(), &OutputLibrary::downloadFinished, this, [this](qint64 id, const ApiError& e) {
        if (id != m_row)
            return;
        m_saved = true;
        m_saveError = e;
        finishIfDone();
    });
    const QList<qint64> rows = tasks()->submit(m_request, 1, pending);
    if (rows.isEmpty()) {
        fail(ExitFailure, tr("the history database refused the task: %1").arg(history()->lastError()));
        return;
    }
    m_row = rows.first();
    // An upload that could not even start fails the submission at once, before m_row was known.
    if (const auto rec = history()->record(m_row); rec && rec->state == TaskRecord::State::SubmitFailed)
        submitFailed(ApiError::invalidRequest(rec->errorMessage));
}

void CreateCommand::submitFailed(const ApiError& e)
{
    // A reference that could not be uploaded: say which, with the upload's own error.
    for (const auto& [id, path] : std::as_const(m_uploads)) {
        const auto entry = uploads()->entry(id);
        if (!entry || !entry->isFailed())
            continue;
        const ApiError cause
            = entry->failure.isError() ? entry->failure : ApiError::invalidRequest(entry->error);
        const QString advice = cause.advice();
        fail(exitCodeFor(cause),
            tr("uploading %1 failed, so no task was created: %2").arg(path, cause.toString())
                + (advice.isEmpty() ? QString() : u"\n"_s + advice));
        return;
    }
    const QString advice = e.advice();
    fail(exitCodeFor(e), e.toString() + (advice.isEmpty() ? QString() : u"\n"_s + advice));
}

void CreateCommand::afterCreate(const QString& taskId)
{
    m_taskId = taskId;
    if (!m_wait) {
        if (m_json) {
            QJsonObject o;
            o.insert("TaskId"_L1, taskId);
            o.insert("RequestId"_L1, history()->record(m_row).value_or(TaskRecord {}).requestId);
            env()->out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << u'\n';
        } else {
            env()->out() << PrintableText::escape(taskId) << u'\n';
        }
        done(ExitOk);
        return;
    }
    if (!m_json)
        env()->err() << tr("Created %1; waiting for it to finish...").arg(PrintableText::escape(taskId))
                     << u'\n';
    // A stuck task does not keep the command forever; it goes on at the service.
    env()->clock()->callAfter(m_waitTimeoutMs, this, [this, taskId] {
        if (!isDone())
            fail(ExitNetwork,
                tr("gave up waiting for %1 after %2 s (--wait-timeout); the task goes on at the service: "
                   "\"aigc-audio status %1\" tells how it ends")
                    .arg(taskId)
                    .arg(m_waitTimeoutMs / 1000));
    });
    auto* watch = new TaskWatch(env(), tasks()->poller(), this);
    watch->wait(taskId, [this, taskId](const AudioTask& task, const ApiError& error) {
        if (error.isError()) {
            fail(exitCodeFor(error),
                tr("lost track of %1: %2").arg(PrintableText::escape(taskId), error.toString()));
            return;
        }
        m_task = task;
        m_taskDone = true;
        if (task.isFailed()) {
            const TaskFailure f = task.failure();
            env()->err()
                << tr("aigc-audio create: task %1 failed: %2")
                       .arg(PrintableText::escape(task.taskId), task.failureText())
                << u'\n'
                << tr("  %1 %2 (%3)").arg(f.explanation, f.action, TaskFailure::remedyLabel(f.remedy))
                << u'\n';
            finishWith(ExitTaskFailed, {}, 0);
            return;
        }
        finishIfDone();
    });
}

void CreateCommand::finishIfDone()
{
    // Both the task's end and its output in the library: the library keeps every sound the CLI
    // makes, and --download copies it where the user asked.
    if (!m_taskDone || !m_saved || isDone())
        return;
    if (m_saveError.isError()) {
        env()->err() << tr("aigc-audio create: could not save the output: %1").arg(m_saveError.toString())
                     << u'\n';
        finishWith(
            m_saveError.kind() == ApiError::Kind::InvalidRequest ? ExitTaskFailed : exitCodeFor(m_saveError),
            {}, 0);
        return;
    }
    if (m_downloadPath.isEmpty()) {
        finishWith(ExitOk, {}, 0);
        return;
    }
    const TaskRecord record = history()->record(m_row).value_or(TaskRecord {});
    QString why;
    const QString target = OutputSaver::targetPath(m_task, m_downloadPath, &why);
    if (target.isEmpty()) {
        env()->err() << tr("aigc-audio create: could not save the output: %1").arg(why) << u'\n';
        finishWith(ExitNetwork, {}, 0);
        return;
    }
    qint64 bytes = 0;
    const ApiError e
        = OutputSaver::deliver(ExportSources::fromRecord(record, history()), record.fileType, target, &bytes);
    if (e.isError()) {
        env()->err() << tr("aigc-audio create: could not save the output: %1").arg(e.toString()) << u'\n';
        finishWith(ExitTaskFailed, {}, 0);
        return;
    }
    if (!m_json)
        env()->err() << tr("Saved %1 (%2 bytes)").arg(target).arg(bytes) << u'\n';
    finishWith(ExitOk, target, bytes);
}

void CreateCommand::finishWith(int code, const QString& savedPath, qint64 bytes)
{
    if (m_json) {
        QJsonObject o = m_task.raw;
        if (!savedPath.isEmpty()) {
            o.insert("SavedPath"_L1, savedPath);
            o.insert("SavedBytes"_L1, bytes);
        }
        env()->out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << u'\n';
    } else {
        env()->out() << PrintableText::escape(m_task.taskId) << u'\n';
        if (m_task.isSuccess() && savedPath.isEmpty())
            env()->out() << PrintableText::escape(m_task.audioOutputs.first().fileUrl) << u'\n';
    }
    done(code);
}
