#include "cli/BatchCommand.h"

#include "cli/CliEnvironment.h"
#include "cli/CreateCommand.h"
#include "cli/ExitCode.h"
#include "cli/OutputSaver.h"
#include "cli/TaskWatch.h"
#include "core/api/VodClient.h"
#include "core/audio/NamingTemplate.h"
#include "core/support/FieldParse.h"
#include "core/support/PrintableText.h"
#include "core/support/SafeFileName.h"
#include "core/tasks/ExportSources.h"
#include "core/tasks/HistoryStore.h"
#include "core/tasks/OutputLibrary.h"
#include "core/tasks/TaskPoller.h"
#include "core/tasks/TaskService.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

using namespace Qt::StringLiterals;

BatchCommand::~BatchCommand() = default;

QString BatchCommand::summary() const
{
    return tr(
        "Create many tasks from FILE (one prompt or JSON request per line; - reads standard input), wait for "
        "them and save their outputs.\n"
        "Example: aigc-audio batch prompts.txt --model Kling --scene sfx --duration 6 --download-dir "
        "./sounds");
}

void BatchCommand::addOptions(QCommandLineParser& parser)
{
    CreateCommand scratch(env());
    scratch.addOptions(parser); // every create flag is a default for the lines
    parser.addOption({ u"download-dir"_s,
        tr("Also save every output into DIR, named by --name (the library keeps each in any case)."),
        u"DIR"_s });
    parser.addOption({ u"name"_s,
        tr("File names in --download-dir, from the tokens {prompt} {date} {model} {variation} {taskid} "
           "{rating} (default %1); the extension follows the format.")
            .arg(NamingTemplate::defaultTemplate()),
        u"TEMPLATE"_s });
    parser.addOption({ u"no-wait"_s, tr("Only create the tasks; print their TaskIds.") });
    parser.addOption({ u"parallel-downloads"_s, tr("Downloads at once (default 4)."), u"N"_s });
    parser.addPositionalArgument(
        u"FILE"_s, tr("One prompt, or one JSON object of request fields, per line; # comments."));
}

QList<AudioTaskRequest> BatchCommand::parseLines(
    const QString& text, const AudioTaskRequest& defaults, const QDateTime& now, ValidationIssues& issues)
{
    QList<AudioTaskRequest> out;
    const QJsonObject base = defaults.toJson();
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QString where = u"line %1: "_s.arg(i + 1);
        QJsonObject merged = base;
        if (line.startsWith(u'{')) {
            QJsonParseError err;
            const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &err);
            if (!doc.isObject()) {
                issues.append({ where + u"JSON"_s, tr("is not a JSON object: %1").arg(err.errorString()) });
                continue;
            }
            const QJsonObject o = doc.object();
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (it.key() == "OutputConfig"_L1 && it.value().isObject()
                    && merged.value(it.key()).isObject()) {
                    QJsonObject oc = merged.value(it.key()).toObject();
                    const QJsonObject over = it.value().toObject();
                    for (auto j = over.begin(); j != over.end(); ++j)
                        oc.insert(j.key(), j.value());
                    merged.insert(it.key(), oc);
                } else {
                    merged.insert(it.key(), it.value());
                }
            }
        } else {
            merged.insert("Prompt"_L1, line);
        }
        ValidationIssues lineIssues;
        AudioTaskRequest r = AudioTaskRequest::fromJson(merged, &lineIssues);
        lineIssues += r.validate(now);
        for (const ValidationIssue& issue : lineIssues)
            issues.append({ where + issue.field, issue.message });
        out.append(r);
    }
    return out;
}

void BatchCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        fail(ExitBadInput, tr("expects one FILE (got %1 arguments)").arg(args.size()));
        return;
    }
    QFile f;
    const bool opened = args.first() == "-"_L1 ? f.open(stdin, QIODevice::ReadOnly)
                                               : (f.setFileName(args.first()), f.open(QIODevice::ReadOnly));
    if (!opened) {
        fail(ExitBadInput, tr("cannot read %1: %2").arg(args.first(), f.errorString()));
        return;
    }
    ValidationIssues issues;
    const AudioTaskRequest defaults = CreateCommand::requestFromOptions(parser, issues);
    m_json = parser.isSet(u"json"_s);
    m_wait = !parser.isSet(u"no-wait"_s);
    m_downloadDir = parser.value(u"download-dir"_s);
    if (parser.isSet(u"name"_s)) {
        m_nameTemplate = NamingTemplate(parser.value(u"name"_s));
        issues += m_nameTemplate.issues(u"--name"_s);
        if (m_nameTemplate.uses(u"catid"_s))
            issues.append(
                { u"--name"_s, tr("{catid} needs a UCS category, which batch does not take; use export") });
    }
    m_pollIntervalMs = CreateCommand::pollIntervalMs(parser, issues);
    if (parser.isSet(u"parallel-downloads"_s)) {
        const auto n = FieldParse::textInteger(
            parser.value(u"parallel-downloads"_s), u"--parallel-downloads"_s, issues);
        if (n && (*n < 1 || *n > 16))
            issues.append({ u"--parallel-downloads"_s, tr("must be from 1 to 16 (got %1)").arg(*n) });
        else if (n)
            m_maxDownloads = static_cast<int>(*n);
    }
    const QList<AudioTaskRequest> requests
        = parseLines(QString::fromUtf8(f.readAll()), defaults, env()->clock()->nowUtc(), issues);
    if (requests.isEmpty() && issues.isEmpty())
        issues.append({ args.first(), tr("holds no prompt") });
    if (!issues.isEmpty()) {
        failWithIssues(issues);
        return;
    }
    for (const AudioTaskRequest& r : requests) {
        Item item;
        item.request = r;
        m_items.append(item);
    }
    if (!m_downloadDir.isEmpty() && !QDir().mkpath(m_downloadDir)) {
        fail(ExitBadInput, tr("--download-dir: cannot create %1").arg(m_downloadDir));
        return;
    }
    connectThen(parser, [this] { start(); });
}

void BatchCommand::start()
{
    if (!openServices())
        return;
    m_elapsed.start();
    library()->setMaxConcurrent(m_maxDownloads);
    TaskWatch::setPollInterval(tasks()->poller(), m_pollIntervalMs);
    connect(tasks(), &TaskService::submitted, this, [this](qint64 row, const QString& taskId) {
        const int index = m_byRow.value(row, -1);
        if (index < 0)
            return;
        m_items[index].taskId = taskId;
        m_byTaskId.insert(taskId, index);
        if (!m_wait)
            onDone(index, u"created"_s, {});
    });
    connect(tasks(), &TaskService::submitFailed, this, [this](qint64 row, const ApiError& e) {
        onDone(m_byRow.value(row, -1),
            e.kind() == ApiError::Kind::OutcomeUnknown ? u"outcome-unknown"_s : u"submit-failed"_s,
            e.toString());
    });
    TaskPoller* poller = tasks()->poller();
    connect(poller, &TaskPoller::taskDone, this, [this](const AudioTask& t) {
        const int index = m_byTaskId.value(t.taskId, -1);
        if (index < 0)
            return;
        if (t.isFailed()) {
            onDone(index, u"failed"_s, t.failureText());
            return;
        }
        m_items[index].task = t; // the library saves it; see downloadFinished
    });
    connect(library(), &OutputLibrary::downloadFinished, this,
        [this](qint64 row, const ApiError& e) { saved(m_byRow.value(row, -1), e); });
    connect(poller, &TaskPoller::taskLost, this, [this](const QString& id, const ApiError& e) {
        onDone(m_byTaskId.value(id, -1), u"lost"_s, e.toString());
    });
    connect(poller, &TaskPoller::pollFailed, this, [this, poller](const QString& id, const ApiError& e) {
        if (!poller->isWatching(id))
            onDone(m_byTaskId.value(id, -1), u"lost"_s, e.toString());
    });
    m_pending = static_cast<int>(m_items.size());
    // Every submission is recorded in the history before it is sent; the client paces the creates.
    for (int i = 0; i < m_items.size(); ++i) {
        const QList<qint64> rows = tasks()->submit(m_items.at(i).request, 1);
        if (rows.isEmpty()) {
            onDone(i, u"submit-failed"_s, history()->lastError());
            continue;
        }
        m_items[i].row = rows.first();
        m_byRow.insert(rows.first(), i);
    }
}

void BatchCommand::saved(int index, const ApiError& error)
{
    if (index < 0 || index >= m_items.size())
        return;
    Item& item = m_items[index];
    if (error.isError()) {
        onDone(index, u"download-failed"_s, error.toString());
        return;
    }
    const TaskRecord record = history()->record(item.row).value_or(TaskRecord {});
    if (m_downloadDir.isEmpty()) {
        onDone(index, u"finished"_s, record.fileUrl);
        return;
    }
    ++m_downloadRequests;
    QString why;
    // The template's name (every value made safe), kept inside the folder; a name already used in this
    // batch gets the TaskId's end, so no output replaces another.
    const ExportSource source = ExportSources::fromRecord(record, history());
    QString base = m_nameTemplate.render(source, {}, env()->clock()->nowUtc());
    if (m_usedNames.contains(base))
        base += u'_' + item.taskId.right(8);
    m_usedNames.insert(base);
    // render() made the name safe; the extension comes from the service and is cleaned; inside()
    // keeps the path in the folder (links followed).
    const QString target = SafeFileName::inside(m_downloadDir,
        NamingTemplate::safeFileName(base) + u'.' + SafeFileName::extension(record.fileType), &why);
    if (target.isEmpty()) {
        onDone(index, u"download-failed"_s, why);
        return;
    }
    const ApiError e = OutputSaver::deliver(source, record.fileType, target, &item.bytes);
    if (e.isError()) {
        onDone(index, u"download-failed"_s, e.toString());
        return;
    }
    item.savedPath = target;
    onDone(index, u"finished"_s, target);
}

void BatchCommand::report(const Item& item)
{
    if (m_json) {
        QJsonObject o;
        o.insert("TaskId"_L1, item.taskId);
        o.insert("Outcome"_L1, item.outcome);
        o.insert("Prompt"_L1, item.request.prompt);
        if (!item.savedPath.isEmpty()) {
            o.insert("SavedPath"_L1, item.savedPath);
            o.insert("SavedBytes"_L1, item.bytes);
        } else if (!item.detail.isEmpty()) {
            o.insert("Detail"_L1, item.detail);
        }
        env()->out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << u'\n';
    } else {
        // One line per task, tab-separated: the fields the service sent are escaped whole.
        // ...and the prompt last, beside the file it became.
        env()->out() << u"%1\t%2\t%3\t%4\n"_s.arg(item.outcome,
            item.taskId.isEmpty() ? u"-"_s : PrintableText::escape(item.taskId),
            PrintableText::escape(item.detail), PrintableText::escape(item.request.prompt));
    }
    env()->out().flush();
}

void BatchCommand::onDone(int index, const QString& outcome, const QString& detail)
{
    if (index < 0 || index >= m_items.size())
        return;
    Item& item = m_items[index];
    if (item.outcome == "finished"_L1 || item.outcome == "failed"_L1)
        return; // already reported
    item.outcome = outcome;
    item.detail = detail;
    report(item);
    --m_pending;
    if (env()->errIsTerminal()) {
        env()->rewriteErrLine(tr("%1 of %2 done").arg(m_items.size() - m_pending).arg(m_items.size()));
    }
    finishIfComplete();
}

void BatchCommand::finishIfComplete()
{
    if (m_pending > 0)
        return;
    QHash<QString, int> counts;
    for (const Item& i : m_items)
        ++counts[i.outcome];
    if (env()->errIsTerminal())
        env()->clearErrLine();
    QStringList parts;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        parts.append(u"%1 %2"_s.arg(it.value()).arg(it.key()));
    parts.sort();
    env()->err() << tr("%1 tasks: %2; %3 API requests, %4 downloads, %5 s")
                        .arg(m_items.size())
                        .arg(parts.join(u", "_s))
                        .arg(client()->requestsSent())
                        .arg(m_downloadRequests)
                        .arg(m_elapsed.elapsed() / 1000.0, 0, 'f', 1)
                 << u'\n';
    int code = ExitOk;
    if (counts.value(u"outcome-unknown"_s))
        code = ExitOutcomeUnknown;
    else if (counts.value(u"failed"_s) || counts.value(u"download-failed"_s) || counts.value(u"lost"_s))
        code = ExitTaskFailed;
    else if (counts.value(u"submit-failed"_s))
        code = ExitFailure;
    done(code);
}
