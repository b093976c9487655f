#pragma once

#include "cli/CliCommand.h"
#include "cli/ClientOptions.h"
#include "cli/UploadCommand.h"
#include "core/model/AudioTaskRequest.h"

#include <memory>

class UploadRunner;
class VodClient;

// `aigc-audio create`: one flag per request field; --wait polls to the end, --download saves the output.
class CreateCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    ~CreateCommand() override;
    QString name() const override { return QStringLiteral("create"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) override;
    void run(const QCommandLineParser& parser) override;

    // Builds the request from the flags; type errors (--duration six) go into issues.
    static AudioTaskRequest requestFromOptions(const QCommandLineParser& parser, ValidationIssues& issues);
    // --poll-interval in milliseconds (0 = the adaptive schedule); a bad value goes into issues.
    static qint64 pollIntervalMs(const QCommandLineParser& parser, ValidationIssues& issues);

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
    void submit(const ClientOptions::Result& resolved);
    void create();
    void afterCreate(const QString& taskId, const QString& requestId);

    AudioTaskRequest m_request;
    bool m_json = false;
    bool m_wait = false;
    QString m_downloadPath;
    qint64 m_pollIntervalMs = 0;
    QList<LocalFile> m_localFiles;
    UploadCommand::Options m_uploadOptions;
    std::unique_ptr<VodClient> m_client;
};
