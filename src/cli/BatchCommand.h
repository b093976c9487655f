#pragma once

#include "cli/ServiceCommand.h"
#include "core/audio/NamingTemplate.h"
#include "core/model/AudioTask.h"
#include "core/model/AudioTaskRequest.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>

// `aigc-audio batch FILE`: many tasks in one run. Each line of FILE is a prompt, or a JSON object of
// request fields; the create flags give the defaults. Everything is validated before anything is sent;
// then every submission goes through the task service, as in the app: recorded in the history,
// created within the client's rate limit, polled by one poller, its output saved into the library (a
// few at a time) and, with --download-dir, copied there.
class BatchCommand : public ServiceCommand
{
    Q_OBJECT

public:
    using ServiceCommand::ServiceCommand;
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
        qint64 row = 0; // in the history
        QString taskId;
        AudioTask task;
        QString outcome; // created, finished, failed, submit-failed, outcome-unknown, lost, download-failed
        QString detail;
        QString savedPath;
        qint64 bytes = 0;
    };
    void start();
    // The library saved the output of item index (or could not).
    void saved(int index, const ApiError& error);
    void onDone(int index, const QString& outcome, const QString& detail);
    void finishIfComplete();
    void report(const Item& item);

    QList<Item> m_items;
    QHash<QString, int> m_byTaskId;
    QHash<qint64, int> m_byRow;
    QString m_downloadDir;
    NamingTemplate m_nameTemplate;
    QSet<QString> m_usedNames;
    QElapsedTimer m_elapsed;
    qint64 m_pollIntervalMs = 0;
    int m_maxDownloads = 4;
    int m_pending = 0;
    qint64 m_downloadRequests = 0;
    bool m_wait = true;
    bool m_json = false;
};
