#include "app/tasks/TaskMarksMenu.h"

#include "core/tasks/HistoryStore.h"
#include "core/tasks/TaskRecord.h"

#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSet>

using namespace Qt::StringLiterals;

QString TaskMarksMenu::stars(int rating)
{
    if (rating <= 0)
        return {};
    return QString(rating, QChar(0x2605)) + QString(TaskRecord::kMaxRating - rating, QChar(0x2606));
}

void TaskMarksMenu::addTo(QMenu* menu, HistoryStore* history, const QList<qint64>& ids, QWidget* parent)
{
    QList<TaskRecord> rows;
    for (qint64 id : ids) {
        if (const auto r = history->record(id))
            rows.append(*r);
    }
    if (rows.isEmpty())
        return;
    auto report = [history, parent](bool ok) {
        if (!ok)
            QMessageBox::warning(parent, tr("Marks"), history->lastError());
        return ok;
    };

    QMenu* rating = menu->addMenu(tr("Rating"));
    for (int n = 0; n <= TaskRecord::kMaxRating; ++n) {
        QAction* a = rating->addAction(n == 0 ? tr("No Rating") : stars(n));
        a->setCheckable(true);
        a->setChecked(
            std::all_of(rows.cbegin(), rows.cend(), [n](const TaskRecord& r) { return r.rating == n; }));
        QObject::connect(a, &QAction::triggered, menu, [history, ids, n, report] {
            for (qint64 id : ids) {
                if (!report(history->setRating(id, n)))
                    return;
            }
        });
    }

    QAction* fav = menu->addAction(tr("Favourite"));
    fav->setCheckable(true);
    fav->setChecked(std::all_of(rows.cbegin(), rows.cend(), [](const TaskRecord& r) { return r.favourite; }));
    QObject::connect(fav, &QAction::triggered, menu, [history, ids, report](bool on) {
        for (qint64 id : ids) {
            if (!report(history->setFavourite(id, on)))
                return;
        }
    });

    QAction* tags = menu->addAction(tr("Edit Tags…"));
    QObject::connect(tags, &QAction::triggered, menu, [history, rows, parent, report] {
        // The tags every selected row has; what is typed replaces them on each row, others kept.
        QSet<QString> common(rows.first().tags.cbegin(), rows.first().tags.cend());
        for (const TaskRecord& r : rows)
            common.intersect(QSet<QString>(r.tags.cbegin(), r.tags.cend()));
        QStringList shared(common.cbegin(), common.cend());
        shared.sort();
        bool ok = false;
        const QString text = QInputDialog::getText(parent, tr("Edit Tags"),
            tr("Tags, separated by commas (letters, digits, '-', '_' and '.'):"), QLineEdit::Normal,
            shared.join(u", "_s), &ok);
        if (!ok)
            return;
        QStringList typed;
        for (const QString& t : text.split(u',', Qt::SkipEmptyParts)) {
            if (!t.trimmed().isEmpty())
                typed.append(t);
        }
        QString error;
        if (!TaskRecord::normaliseTags(typed, &error)) {
            QMessageBox::warning(parent, tr("Edit Tags"), tr("Nothing was changed: %1.").arg(error));
            return;
        }
        for (const TaskRecord& r : rows) {
            QStringList next = typed;
            for (const QString& t : r.tags) {
                if (!common.contains(t))
                    next.append(t);
            }
            if (!report(history->setTags(r.id, next)))
                return;
        }
    });
}
