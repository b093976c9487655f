#include "cli/ListCommand.h"

#include "cli/CliEnvironment.h"
#include "cli/ClientOptions.h"
#include "cli/ExitCode.h"
#include "core/api/VodClient.h"
#include "core/api/VodJob.h"
#include "core/support/FieldParse.h"
#include "core/support/JsonFields.h"
#include "core/support/PrintableText.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

QString ListCommand::summary() const
{
    return tr("List AI audio tasks of the last 3 days (DescribeTasks; other task types are left out).");
}

void ListCommand::addOptions(QCommandLineParser& parser)
{
    ClientOptions::add(parser);
    parser.addOption({ u"status"_s, tr("Only WAITING, PROCESSING or FINISH tasks."), u"STATUS"_s });
    parser.addOption({ u"limit"_s, tr("At most N tasks (default 20, up to 1000)."), u"N"_s });
    parser.addOption({ u"created-after"_s, tr("Only tasks created after TIME (ISO 8601)."), u"TIME"_s });
    parser.addOption({ u"created-before"_s, tr("Only tasks created before TIME (ISO 8601)."), u"TIME"_s });
    parser.addOption({ u"sort"_s, tr("CreateTime (default) or FinishTime."), u"FIELD"_s });
    parser.addOption({ u"order"_s, tr("Desc (default, newest first) or Asc."), u"ORDER"_s });
    parser.addOption({ u"json"_s, tr("Print a JSON array.") });
}

void ListCommand::run(const QCommandLineParser& parser)
{
    ValidationIssues issues;
    m_json = parser.isSet(u"json"_s);
    m_request.status = parser.value(u"status"_s);
    m_request.sortField = parser.value(u"sort"_s);
    m_request.sortOrder = parser.value(u"order"_s);
    if (parser.isSet(u"limit"_s)) {
        const auto n = FieldParse::textInteger(parser.value(u"limit"_s), u"--limit"_s, issues);
        if (n && (*n < 1 || *n > 1000))
            issues.append({ u"--limit"_s, tr("must be from 1 to 1000 (got %1)").arg(*n) });
        else if (n)
            m_want = static_cast<int>(*n);
    }
    for (const auto& [option, target] : { std::pair { u"created-after"_s, &m_request.createTimeAfter },
             std::pair { u"created-before"_s, &m_request.createTimeBefore } }) {
        if (!parser.isSet(option))
            continue;
        *target = FieldParse::parseIso8601(parser.value(option));
        if (!target->isValid())
            issues.append({ u"--"_s + option,
                tr("must be an ISO 8601 time with a zone, e.g. 2026-11-23T08:00:00Z (got \"%1\")")
                    .arg(parser.value(option)) });
    }
    m_request.limit = std::min(m_want, DescribeTasksRequest::kMaxLimit);
    issues += m_request.validate();
    if (!issues.isEmpty()) {
        fail(ExitBadInput, issues.first().toString());
        return;
    }
    connectThen(parser, [this] { fetchPage(); });
}

void ListCommand::fetchPage()
{
    ++m_pages;
    VodJob* job = client()->describeTasks(m_request);
    connect(job, &VodJob::finished, this, [this](VodJob* j) {
        if (j->error().isError()) {
            fail(exitCodeFor(j->error()), j->error().toString());
            return;
        }
        const DescribeTasksResponse page = j->taskList();
        for (const TaskSummary& t : page.taskSet) {
            if (t.taskType == "AigcAudioTask"_L1 && m_tasks.size() < m_want)
                m_tasks.append(t);
        }
        // Follow the pages while more are wanted; a bound on pages guards against a token that never ends.
        if (!page.scrollToken.isEmpty() && m_tasks.size() < m_want && m_pages < 100) {
            m_request.scrollToken = page.scrollToken;
            fetchPage();
            return;
        }
        print();
    });
    job->start();
}

void ListCommand::print()
{
    if (m_json) {
        QJsonArray a;
        for (const TaskSummary& t : m_tasks)
            a.append(t.toJson());
        env()->out() << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
        done(ExitOk);
        return;
    }
    if (m_tasks.isEmpty()) {
        env()->err() << tr("No AI audio tasks in the last 3 days.") << u'\n';
        done(ExitOk);
        return;
    }
    auto time = [](const QDateTime& dt) { return dt.isValid() ? JsonFields::formatDateTime(dt) : u"-"_s; };
    env()->out() << u"%1  %2  %3  %4\n"_s.arg(tr("TASKID"), -60)
                        .arg(tr("STATUS"), -10)
                        .arg(tr("CREATED"), -20)
                        .arg(tr("FINISHED"));
    for (const TaskSummary& t : m_tasks)
        env()->out() << u"%1  %2  %3  %4\n"_s.arg(PrintableText::escape(t.taskId), -60)
                            .arg(PrintableText::escape(t.status), -10)
                            .arg(time(t.createTime), -20)
                            .arg(time(t.finishTime));
    done(ExitOk);
}
