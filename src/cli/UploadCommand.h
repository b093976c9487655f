#pragma once

#include "cli/ServiceCommand.h"

class UploadQueue;

// aigc-audio upload PATH: ApplyUpload, object storage, CommitUpload; prints the FileId. Running it
// again after an interruption resumes the upload.
class UploadCommand : public ServiceCommand
{
    Q_OBJECT

public:
    // The options upload and create share, parsed: --part-size, --no-resume (and --state-db, which
    // ServiceCommand reads).
    struct Options
    {
        qint64 partSize = 0; // 0: the uploader's default
        bool resume = true;

        void applyTo(UploadQueue* queue) const;
    };

    using ServiceCommand::ServiceCommand;
    ~UploadCommand() override;

    QString name() const override { return QStringLiteral("upload"); }
    QString summary() const override;
    QString positionalSyntax() const override { return QStringLiteral("PATH"); }
    void addOptions(QCommandLineParser& parser) override;
    void run(const QCommandLineParser& parser) override;

    static void addUploadOptions(QCommandLineParser& parser);
    static Options uploadOptions(const QCommandLineParser& parser, ValidationIssues& issues);

private:
    void upload();

    QString m_path;
    QString m_mediaName;
    qint64 m_classId = 0;
    bool m_json = false;
    Options m_options;
};
