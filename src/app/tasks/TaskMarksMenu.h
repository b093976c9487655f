#pragma once

#include <QCoreApplication>
#include <QList>

class HistoryStore;
class QMenu;
class QWidget;

// The user's marks on the selected tasks, as a submenu of the task list's context menu: a rating
// (★0–5), favourite, and Edit Tags… (comma-separated, checked against TaskRecord's rule; a broken tag
// is named and nothing is changed). What the rows share is checked; a change applies to every row.
class TaskMarksMenu
{
    Q_DECLARE_TR_FUNCTIONS(TaskMarksMenu)

public:
    // Adds the marks to `menu` for `ids`; errors are shown in a message box over `parent`.
    static void addTo(QMenu* menu, HistoryStore* history, const QList<qint64>& ids, QWidget* parent);
    // "★★★☆☆" for 3; empty for 0.
    static QString stars(int rating);
};
