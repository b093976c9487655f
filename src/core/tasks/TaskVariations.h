#pragma once

#include "core/tasks/TaskRecord.h"

#include <QHash>
#include <QList>

// Which rows are takes of one submission, numbered #1…#N: rows with the very same request body (the
// bytes sent) submitted within kWindowMs of each other, in the order they were created. A retry a
// minute later is a submission of its own. Only the rows given are looked at (the list's loaded page).
namespace TaskVariations {

struct Take
{
    int number = 0; // 1-based
    int of = 0; // takes in the submission, at least 2
};

constexpr qint64 kWindowMs = 10'000;

// Rows that are one of several takes; a row alone in its submission is absent.
QHash<qint64, Take> number(const QList<TaskRecord>& rows);

} // namespace TaskVariations
