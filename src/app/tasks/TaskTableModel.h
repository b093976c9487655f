#pragma once

#include "core/tasks/HistoryFilter.h"
#include "core/tasks/TaskRecord.h"
#include "core/tasks/TaskVariations.h"

#include <QAbstractTableModel>
#include <QPointer>

class HistoryStore;

// The task list over the history database: one row per submission, sorted and filtered by the
// database (so 10,000 rows stay cheap). Rows follow the store's change signals.
class TaskTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PromptColumn,
        ModelColumn,
        SceneColumn,
        StatusColumn,
        CreatedColumn,
        FinishedColumn,
        DurationColumn,
        ErrorColumn,
        ColumnCount
    };
    enum Role
    {
        RecordIdRole = Qt::UserRole + 1,
        ProgressRole,
        StateRole
    };

    explicit TaskTableModel(HistoryStore* history, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Rows come from the database a page at a time, as the view scrolls.
    bool canFetchMore(const QModelIndex& parent = {}) const override;
    void fetchMore(const QModelIndex& parent = {}) override;
    static constexpr int kPageSize = 500;

    void setFilter(const HistoryFilter& filter);
    const HistoryFilter& filter() const { return m_filter; }
    void reload();
    std::optional<TaskRecord> recordAt(int row) const;
    int rowOf(qint64 id) const;

private:
    void onChanged(qint64 id);
    QString statusText(const TaskRecord& r) const;

    QPointer<HistoryStore> m_history;
    HistoryFilter m_filter;
    QList<TaskRecord> m_rows;
    QHash<qint64, TaskVariations::Take> m_takes; // #1…#N of the loaded rows
    bool m_hasMore = false;
};
