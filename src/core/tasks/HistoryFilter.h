#pragma once

#include "core/tasks/TaskRecord.h"

#include <QList>
#include <QString>

// What HistoryStore::list() and count() return: a text search, state/model/profile filters, paging
// and one sort column (ties broken by row id, in the same order).
struct HistoryFilter
{
    enum class SortColumn
    {
        Id,
        SubmittedAt,
        CreateTime,
        FinishTime,
        UpdatedAt,
        State,
        Model,
        Prompt,
        Profile,
        Duration,
        Progress,
    };

    QString text; // matches prompt, TaskId, model, error code and message (case-insensitive for ASCII)
    QList<TaskRecord::State> states; // empty = any
    QString model; // exact ModelName; empty = any
    QString profile; // exact profile name; empty = any
    bool includeRemoved = false; // soft-removed rows too
    bool onlyRemoved = false; // only soft-removed rows (the "trash"); implies includeRemoved
    int limit = -1; // < 0 = no limit
    int offset = 0;
    SortColumn sortColumn = SortColumn::SubmittedAt;
    Qt::SortOrder sortOrder = Qt::DescendingOrder;
};
