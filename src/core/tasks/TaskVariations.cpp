#include "core/tasks/TaskVariations.h"

#include <algorithm>

namespace TaskVariations {

QHash<qint64, Take> number(const QList<TaskRecord>& rows)
{
    QHash<QByteArray, QList<const TaskRecord*>> byBody;
    for (const TaskRecord& r : rows) {
        if (!r.requestJson.isEmpty() && r.submittedAt.isValid())
            byBody[r.requestJson].append(&r);
    }
    QHash<qint64, Take> out;
    for (QList<const TaskRecord*>& group : byBody) {
        if (group.size() < 2)
            continue;
        std::sort(group.begin(), group.end(), [](const TaskRecord* a, const TaskRecord* b) {
            return a->submittedAt != b->submittedAt ? a->submittedAt < b->submittedAt : a->id < b->id;
        });
        // Split where the gap to the previous row is over the window, then number each run.
        qsizetype start = 0;
        for (qsizetype i = 1; i <= group.size(); ++i) {
            const bool end = i == group.size()
                || group.at(i - 1)->submittedAt.msecsTo(group.at(i)->submittedAt) > kWindowMs;
            if (!end)
                continue;
            const int of = static_cast<int>(i - start);
            if (of > 1) {
                for (qsizetype k = start; k < i; ++k)
                    out.insert(group.at(k)->id, Take { static_cast<int>(k - start + 1), of });
            }
            start = i;
        }
    }
    return out;
}

} // namespace TaskVariations
