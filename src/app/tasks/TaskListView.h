#pragma once

#include <QObject>
#include <QTimer>

class QTableView;

// The task list's layout: the prompt takes the room that is left and wraps to two lines, the short
// columns fit their contents, Finished and Error start hidden (the status and the details pane say
// both) so that the default layout needs no horizontal scroll bar at 1280×720; a right click on the
// header shows and hides columns. Column visibility, order, sorting and the status column's width are
// remembered (QSettings "taskList/header").
class TaskListView : public QObject
{
    Q_OBJECT

public:
    explicit TaskListView(QTableView* view);
    ~TaskListView() override;

    // Saves the header's state (done by itself after a change).
    void save() const;

private:
    void showHeaderMenu(const QPoint& pos);
    void updateRowHeight();

    QTableView* m_view;
    QTimer m_saveTimer;
};
