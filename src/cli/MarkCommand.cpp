#include "cli/MarkCommand.h"

#include "cli/CliEnvironment.h"
#include "cli/ExitCode.h"
#include "core/support/AppPaths.h"
#include "core/support/FieldParse.h"
#include "core/support/PrintableText.h"
#include "core/tasks/HistoryStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

MarkCommand::MarkCommand(Kind kind, CliEnvironment* env, QObject* parent)
    : CliCommand(env, parent)
    , m_kind(kind)
{
}

QString MarkCommand::name() const
{
    return m_kind == Kind::Rate ? u"rate"_s : u"tag"_s;
}

QString MarkCommand::summary() const
{
    return m_kind == Kind::Rate
        ? tr("Rate tasks in the local history from 0 to 5 stars (the app shows it).")
        : tr("Add or remove tags, or mark favourites, on tasks in the local history.");
}

void MarkCommand::addOptions(QCommandLineParser& parser)
{
    if (m_kind == Kind::Rate) {
        parser.addOption({ u"stars"_s, tr("The rating, 0 (none) to 5."), u"N"_s });
    } else {
        parser.addOption(
            { u"add"_s, tr("Add TAG (repeatable; letters, digits, '-', '_' and '.')."), u"TAG"_s });
        parser.addOption({ u"remove"_s, tr("Remove TAG (repeatable)."), u"TAG"_s });
        parser.addOption({ u"fav"_s, tr("Mark as a favourite.") });
        parser.addOption({ u"no-fav"_s, tr("Unmark as a favourite.") });
    }
    parser.addOption({ u"history-db"_s, tr("The history database (default: the app's)."), u"PATH"_s });
}

void MarkCommand::run(const QCommandLineParser& parser)
{
    ValidationIssues issues;
    const QStringList taskIds = parser.positionalArguments();
    if (taskIds.isEmpty())
        issues.append({ u"TASKID"_s, tr("is required: the TaskId of a task in the local history") });
    int stars = -1;
    QStringList add, remove;
    if (m_kind == Kind::Rate) {
        if (!parser.isSet(u"stars"_s)) {
            issues.append({ u"--stars"_s, tr("is required: 0 to %1").arg(TaskRecord::kMaxRating) });
        } else if (const auto n = FieldParse::textInteger(parser.value(u"stars"_s), u"--stars"_s, issues)) {
            if (*n < 0 || *n > TaskRecord::kMaxRating)
                issues.append({ u"--stars"_s,
                    tr("must be from 0 to %1 (got %2)").arg(TaskRecord::kMaxRating).arg(*n) });
            else
                stars = static_cast<int>(*n);
        }
    } else {
        for (const auto& [option, list] :
            { std::pair { u"add"_s, &add }, std::pair { u"remove"_s, &remove } }) {
            QString error;
            const auto tags = TaskRecord::normaliseTags(parser.values(option), &error);
            if (!tags)
                issues.append({ u"--"_s + option, error });
            else
                *list = *tags;
        }
        if (parser.isSet(u"fav"_s) && parser.isSet(u"no-fav"_s))
            issues.append({ u"--fav"_s, tr("cannot go with --no-fav") });
        if (add.isEmpty() && remove.isEmpty() && !parser.isSet(u"fav"_s) && !parser.isSet(u"no-fav"_s))
            issues.append({ u"--add"_s, tr("nothing to do: give --add, --remove, --fav or --no-fav") });
    }

    const QString db = parser.isSet(u"history-db"_s) ? parser.value(u"history-db"_s)
                                                     : AppPaths::historyDatabase(env()->env());
    HistoryStore store(env()->clock());
    QList<TaskRecord> rows;
    if (issues.isEmpty()) {
        QString error;
        if (!QFileInfo::exists(db) || !store.open(db, &error)) {
            fail(ExitBadInput,
                QFileInfo::exists(db)
                    ? error
                    : tr("there is no local history at %1").arg(QDir::toNativeSeparators(db)));
            return;
        }
        for (const QString& id : taskIds) {
            const auto r = store.byTaskId(id.trimmed());
            if (!r)
                issues.append({ u"TASKID"_s,
                    tr("%1 is not in the local history (%2)")
                        .arg(PrintableText::escape(id), QDir::toNativeSeparators(db)) });
            else
                rows.append(*r);
        }
    }
    if (!issues.isEmpty()) {
        failWithIssues(issues);
        return;
    }
    for (const TaskRecord& r : std::as_const(rows)) {
        bool ok = true;
        if (m_kind == Kind::Rate) {
            ok = store.setRating(r.id, stars);
        } else {
            QStringList tags = r.tags;
            tags += add;
            for (const QString& t : std::as_const(remove))
                tags.removeAll(t);
            ok = store.setTags(r.id, tags);
            if (ok && (parser.isSet(u"fav"_s) || parser.isSet(u"no-fav"_s)))
                ok = store.setFavourite(r.id, parser.isSet(u"fav"_s));
        }
        if (!ok) {
            fail(ExitFailure, store.lastError());
            return;
        }
        const auto now = store.record(r.id);
        env()->out() << u"%1  %2%3  %4\n"_s.arg(PrintableText::escape(r.taskId))
                            .arg(now && now->rating > 0 ? QString(now->rating, QChar(0x2605)) : u"-"_s)
                            .arg(now && now->favourite ? u" \u2665"_s : QString())
                            .arg(now ? now->tags.join(u',') : QString());
    }
    done(ExitOk);
}
