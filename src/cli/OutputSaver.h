#pragma once

#include "core/api/ApiError.h"
#include "core/model/AudioTask.h"

#include <QObject>
#include <functional>

class CliEnvironment;
class VodClient;

// Saves the first output of a finished task to a path (a folder gets "<TaskId>.<type>"), with a
// progress line on a terminal. A path whose extension names another format than the output's
// (rain.wav for an MP3 output) gets the output converted to that format (AudioExporter::saveAs); an
// extension that names no audio format is refused. Resumes a .part left by an interrupted run. A Permanent
// output without a FileUrl is looked up by its FileId (DescribeMediaInfos) and downloaded from its MediaUrl.
class OutputSaver : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ApiError& error, const QString& savedPath, qint64 bytes)>;

    OutputSaver(CliEnvironment* env, VodClient* client, QObject* parent = nullptr);
    void save(const AudioTask& task, const QString& path, Callback callback);
    static QString targetPath(const AudioTask& task, const QString& path);

private:
    void save(const AudioTask& task, const AudioOutput& output, const QString& target, Callback callback);
    void download(const QUrl& url, const QString& target, const Callback& callback);

    CliEnvironment* m_env;
    VodClient* m_client;
};
