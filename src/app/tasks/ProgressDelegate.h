#pragma once

#include <QStyledItemDelegate>

// Draws the Status column as a progress bar while a task waits or runs, as text otherwise.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(
        QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};
