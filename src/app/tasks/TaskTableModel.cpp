#include "app/tasks/TaskTableModel.h"

#include "core/tasks/HistoryStore.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>

using namespace Qt::StringLiterals;

TaskTableModel::TaskTableModel(HistoryStore* history, QObject* parent)
    : QAbstractTableModel(parent)
    , m_history(history)
{
    m_filter.sortColumn = HistoryFilter::SortColumn::SubmittedAt;
    m_filter.sortOrder = Qt::DescendingOrder;
    connect(history, &HistoryStore::recordAdded, this, [this](qint64) { reload(); });
    connect(history, &HistoryStore::recordRemoved, this, [this](qint64) { reload(); });
    connect(history, &HistoryStore::recordChanged, this, &TaskTableModel::onChanged);
    reload();
}

int TaskTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TaskTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TaskTableModel::statusText(const TaskRecord& r) const
{
    const QString label = TaskRecord::stateLabel(r.state);
    if (r.state == TaskRecord::State::Processing || r.state == TaskRecord::State::Waiting)
        return tr("%1 %2%").arg(label).arg(r.progress);
    if (r.state == TaskRecord::State::Finished) {
        switch (r.downloadState) {
        case TaskRecord::DownloadState::Pending:
        case TaskRecord::DownloadState::Partial:
            return tr("%1, saving…").arg(label);
        case TaskRecord::DownloadState::Failed:
            return tr("%1, not saved").arg(label);
        default:
            break;
        }
    }
    return label;
}

QVariant TaskTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const TaskRecord& r = m_rows.at(index.row());
    // Compact in the list (today: the time; else the short date and the time, no seconds); the
    // tooltip has the long form.
    auto time = [](const QDateTime& dt) {
        if (!dt.isValid())
            return QString();
        const QDateTime local = dt.toLocalTime();
        const QString hm = QLocale().toString(local.time(), QLocale::ShortFormat);
        return local.date() == QDate::currentDate()
            ? hm
            : QLocale().toString(local.date(), QLocale::ShortFormat) + u' ' + hm;
    };
    switch (role) {
    case RecordIdRole:
        return r.id;
    case ProgressRole:
        return r.state == TaskRecord::State::Finished ? 100 : r.progress;
    case StateRole:
        return static_cast<int>(r.state);
    case Qt::ToolTipRole:
        if (index.column() == PromptColumn)
            return r.prompt;
        if (index.column() == CreatedColumn || index.column() == FinishedColumn) {
            const QDateTime dt = index.column() == FinishedColumn ? r.finishTime
                : r.createTime.isValid()                          ? r.createTime
                                                                  : r.submittedAt;
            return dt.isValid() ? QLocale().toString(dt.toLocalTime(), QLocale::LongFormat) : QString();
        }
        if (index.column() == ErrorColumn || index.column() == StatusColumn) {
            QString tip = r.errorMessage.isEmpty() ? statusText(r) : r.errorText();
            if (const auto failure = r.failure())
                tip += u"\n"_s + failure->explanation + u"\n"_s + failure->action;
            return tip;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ErrorColumn)
            return QColor(0xd0, 0x34, 0x2c);
        if (r.isRemoved())
            return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case PromptColumn: {
            QString prompt = r.prompt.isEmpty() ? tr("(reference only)") : r.prompt.simplified();
            // The user's marks before the prompt: ♥ for a favourite, ★N for a rating.
            if (r.rating > 0)
                prompt = u"\u2605%1 "_s.arg(r.rating) + prompt;
            if (r.favourite)
                prompt = u"\u2665 "_s + prompt;
            const auto take = m_takes.constFind(r.id);
            // Takes of one submission look alike: numbered, #1…#N.
            return take == m_takes.cend() ? prompt : tr("#%1 · %2").arg(take->number).arg(prompt);
        }
        case ModelColumn:
            return r.modelVersion.isEmpty() ? r.modelName : r.modelName + u' ' + r.modelVersion;
        case SceneColumn:
            return r.sceneType;
        case StatusColumn:
            return statusText(r);
        case CreatedColumn:
            return time(r.createTime.isValid() ? r.createTime : r.submittedAt);
        case FinishedColumn:
            return time(r.finishTime);
        case DurationColumn:
            return r.duration > 0 ? tr("%1 s").arg(r.duration, 0, 'f', 1) : QString();
        case ErrorColumn:
            return r.errCodeExt.isEmpty() ? r.errorMessage : r.errCodeExt;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PromptColumn:
        return tr("Prompt");
    case ModelColumn:
        return tr("Model");
    case SceneColumn:
        return tr("Scene");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Created");
    case FinishedColumn:
        return tr("Finished");
    case DurationColumn:
        return tr("Duration");
    case ErrorColumn:
        return tr("Error");
    default:
        return {};
    }
}

void TaskTableModel::sort(int column, Qt::SortOrder order)
{
    using S = HistoryFilter::SortColumn;
    static const S map[]
        = { S::Prompt, S::Model, S::Model, S::State, S::SubmittedAt, S::FinishTime, S::Duration, S::State };
    if (column < 0 || column >= ColumnCount)
        return;
    m_filter.sortColumn = map[column];
    m_filter.sortOrder = order;
    m_rows.clear();
    reload();
}

void TaskTableModel::setFilter(const HistoryFilter& filter)
{
    const auto sortColumn = m_filter.sortColumn;
    const auto sortOrder = m_filter.sortOrder;
    m_filter = filter;
    m_filter.sortColumn = sortColumn;
    m_filter.sortOrder = sortOrder;
    m_rows.clear();
    reload();
}

void TaskTableModel::reload()
{
    // Keep as many rows as were loaded (at least a page), so a change does not scroll the view away.
    HistoryFilter page = m_filter;
    page.offset = 0;
    page.limit = std::max<int>(kPageSize, static_cast<int>(m_rows.size()));
    beginResetModel();
    m_rows = m_history ? m_history->list(page) : QList<TaskRecord>();
    m_takes = TaskVariations::number(m_rows);
    m_hasMore = m_rows.size() == page.limit;
    endResetModel();
}

bool TaskTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore;
}

void TaskTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || !m_hasMore || !m_history)
        return;
    HistoryFilter page = m_filter;
    page.offset = static_cast<int>(m_rows.size());
    page.limit = kPageSize;
    const QList<TaskRecord> more = m_history->list(page);
    m_hasMore = more.size() == kPageSize;
    if (more.isEmpty())
        return;
    beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + more.size() - 1));
    m_rows += more;
    m_takes = TaskVariations::number(m_rows);
    endInsertRows();
}

std::optional<TaskRecord> TaskTableModel::recordAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

int TaskTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

void TaskTableModel::onChanged(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0 || !m_history)
        return;
    const auto rec = m_history->record(id);
    if (!rec)
        return;
    // Takes depend on the request body and the submission time only: a poll answer changes neither.
    const bool takesChange
        = m_rows.at(row).requestJson != rec->requestJson || m_rows.at(row).submittedAt != rec->submittedAt;
    m_rows[row] = *rec;
    if (takesChange)
        m_takes = TaskVariations::number(m_rows);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}
