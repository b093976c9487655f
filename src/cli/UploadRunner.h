#pragma once

#include "core/api/ApiError.h"
#include "core/model/MediaFileTypes.h"
#include "core/uploads/MediaUploader.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <functional>
#include <memory>

class CliEnvironment;
class UploadStore;
class VodClient;

// Uploads local files one after the other for a CLI command (upload, create --audio-file), with a
// progress bar on a terminal and the state in the history database so that running the same command
// again after a crash or Ctrl+C resumes instead of starting over.
class UploadRunner : public QObject
{
    Q_OBJECT

public:
    struct Item
    {
        UploadRequest request;
        QString label; // "AudioInfos[0]" or the file name, for messages
    };
    struct Result
    {
        QString fileId;
        QString mediaUrl;
        qint64 bytes = 0;
        bool resumed = false;
    };
    // error is Ok when every file was uploaded; results in the order of the items.
    using Done = std::function<void(const ApiError& error, const QList<Result>& results)>;

    UploadRunner(CliEnvironment* env, VodClient* client, QObject* parent = nullptr);
    ~UploadRunner() override;

    // The history database the state goes to: --state-db, else <data dir>/history.sqlite.
    static QString defaultStatePath(CliEnvironment* env);
    void setStatePath(const QString& path) { m_statePath = path; }
    void setUploaderConfig(const MediaUploader::Config& config) { m_config = config; }
    void setResume(bool resume) { m_resume = resume; }
    void setQuiet(bool quiet) { m_quiet = quiet; }

    void run(const QList<Item>& items, Done done);

private:
    void next();
    void printProgress(const UploadProgress& p);
    void clearProgress();

    CliEnvironment* m_env;
    VodClient* m_client;
    QString m_statePath;
    MediaUploader::Config m_config;
    std::unique_ptr<UploadStore> m_store;
    QList<Item> m_items;
    QList<Result> m_results;
    Done m_done;
    MediaUploader* m_current = nullptr;
    qint64 m_lastPrintMs = 0;
    bool m_resume = true;
    bool m_quiet = false;
    bool m_progressShown = false;
};
