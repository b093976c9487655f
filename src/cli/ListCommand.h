#pragma once

#include "cli/ServiceCommand.h"
#include "core/model/DescribeTasksRequest.h"
#include "core/model/TaskSummary.h"

// `aigc-audio list`: the service's AIGC audio tasks of the last 3 days (DescribeTasks, following
// ScrollToken pages, other task types filtered out).
class ListCommand : public ServiceCommand
{
    Q_OBJECT

public:
    using ServiceCommand::ServiceCommand;
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) override;
    void run(const QCommandLineParser& parser) override;

private:
    void fetchPage();
    void print();

    DescribeTasksRequest m_request;
    QList<TaskSummary> m_tasks;
    int m_want = 20;
    int m_pages = 0;
    bool m_json = false;
};
