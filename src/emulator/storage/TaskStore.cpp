#include "emulator/storage/TaskStore.h"

#include "emulator/storage/JsonFile.h"

#include <QDir>
#include <QJsonArray>

using namespace Qt::StringLiterals;

TaskStore::TaskStore(const QString& dataDir)
    : m_dataDir(dataDir)
{
}

QString TaskStore::filePath() const
{
    return m_dataDir.isEmpty() ? QString() : QDir(m_dataDir).filePath(u"tasks.json"_s);
}

bool TaskStore::load(QString* error)
{
    if (m_dataDir.isEmpty())
        return true;
    const std::optional<QJsonObject> root = JsonFile::read(filePath(), error);
    if (!root)
        return false;
    m_tasks.clear();
    for (const QJsonValue v : root->value("Tasks"_L1).toArray()) {
        if (v.isObject()) {
            EmulatedTask t = EmulatedTask::fromJson(v.toObject());
            if (!t.taskId.isEmpty())
                m_tasks.append(t);
        }
    }
    reindex();
    return true;
}

bool TaskStore::save(QString* error) const
{
    if (m_dataDir.isEmpty())
        return true;
    QJsonArray list;
    for (const EmulatedTask& t : m_tasks)
        list.append(t.toJson());
    QJsonObject root;
    root.insert("Format"_L1, 1);
    root.insert("Tasks"_L1, list);
    return JsonFile::write(filePath(), root, error);
}

void TaskStore::add(const EmulatedTask& task)
{
    m_index.insert(task.taskId, m_tasks.size());
    m_tasks.append(task);
}

EmulatedTask* TaskStore::find(const QString& taskId)
{
    const auto it = m_index.constFind(taskId);
    return it == m_index.cend() ? nullptr : &m_tasks[it.value()];
}

const EmulatedTask* TaskStore::find(const QString& taskId) const
{
    const auto it = m_index.constFind(taskId);
    return it == m_index.cend() ? nullptr : &m_tasks.at(it.value());
}

int TaskStore::prune(qint64 cutoffMs)
{
    const qsizetype before = m_tasks.size();
    m_tasks.removeIf([cutoffMs](const EmulatedTask& t) { return t.createMs < cutoffMs; });
    if (m_tasks.size() != before)
        reindex();
    return static_cast<int>(before - m_tasks.size());
}

void TaskStore::reindex()
{
    m_index.clear();
    for (qsizetype i = 0; i < m_tasks.size(); ++i)
        m_index.insert(m_tasks.at(i).taskId, i);
}
