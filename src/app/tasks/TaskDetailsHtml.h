#pragma once

#include <QCoreApplication>
#include <QString>

class TaskRecord;

// The details pane's text for one task: what was asked, where it stands, what came back and, for a
// failed task, what the failure means and what to do next. Every value is HTML-escaped.
class TaskDetailsHtml
{
    Q_DECLARE_TR_FUNCTIONS(TaskDetailsHtml)

public:
    static QString build(const TaskRecord& rec);
    static QString empty();
};
