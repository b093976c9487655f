#pragma once

#include "core/tasks/TaskRecord.h"

#include <QList>
#include <QString>
#include <QStringList>

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
    int minRating = 0; // ★ at least this; 0 = any
    bool favouriteOnly = false;
    QStringList tags; // every one of these tags (normalised)
    bool includeRemoved = false; // soft-removed rows too
    bool onlyRemoved = false; // only soft-removed rows (the "trash"); implies includeRemoved
    int limit = -1; // < 0 = no limit
    int offset = 0;
    SortColumn sortColumn = SortColumn::SubmittedAt;
    Qt::SortOrder sortOrder = Qt::DescendingOrder;

    // The search box's words: "tag:rain" (a tag), "rating>=4" (also rating:4, rating>3, ★4), "fav"
    // (favourites) set the fields above; the other words are the text. The same syntax in the app's
    // search box and in `aigc-audio history --search`.
    void applySearch(const QString& search);
};
