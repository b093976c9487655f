#include "core/tasks/HistoryFilter.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

void HistoryFilter::applySearch(const QString& search)
{
    static const QRegularExpression rating(
        u"^(?:rating|\\x{2605})(>=|>|:|=)?([0-5])$"_s, QRegularExpression::CaseInsensitiveOption);
    QStringList words;
    for (const QString& word : search.split(u' ', Qt::SkipEmptyParts)) {
        const QString lower = word.toLower();
        if (lower.startsWith("tag:"_L1) && word.size() > 4) {
            QString error;
            const QString tag = TaskRecord::normaliseTag(word.mid(4), &error);
            if (!tag.isEmpty()) {
                if (!tags.contains(tag))
                    tags.append(tag);
                continue;
            }
        }
        if (lower == "fav"_L1 || lower == "favourite"_L1 || lower == "favorite"_L1 || lower == u"\u2665"_s) {
            favouriteOnly = true;
            continue;
        }
        if (const QRegularExpressionMatch m = rating.match(word); m.hasMatch()) {
            const int n = m.captured(2).toInt();
            minRating = m.captured(1) == ">"_L1 ? std::min(n + 1, TaskRecord::kMaxRating) : n;
            continue;
        }
        words.append(word);
    }
    text = words.join(u' ');
}
