#pragma once

#include "core/api/ApiError.h"
#include "core/uploads/UploadProgress.h"
#include "core/uploads/UploadQueue.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

class CliEnvironment;

// Shows the uploads a command started through UploadQueue (the driver the app uses too, its state in
// the history database so that running the same command again resumes): a progress bar on a
// terminal, the retries, and a line for each file done.
class UploadWatch : public QObject
{
    Q_OBJECT

public:
    struct Item
    {
        qint64 id = 0; // UploadQueue's
        QString label; // "AudioInfos[0] (--audio-file)" or the file's name, for messages
    };
    // error is Ok when every upload is done; entries in the order of the items.
    using Done = std::function<void(
        const ApiError& error, const QString& failedLabel, const QList<UploadQueue::Entry>& entries)>;

    UploadWatch(CliEnvironment* env, UploadQueue* queue, QObject* parent = nullptr);

    void setQuiet(bool quiet) { m_quiet = quiet; }
    // Follows these uploads; done is called once every one has ended (or at the first failure).
    void watch(const QList<Item>& items, Done done = {});

private:
    void onFinished(qint64 id, bool success);
    void printProgress();
    void clearProgress();
    int indexOf(qint64 id) const;

    CliEnvironment* m_env;
    QPointer<UploadQueue> m_queue;
    QList<Item> m_items;
    QList<bool> m_ended;
    Done m_done;
    qint64 m_lastPrintMs = 0;
    bool m_quiet = false;
    bool m_progressShown = false;
    bool m_reported = false;
};
