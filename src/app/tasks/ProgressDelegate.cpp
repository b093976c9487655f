#include "app/tasks/ProgressDelegate.h"

#include "app/tasks/TaskTableModel.h"
#include "core/tasks/TaskRecord.h"

#include <QApplication>
#include <QPainter>

void ProgressDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const auto state = static_cast<TaskRecord::State>(index.data(TaskTableModel::StateRole).toInt());
    const bool busy = state == TaskRecord::State::Submitting || state == TaskRecord::State::AwaitingUploads;
    if (state != TaskRecord::State::Waiting && state != TaskRecord::State::Processing && !busy) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(2, 3, -2, -3);
    bar.minimum = 0;
    bar.maximum = busy ? 0 : 100; // busy while submitting or waiting for uploads
    bar.progress = index.data(TaskTableModel::ProgressRole).toInt();
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = true;
    bar.state = option.state | QStyle::State_Horizontal;
    bar.palette = option.palette;
    QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
}
