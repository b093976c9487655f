#pragma once

#include "cli/ServiceCommand.h"
#include "cli/UploadCommand.h"
#include "core/model/AudioTask.h"
#include "core/model/AudioTaskRequest.h"

#include <QPair>

// `aigc-audio create`: one flag per request field; --wait polls to the end, --download saves the output.
class CreateCommand : public ServiceCommand
{
    Q_OBJECT

public:
    using ServiceCommand::ServiceCommand;
    ~CreateCommand() override;
    QString name() const override { return QStringLiteral("create"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) override;
    void run(const QCommandLineParser& parser) override;

    // Builds the request from the flags; type errors (--duration six) go into issues.
    static AudioTaskRequest requestFromOptions(const QCommandLineParser& parser, ValidationIssues& issues);
    // --poll-interval in milliseconds (0 = the adaptive schedule); a bad value goes into issues.
    static qint64 pollIntervalMs(const QCommandLineParser& parser, ValidationIssues& issues);
    // --wait-timeout in milliseconds (default 30 min); a bad value goes into issues.
    static qint64 waitTimeoutMs(const QCommandLineParser& parser, ValidationIssues& issues);
    static constexpr qint64 kDefaultWaitTimeoutMs = 30 * 60 * 1000;

    // A local reference file (--audio-file / --video-file): uploaded first, its FileId then goes
    // into the request at `field` ("AudioInfos[1]").
    struct LocalFile
    {
        QString path;
        bool video = false;
        qsizetype index = 0; // in AudioInfos or VideoInfos
        QString field;
    };
    // Adds the --audio-file / --video-file references (FileId placeholders) and checks the files.
    static QList<LocalFile> addLocalFiles(
        const QCommandLineParser& parser, AudioTaskRequest& request, ValidationIssues& issues);

private:
    void submit();
    void submitFailed(const ApiError& error);
    void afterCreate(const QString& taskId);
    void finishIfDone();
    void finishWith(int code, const QString& savedPath, qint64 bytes);

    AudioTaskRequest m_request;
    bool m_json = false;
    bool m_wait = false;
    QString m_downloadPath;
    qint64 m_pollIntervalMs = 0;
    qint64 m_waitTimeoutMs = kDefaultWaitTimeoutMs;
    QList<LocalFile> m_localFiles;
    QList<QPair<qint64, QString>> m_uploads; // upload id, path
    UploadCommand::Options m_uploadOptions;
    qint64 m_row = 0; // the history row of the submission
    QString m_taskId;
    AudioTask m_task;
    bool m_taskDone = false;
    bool m_saved = false;
    ApiError m_saveError;
};
