#pragma once

#include "emulator/storage/EmulatedTask.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

// The emulator's tasks, in creation order, in memory and, with a data directory, in
// <dataDir>/tasks.json (rewritten atomically after every change) so that they survive a restart.
class TaskStore
{
    Q_DECLARE_TR_FUNCTIONS(TaskStore)

public:
    explicit TaskStore(const QString& dataDir = {});

    // Reads tasks.json when there is a data directory; true when there is nothing to read.
    bool load(QString* error = nullptr);
    bool save(QString* error = nullptr) const;

    void add(const EmulatedTask& task);
    EmulatedTask* find(const QString& taskId);
    const EmulatedTask* find(const QString& taskId) const;
    const QList<EmulatedTask>& tasks() const { return m_tasks; }
    qsizetype size() const { return m_tasks.size(); }
    QString dataDir() const { return m_dataDir; }
    QString filePath() const;
    // Forgets tasks created before cutoffMs (past the query window); returns how many.
    int prune(qint64 cutoffMs);

private:
    void reindex();
    QString m_dataDir;
    QList<EmulatedTask> m_tasks;
    QHash<QString, qsizetype> m_index;
};
