// The task list's model: pages of rows from the database as the view scrolls; sorting and filtering
// happen in SQL and start from the first page again; a changed row updates in place.
#include "app/tasks/TaskTableModel.h"
#include "core/net/HttpExchange.h"
#include "core/support/SystemClock.h"
#include "core/tasks/HistoryStore.h"
#include "core/tasks/TaskRecord.h"
#include "core/tasks/TaskVariations.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestTaskTableModel : public QObject
{
    Q_OBJECT

private slots:
    void pagesAndSorting();
    void changedRowUpdatesInPlace();
    void takesAreNumbered();
};

static QList<TaskRecord> records(int n)
{
    QList<TaskRecord> out;
    const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-1);
    for (int i = 0; i < n; ++i) {
        TaskRecord r;
        r.taskId = u"1-AigcAudioTask-%1t"_s.arg(i, 32, 16, QChar(u'0'));
        r.prompt = (i % 2 ? u"rain "_s : u"wind "_s) + QString::number(i);
        r.modelName = u"Kling"_s;
        r.sceneType = u"sfx"_s;
        r.state = TaskRecord::State::Finished;
        r.submittedAt = base.addSecs(i);
        out.append(r);
    }
    return out;
}

void TestTaskTableModel::pagesAndSorting()
{
    QTemporaryDir dir;
    HistoryStore store(SystemClock::instance());
    QVERIFY(store.open(dir.filePath(u"h.sqlite"_s)));
    QCOMPARE(store.insertRecords(records(1200)).size(), 1200);
    TaskTableModel model(&store);
    QCOMPARE(model.rowCount(), TaskTableModel::kPageSize);
    QCOMPARE(model.recordAt(0)->prompt, u"rain 1199"_s); // newest first
    QVERIFY(model.canFetchMore());
    model.fetchMore();
    QCOMPARE(model.rowCount(), 2 * TaskTableModel::kPageSize);
    model.fetchMore();
    QCOMPARE(model.rowCount(), 1200);
    QVERIFY(!model.canFetchMore());
    model.sort(TaskTableModel::CreatedColumn, Qt::AscendingOrder);
    QCOMPARE(model.rowCount(), TaskTableModel::kPageSize);
    QCOMPARE(model.recordAt(0)->prompt, u"wind 0"_s);
    HistoryFilter f;
    f.text = u"rain"_s;
    model.setFilter(f);
    QCOMPARE(model.rowCount(), TaskTableModel::kPageSize);
    model.fetchMore();
    QCOMPARE(model.rowCount(), 600);
    QVERIFY(!model.canFetchMore());
}

void TestTaskTableModel::changedRowUpdatesInPlace()
{
    QTemporaryDir dir;
    HistoryStore store(SystemClock::instance());
    QVERIFY(store.open(dir.filePath(u"h.sqlite"_s)));
    TaskRecord r;
    r.prompt = u"bells"_s;
    const qint64 id = store.addSubmission(r);
    QVERIFY(id > 0);
    TaskTableModel model(&store);
    QCOMPARE(model.rowCount(), 1);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(store.setCreated(id, u"1-AigcAudioTask-abct"_s, u"req"_s, {}));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(model.recordAt(0)->taskId, u"1-AigcAudioTask-abct"_s);
    QCOMPARE(model.recordAt(0)->state, TaskRecord::State::Waiting);
}

QTEST_MAIN(TestTaskTableModel)
void TestTaskTableModel::takesAreNumbered()
{
    // Three takes of one request, the same request retried a minute later, and another request.
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-3600);
    auto rec = [](qint64 id, const QByteArray& body, const QDateTime& at) {
        TaskRecord r;
        r.id = id;
        r.requestJson = body;
        r.submittedAt = at;
        r.prompt = u"rain"_s;
        return r;
    };
    const QList<TaskRecord> rows { rec(1, "{\"Prompt\":\"rain\"}", t0),
        rec(2, "{\"Prompt\":\"rain\"}", t0.addMSecs(40)), rec(3, "{\"Prompt\":\"rain\"}", t0.addMSecs(90)),
        rec(4, "{\"Prompt\":\"rain\"}", t0.addSecs(60)), rec(5, "{\"Prompt\":\"wind\"}", t0) };
    const auto takes = TaskVariations::number(rows);
    QCOMPARE(takes.size(), 3);
    QCOMPARE(takes.value(1).number, 1);
    QCOMPARE(takes.value(3).number, 3);
    QCOMPARE(takes.value(2).of, 3);
    QVERIFY(!takes.contains(4)); // a retry a minute later stands alone
    QVERIFY(!takes.contains(5));

    // The list shows #1…#N before the prompt.
    QTemporaryDir dir;
    HistoryStore store(SystemClock::instance());
    QVERIFY(store.open(dir.filePath(u"h.sqlite"_s)));
    QList<TaskRecord> stored = rows.mid(0, 3);
    for (TaskRecord& r : stored)
        r.id = 0;
    QCOMPARE(store.insertRecords(stored).size(), 3);
    TaskTableModel model(&store);
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown.append(model.data(model.index(row, TaskTableModel::PromptColumn)).toString());
    shown.sort();
    QCOMPARE(shown, (QStringList { u"#1 · rain"_s, u"#2 · rain"_s, u"#3 · rain"_s }));
}

#include "tst_tasktablemodel.moc"
