#pragma once

#include "cli/CliCommand.h"
#include "cli/ClientOptions.h"
#include "core/model/AudioTaskRequest.h"

#include <QElapsedTimer>
#include <QHash>
#include <QQueue>
#include <memory>

class TaskPoller;
class VodClient;

// `aigc-audio batch FILE`: many tasks in one run. Each line of FILE is a prompt, or a JSON object of
// request fields; the create flags give the defaults. Everything is validated before anything is sent;
// creates share the client's rate limit, polls share one poller, downloads run a few at a time.
class BatchCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    ~BatchCommand() override;
    QString name() const override { return QStringLiteral("batch"); }
    QString summary() const override;
    QString positionalSyntax() const override { return QStringLiteral("FILE"); }
    void addOptions(QCommandLineParser& parser) override;
    void run(const QCommandLineParser& parser) override;

    // Parses FILE's text against the defaults; issues carry "line N: field".
    static QList<AudioTaskRequest> parseLines(const QString& text, const AudioTaskRequest& defaults,
        const QDateTime& now, ValidationIssues& issues);

private:
    struct Item
    {
        int line = 0;
        AudioTaskRequest request;
        QString taskId;
        QString outcome; // created, finished, failed, submit-failed, outcome-unknown, lost, download-failed
        QString detail;
        QString savedPath;
        qint64 bytes = 0;
    };
    void start(const ClientOptions::Result& resolved);
    void submit(int index);
    void onDone(int index, const QString& outcome, const QString& detail);
    void downloadNext();
    void finishIfComplete();
    void report(const Item& item);

    QList<Item> m_items;
    QHash<QString, int> m_byTaskId;
    QQueue<int> m_downloadQueue;
    std::unique_ptr<VodClient> m_client;
    TaskPoller* m_poller = nullptr;
    QString m_downloadDir;
    QElapsedTimer m_elapsed;
    qint64 m_pollIntervalMs = 0;
    int m_downloadsRunning = 0;
    int m_maxDownloads = 4;
    int m_pending = 0;
    qint64 m_downloadRequests = 0;
    bool m_wait = true;
    bool m_json = false;
};
