#include "app/tasks/TaskListView.h"

#include "app/tasks/TaskTableModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace {
const QString kHeaderKey = u"taskList/header"_s;
} // namespace

TaskListView::TaskListView(QTableView* view)
    : QObject(view)
    , m_view(view)
{
    QHeaderView* header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(40);
    header->setResizeContentsPrecision(0); // fit to the rows in view: 10,000 rows open as fast as 10
    for (int c = 0; c < TaskTableModel::ColumnCount; ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TaskTableModel::PromptColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(TaskTableModel::StatusColumn, QHeaderView::Interactive);
    view->setColumnWidth(TaskTableModel::StatusColumn, 130);
    header->setSectionHidden(TaskTableModel::FinishedColumn, true);
    header->setSectionHidden(TaskTableModel::ErrorColumn, true);
    header->setSortIndicator(TaskTableModel::CreatedColumn, Qt::DescendingOrder);
    const QByteArray saved = QSettings().value(kHeaderKey).toByteArray();
    if (!saved.isEmpty())
        header->restoreState(saved);

    // The whole prompt, on two lines when it needs them.
    view->setWordWrap(true);
    view->setTextElideMode(Qt::ElideRight);
    updateRowHeight();

    // Saved a moment after the user stops moving or resizing (the header is gone by the destructor).
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(500);
    connect(&m_saveTimer, &QTimer::timeout, this, &TaskListView::save);
    connect(header, &QHeaderView::sectionMoved, &m_saveTimer, qOverload<>(&QTimer::start));
    connect(header, &QHeaderView::sortIndicatorChanged, &m_saveTimer, qOverload<>(&QTimer::start));
    connect(header, &QHeaderView::sectionResized, this, [this, header](int column) {
        if (header->sectionResizeMode(column) == QHeaderView::Interactive)
            m_saveTimer.start();
    });

    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &TaskListView::showHeaderMenu);
}

TaskListView::~TaskListView() = default;

void TaskListView::save() const
{
    QSettings().setValue(kHeaderKey, m_view->horizontalHeader()->saveState());
}

void TaskListView::updateRowHeight()
{
    const int lines = 2;
    const int height = m_view->fontMetrics().lineSpacing() * lines + 8;
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(height);
}

void TaskListView::showHeaderMenu(const QPoint& pos)
{
    QHeaderView* header = m_view->horizontalHeader();
    QMenu menu(header);
    for (int c = 0; c < TaskTableModel::ColumnCount; ++c) {
        QAction* a = menu.addAction(m_view->model()->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        // The prompt is what a row is about: it stays.
        a->setEnabled(c != TaskTableModel::PromptColumn);
        connect(a, &QAction::toggled, this, [this, header, c](bool on) {
            header->setSectionHidden(c, !on);
            save();
        });
    }
    menu.addSeparator();
    QAction* reset = menu.addAction(tr("Default Columns"));
    connect(reset, &QAction::triggered, this, [this, header] {
        for (int c = 0; c < TaskTableModel::ColumnCount; ++c)
            header->setSectionHidden(
                c, c == TaskTableModel::FinishedColumn || c == TaskTableModel::ErrorColumn);
        m_view->setColumnWidth(TaskTableModel::StatusColumn, 130);
        save();
    });
    menu.exec(header->mapToGlobal(pos));
}
