#include "cli/HistoryCommand.h"

#include "cli/CliEnvironment.h"
#include "cli/ExitCode.h"
#include "core/support/AppPaths.h"
#include "core/support/FieldParse.h"
#include "core/support/JsonFields.h"
#include "core/support/PrintableText.h"
#include "core/tasks/HistoryFilter.h"
#include "core/tasks/HistoryStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

QString HistoryCommand::summary() const
{
    return tr("List the local history (the app's task list): prompt, state, rating, favourite and tags.");
}

void HistoryCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption(
        { u"search"_s, tr("Words, tag:TAG, rating>=N and fav, as in the app's search box."), u"TEXT"_s });
    parser.addOption({ u"tag"_s, tr("Only tasks with TAG (repeatable: all of them)."), u"TAG"_s });
    parser.addOption({ u"rating"_s, tr("Only tasks rated at least N stars (1 to 5)."), u"N"_s });
    parser.addOption({ u"fav"_s, tr("Only favourites.") });
    parser.addOption({ u"limit"_s, tr("At most N tasks (default 50)."), u"N"_s });
    parser.addOption({ u"json"_s, tr("Print a JSON array.") });
    parser.addOption({ u"history-db"_s, tr("The history database (default: the app's)."), u"PATH"_s });
}

void HistoryCommand::run(const QCommandLineParser& parser)
{
    ValidationIssues issues;
    HistoryFilter filter;
    filter.applySearch(parser.value(u"search"_s));
    for (const QString& tag : parser.values(u"tag"_s)) {
        QString error;
        const QString t = TaskRecord::normaliseTag(tag, &error);
        if (t.isEmpty())
            issues.append({ u"--tag"_s, error });
        else if (!filter.tags.contains(t))
            filter.tags.append(t);
    }
    if (parser.isSet(u"rating"_s)) {
        if (const auto n = FieldParse::textInteger(parser.value(u"rating"_s), u"--rating"_s, issues)) {
            if (*n < 1 || *n > TaskRecord::kMaxRating)
                issues.append({ u"--rating"_s,
                    tr("must be from 1 to %1 (got %2)").arg(TaskRecord::kMaxRating).arg(*n) });
            else
                filter.minRating = static_cast<int>(*n);
        }
    }
    filter.favouriteOnly = filter.favouriteOnly || parser.isSet(u"fav"_s);
    filter.limit = 50;
    if (parser.isSet(u"limit"_s)) {
        if (const auto n = FieldParse::textInteger(parser.value(u"limit"_s), u"--limit"_s, issues)) {
            if (*n < 1 || *n > 100000)
                issues.append({ u"--limit"_s, tr("must be from 1 to 100000 (got %1)").arg(*n) });
            else
                filter.limit = static_cast<int>(*n);
        }
    }
    if (!issues.isEmpty()) {
        failWithIssues(issues);
        return;
    }
    const QString db = parser.isSet(u"history-db"_s) ? parser.value(u"history-db"_s)
                                                     : AppPaths::historyDatabase(env()->env());
    if (!QFileInfo::exists(db)) {
        env()->err() << tr("No local history yet (%1).").arg(QDir::toNativeSeparators(db)) << u'\n';
        done(ExitOk);
        return;
    }
    HistoryStore store(env()->clock());
    QString error;
    if (!store.open(db, &error)) {
        fail(ExitFailure, error);
        return;
    }
    const QList<TaskRecord> rows = store.list(filter);
    if (!store.lastError().isEmpty()) {
        fail(ExitFailure, store.lastError());
        return;
    }
    if (parser.isSet(u"json"_s)) {
        QJsonArray a;
        for (const TaskRecord& r : rows) {
            QJsonObject o;
            o.insert("TaskId"_L1, r.taskId);
            o.insert("Prompt"_L1, r.prompt);
            o.insert("State"_L1, TaskRecord::stateName(r.state));
            o.insert("Model"_L1, r.modelName);
            o.insert("Submitted"_L1,
                r.submittedAt.isValid() ? JsonFields::formatDateTime(r.submittedAt) : QString());
            o.insert("Rating"_L1, r.rating);
            o.insert("Favourite"_L1, r.favourite);
            o.insert("Tags"_L1, QJsonArray::fromStringList(r.tags));
            o.insert("File"_L1, r.localPath);
            a.append(o);
        }
        env()->out() << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
        done(ExitOk);
        return;
    }
    if (rows.isEmpty()) {
        env()->err() << tr("No task in the local history matches.") << u'\n';
        done(ExitOk);
        return;
    }
    // One line a task, tab-separated; text that came from the service or the user is escaped whole.
    for (const TaskRecord& r : rows) {
        env()->out() << u"%1\t%2\t%3%4\t%5\t%6\n"_s.arg(
            r.taskId.isEmpty() ? u"-"_s : PrintableText::escape(r.taskId), TaskRecord::stateName(r.state),
            r.rating > 0 ? QString(r.rating, QChar(0x2605)) : u"-"_s, r.favourite ? u" \u2665"_s : QString(),
            r.tags.join(u','), PrintableText::escape(r.prompt));
    }
    done(ExitOk);
}
