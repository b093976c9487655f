// HistoryStore: the SQLite history under every transition the client makes, its guarantees (WAL,
// versioned schema, UNIQUE TaskId, soft delete with undo, clear errors for a damaged file) and the
// speed of listing 10,000 rows.
#include "core/api/ApiError.h"
#include "core/model/AudioTask.h"
#include "core/net/HttpExchange.h"
#include "core/net/HttpExchangeJson.h"
#include "core/support/ManualClock.h"
#include "core/tasks/HistoryFilter.h"
#include "core/tasks/HistorySchema.h"
#include "core/tasks/HistoryStore.h"
#include "core/tasks/TaskRecord.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

class TestHistoryStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void migratesVersionOneKeepingRows();
    void ratingFavouriteTagsAndSearch();
    void noticesWritesFromElsewhere();

    void openCreatesSchemaInWalMode();
    void reopenKeepsEveryField();
    void severalStoresInOneProcess();
    void migratesAnEmptyVersionZeroFile();
    void refusesANewerSchema();
    void garbageFileGivesClearError();
    void damagedDatabaseGivesClearError();
    void submissionToFinishedWithDownload();
    void finishedIsNotUndoneByAStaleAnswer();
    void submitFailed();
    void outcomeUnknownThenReconciled();
    void failedAndAbortedTasks();
    void lostTask();
    void invalidTransitionsAreRefused();
    void taskIdIsUnique();
    void softRemoveRestoreAndPurge();
    void filtersAndSorts();
    void markExpiredAfter72Hours();
    void unfinishedAndPendingDownloads();
    void errorsAreReported();
    void tenThousandRows();

private:
    QString dbPath() const { return m_dir->filePath(u"history/history.sqlite"_s); }
    // Runs statements on dbPath() through a connection of its own, as an older release (or another
    // program) would have written the file.
    void writeRaw(const QStringList& statements)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            db.setDatabaseName(dbPath());
            QDir().mkpath(QFileInfo(dbPath()).absolutePath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString& sql : statements)
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
    }
    std::unique_ptr<HistoryStore> openStore(const QString& path = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
};

namespace {

const QString kTaskA = u"251441341-AigcAudioTask-f3259ddeb615203726d73c03da05d9fft"_s;
const QString kTaskB = u"251441341-AigcAudioTask-0123456789abcdef0123456789abcdeft"_s;
const QString kTaskC = u"251441341-AigcAudioTask-fedcba9876543210fedcba9876543210t"_s;

TaskRecord submission(const QString& prompt, const QString& model = u"Kling"_s)
{
    TaskRecord r;
    r.profileName = u"default"_s;
    r.endpoint = u"https://vod.tencentcloudapi.com"_s;
    r.subAppId = 251441341;
    r.prompt = prompt;
    r.modelName = model;
    r.sceneType = model == "Kling"_L1 ? u"sfx"_s : u"music"_s;
    QJsonObject body { { u"ModelName"_s, model }, { u"Prompt"_s, prompt } };
    r.requestJson = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

QJsonObject taskResponse(const QString& taskId, const QString& status, int progress,
    const QString& errExt = {}, const QString& message = {}, bool withOutput = false)
{
    QJsonObject task { { u"TaskId"_s, taskId }, { u"Status"_s, status }, { u"Progress"_s, progress },
        { u"ErrCode"_s, errExt.isEmpty() ? 0 : 10000 }, { u"ErrCodeExt"_s, errExt },
        { u"Message"_s, message },
        { u"Input"_s,
            QJsonObject { { u"ModelName"_s, u"Kling"_s }, { u"Prompt"_s, u"from the service"_s },
                { u"SceneType"_s, u"sfx"_s } } } };
    if (withOutput) {
        QJsonObject out { { u"StorageMode"_s, u"Temporary"_s }, { u"FileType"_s, u"mp3"_s },
            { u"FileUrl"_s, u"https://example.vod2.myqcloud.com/out.mp3"_s }, { u"Duration"_s, 6.5 } };
        task.insert(u"Output"_s, QJsonObject { { u"AudioInfos"_s, QJsonArray { out } } });
    }
    return QJsonObject { { u"TaskType"_s, u"AigcAudioTask"_s }, { u"Status"_s, status },
        { u"CreateTime"_s, u"2023-11-14T22:13:30Z"_s },
        { u"BeginProcessTime"_s,
            status == "WAITING"_L1 ? u"0001-01-01T00:00:00Z"_s : u"2023-11-14T22:13:31Z"_s },
        { u"FinishTime"_s,
            status == "FINISH"_L1 || status == "ABORTED"_L1 ? u"2023-11-14T22:14:00Z"_s
                                                            : u"0001-01-01T00:00:00Z"_s },
        { u"AigcAudioTask"_s, task }, { u"RequestId"_s, u"req-describe"_s } };
}

AudioTask task(const QString& taskId, const QString& status, int progress, const QString& errExt = {},
    const QString& message = {}, bool withOutput = false)
{
    return AudioTask::fromDescribeTaskDetail(
        taskResponse(taskId, status, progress, errExt, message, withOutput));
}

HttpExchange exchange()
{
    HttpExchange e;
    e.url = QUrl(u"https://vod.tencentcloudapi.com/"_s);
    e.action = u"CreateAigcAudioTask"_s;
    e.timestamp = 1700000000;
    e.requestHeaders = { { "X-TC-Action", "CreateAigcAudioTask" }, { "X-TC-Token", "very-secret-token" } };
    e.requestBody = "{\"Prompt\":\"x\"}";
    e.httpStatus = 200;
    e.responseBody = "{\"Response\":{}}";
    return e;
}

int scalar(const QString& connection, const QString& sql)
{
    QSqlQuery q(QSqlDatabase::database(connection));
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

void TestHistoryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<ManualClock>(1'700'000'000'000LL); // 2023-11-14T22:13:20Z
}

void TestHistoryStore::cleanup()
{
    m_dir.reset();
    m_clock.reset();
}

std::unique_ptr<HistoryStore> TestHistoryStore::openStore(const QString& path)
{
    auto store = std::make_unique<HistoryStore>(m_clock.get());
    QString error;
    if (!store->open(path.isEmpty() ? dbPath() : path, &error)) {
        qWarning("open failed: %s", qUtf8Printable(error));
        return nullptr;
    }
    return store;
}

void TestHistoryStore::openCreatesSchemaInWalMode()
{
    auto store = openStore();
    QVERIFY(store);
    QVERIFY(store->isOpen());
    QCOMPARE(store->schemaVersion(), HistoryStore::kSchemaVersion);
    QCOMPARE(store->journalMode(), u"wal"_s);
    QVERIFY(store->addSubmission(submission(u"rain"_s)) > 0);
    QVERIFY(QFile::exists(dbPath() + u"-wal"_s));

    // An independent connection sees the persistent WAL mode, the version and the indexes.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
        QCOMPARE(scalar(u"inspect"_s, u"PRAGMA user_version"_s), HistoryStore::kSchemaVersion);
        QVERIFY(scalar(u"inspect"_s,
                    u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'tasks'"_s)
            >= 8);
        QCOMPARE(scalar(u"inspect"_s, u"SELECT COUNT(*) FROM tasks"_s), 1);
    }
    QSqlDatabase::removeDatabase(u"inspect"_s);
}

void TestHistoryStore::reopenKeepsEveryField()
{
    TaskRecord stored;
    {
        auto store = openStore();
        QVERIFY(store);
        TaskRecord r = submission(u"雨夜的窗边 rain on a window"_s, u"MiniMaxMusic"_s);
        r.modelVersion = u"2.6"_s;
        r.subAppId = 18446744073709551615ULL; // the full unsigned range survives
        const qint64 id = store->addSubmission(r);
        QVERIFY(id > 0);
        QVERIFY(store->setCreated(id, kTaskA, u"req-create"_s, exchange()));
        QVERIFY(store->updateFromTask(task(kTaskA, u"FINISH"_s, 100, {}, {}, true)));
        QVERIFY(store->setDownload(id, TaskRecord::DownloadState::Done, u"/music/a.mp3"_s));
        stored = *store->record(id);
        store->close();
        QVERIFY(!store->isOpen());
    }
    auto store = openStore();
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), HistoryStore::kSchemaVersion);
    const auto again = store->record(stored.id);
    QVERIFY(again);
    QCOMPARE(*again, stored);
    QCOMPARE(again->prompt, u"雨夜的窗边 rain on a window"_s);
    QCOMPARE(again->subAppId, std::optional<quint64>(18446744073709551615ULL));
    QCOMPARE(again->modelVersion, u"2.6"_s);
    QCOMPARE(again->state, TaskRecord::State::Finished);
    QCOMPARE(again->localPath, u"/music/a.mp3"_s);
    QCOMPARE(again->submittedAt, m_clock->nowUtc());
}

void TestHistoryStore::severalStoresInOneProcess()
{
    auto a = openStore(m_dir->filePath(u"a.sqlite"_s));
    auto b = openStore(m_dir->filePath(u"b.sqlite"_s));
    auto a2 = openStore(m_dir->filePath(u"a.sqlite"_s)); // a second connection to the same file
    QVERIFY(a && b && a2);
    QVERIFY(a->addSubmission(submission(u"one"_s)) > 0);
    QVERIFY(b->addSubmission(submission(u"two"_s)) > 0);
    QVERIFY(b->addSubmission(submission(u"three"_s)) > 0);
    QCOMPARE(a->count(), 1);
    QCOMPARE(b->count(), 2);
    QCOMPARE(a2->count(), 1);
    QCOMPARE(a2->list().first().prompt, u"one"_s);
    a.reset();
    QCOMPARE(a2->count(), 1); // closing one connection leaves the other working
}

void TestHistoryStore::migratesAnEmptyVersionZeroFile()
{
    // A version-0 file: valid SQLite, no schema (e.g. created by an interrupted first run).
    writeRaw({ u"CREATE TABLE unrelated (x INTEGER)"_s });
    auto store = openStore();
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), HistoryStore::kSchemaVersion);
    QVERIFY(store->addSubmission(submission(u"x"_s)) > 0);
}

void TestHistoryStore::migratesVersionOneKeepingRows()
{
    // A history written by the release before the marks (schema 1), with one row.
    writeRaw(HistorySchema::stepsTo(1)
        + QStringList {
            u"INSERT INTO tasks (task_id, prompt, state) VALUES ('1-AigcAudioTask-at', 'old rain', 'Finished')"_s,
            u"PRAGMA user_version = 1"_s });
    auto store = openStore();
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), HistoryStore::kSchemaVersion);
    const auto r = store->byTaskId(u"1-AigcAudioTask-at"_s);
    QVERIFY(r);
    QCOMPARE(r->prompt, u"old rain"_s);
    QCOMPARE(r->rating, 0);
    QVERIFY(!r->favourite);
    QVERIFY(r->tags.isEmpty());
    QVERIFY(store->setRating(r->id, 4));
    QCOMPARE(store->record(r->id)->rating, 4);
}

void TestHistoryStore::ratingFavouriteTagsAndSearch()
{
    auto store = openStore();
    QVERIFY(store);
    const qint64 a = store->addSubmission(submission(u"rain on metal"_s));
    const qint64 b = store->addSubmission(submission(u"rain on glass"_s));
    const qint64 c = store->addSubmission(submission(u"wind"_s));
    QVERIFY(store->setRating(a, 5) && store->setRating(b, 3));
    QVERIFY(store->setFavourite(b, true));
    QVERIFY(store->setTags(a, { u" Rain "_s, u"metal"_s, u"rain"_s }));
    QVERIFY(store->setTags(b, { u"rain"_s, u"glass"_s }));
    QCOMPARE(store->record(a)->tags, (QStringList { u"metal"_s, u"rain"_s })); // normalised, sorted, once
    // The rules, with the field and the rule in the message; nothing changed.
    QVERIFY(!store->setRating(c, 6));
    QVERIFY(store->lastError().contains(u"0 to 5"_s));
    QVERIFY(!store->setTags(c, { u"rain,metal"_s }));
    QVERIFY(store->lastError().contains(u"letters, digits"_s));
    QVERIFY(store->record(c)->tags.isEmpty());

    auto ids = [&](const QString& search) {
        HistoryFilter f;
        f.applySearch(search);
        QList<qint64> out;
        for (const TaskRecord& r : store->list(f))
            out.append(r.id);
        std::sort(out.begin(), out.end());
        return out;
    };
    QCOMPARE(ids(u"tag:rain"_s), (QList<qint64> { a, b }));
    QCOMPARE(ids(u"tag:rain tag:metal"_s), (QList<qint64> { a }));
    QCOMPARE(ids(u"tag:rai"_s), (QList<qint64> {})); // a whole tag, not a part of one
    QCOMPARE(ids(u"rating>=4"_s), (QList<qint64> { a }));
    QCOMPARE(ids(u"rating>2 fav"_s), (QList<qint64> { b }));
    QCOMPARE(ids(u"glass tag:rain"_s), (QList<qint64> { b }));
    QCOMPARE(ids(u"\u26054"_s), (QList<qint64> { a }));
}

void TestHistoryStore::noticesWritesFromElsewhere()
{
    auto app = openStore();
    auto cli = openStore(); // another connection to the same file, as the CLI has
    QVERIFY(app && cli);
    QVERIFY(!app->changedElsewhere()); // the first call takes note
    QVERIFY(app->addSubmission(submission(u"own"_s)) > 0);
    QVERIFY(!app->changedElsewhere()); // its own writes do not count
    QVERIFY(cli->addSubmission(submission(u"theirs"_s)) > 0);
    QVERIFY(app->changedElsewhere());
    QVERIFY(!app->changedElsewhere());
}

void TestHistoryStore::refusesANewerSchema()
{
    {
        auto store = openStore();
        QVERIFY(store);
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"future"_s);
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA user_version = 99"_s));
    }
    QSqlDatabase::removeDatabase(u"future"_s);
    HistoryStore store(m_clock.get());
    QString error;
    QVERIFY(!store.open(dbPath(), &error));
    QVERIFY2(error.contains(u"newer"_s) && error.contains(dbPath()), qPrintable(error));
    QCOMPARE(store.lastError(), error);
    QVERIFY(!store.isOpen());
}

void TestHistoryStore::garbageFileGivesClearError()
{
    QDir().mkpath(QFileInfo(dbPath()).absolutePath());
    QFile f(dbPath());
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray garbage;
    for (int i = 0; i < 8192; ++i)
        garbage.append(static_cast<char>((i * 7919) % 251));
    f.write(garbage);
    f.close();

    HistoryStore store(m_clock.get());
    QString error;
    QVERIFY(!store.open(dbPath(), &error));
    qInfo("garbage file: %s", qUtf8Printable(error));
    QVERIFY2(error.contains(dbPath()), qPrintable(error));
    QVERIFY2(error.contains(u"not a SQLite database"_s), qPrintable(error));
    QVERIFY(!store.isOpen());
    QCOMPARE(store.addSubmission(submission(u"x"_s)), 0); // and nothing crashes afterwards
    QVERIFY(!store.lastError().isEmpty());
    QCOMPARE(QFileInfo(dbPath()).size(), 8192); // the user's file is left as it was
}

void TestHistoryStore::damagedDatabaseGivesClearError()
{
    {
        auto store = openStore();
        QVERIFY(store);
        QList<TaskRecord> many;
        for (int i = 0; i < 400; ++i)
            many.append(submission(u"prompt number %1 "_s.arg(i) + QString(200, u'x')));
        QVERIFY(store->insertRecords(many).size() == 400);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"ckpt"_s);
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    }
    QSqlDatabase::removeDatabase(u"ckpt"_s);
    // Overwrite pages 2..9 (b-tree pages) but keep the header page intact.
    QFile f(dbPath());
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.size() > 16 * 4096);
    f.seek(4096);
    f.write(QByteArray(8 * 4096, '\xA5'));
    f.close();

    HistoryStore store(m_clock.get());
    QString error;
    QVERIFY(!store.open(dbPath(), &error));
    qInfo("damaged file: %s", qUtf8Printable(error));
    QVERIFY2(error.contains(dbPath()), qPrintable(error));
    QVERIFY2(error.contains(u"damaged"_s), qPrintable(error));
}

void TestHistoryStore::submissionToFinishedWithDownload()
{
    auto store = openStore();
    QVERIFY(store);
    QSignalSpy added(store.get(), &HistoryStore::recordAdded);
    QSignalSpy changed(store.get(), &HistoryStore::recordChanged);

    TaskRecord draft = submission(u"Fireworks during Spring Festival celebrations"_s);
    draft.state = TaskRecord::State::Finished; // ignored: a submission always starts as Submitting
    const qint64 id = store->addSubmission(draft);
    QVERIFY(id > 0);
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first().first().toLongLong(), id);
    auto r = store->record(id);
    QCOMPARE(r->state, TaskRecord::State::Submitting);
    QVERIFY(r->taskId.isEmpty());
    QVERIFY(r->isUnfinished());
    QCOMPARE(r->requestJson, draft.requestJson);

    m_clock->advance(1000);
    QVERIFY(store->setCreated(id, kTaskA, u"req-create"_s, exchange()));
    QCOMPARE(changed.size(), 1);
    r = store->record(id);
    QCOMPARE(r->state, TaskRecord::State::Waiting);
    QCOMPARE(r->taskId, kTaskA);
    QCOMPARE(r->requestId, u"req-create"_s);
    QCOMPARE(r->updatedAt, m_clock->nowUtc());
    const HttpExchange back = HttpExchangeJson::fromBytes(r->exchangeJson);
    QCOMPARE(back.action, u"CreateAigcAudioTask"_s);
    QCOMPARE(back.requestBody, QByteArray("{\"Prompt\":\"x\"}"));
    QVERIFY(!r->exchangeJson.contains("very-secret-token"));
    QVERIFY(r->exchangeJson.contains(HttpExchange::kRedacted));
    QCOMPARE(store->byTaskId(kTaskA)->id, id);

    QVERIFY(store->updateFromTask(task(kTaskA, u"WAITING"_s, 0)));
    QCOMPARE(store->record(id)->state, TaskRecord::State::Waiting);
    QVERIFY(store->updateFromTask(task(kTaskA, u"PROCESSING"_s, 40)));
    r = store->record(id);
    QCOMPARE(r->state, TaskRecord::State::Processing);
    QCOMPARE(r->progress, 40);
    QCOMPARE(r->createTime, QDateTime(QDate(2023, 11, 14), QTime(22, 13, 30), Qt::UTC));
    QCOMPARE(r->beginProcessTime, QDateTime(QDate(2023, 11, 14), QTime(22, 13, 31), Qt::UTC));
    QVERIFY(!r->finishTime.isValid());
    QCOMPARE(r->downloadState, TaskRecord::DownloadState::None);
    QCOMPARE(r->prompt, u"Fireworks during Spring Festival celebrations"_s); // ours, not the echo

    QVERIFY(store->updateFromTask(task(kTaskA, u"FINISH"_s, 100, {}, {}, true)));
    r = store->record(id);
    QCOMPARE(r->state, TaskRecord::State::Finished);
    QVERIFY(!r->isUnfinished());
    QCOMPARE(r->progress, 100);
    QCOMPARE(r->finishTime, QDateTime(QDate(2023, 11, 14), QTime(22, 14, 0), Qt::UTC));
    QCOMPARE(r->fileType, u"mp3"_s);
    QCOMPARE(r->fileUrl, u"https://example.vod2.myqcloud.com/out.mp3"_s);
    QCOMPARE(r->storageMode, u"Temporary"_s);
    QCOMPARE(r->duration, 6.5);
    QCOMPARE(r->urlExpiresAt, r->finishTime.addDays(7));
    QCOMPARE(r->downloadState, TaskRecord::DownloadState::Pending);
    QVERIFY(r->errorMessage.isEmpty());
    const QJsonObject response = QJsonDocument::fromJson(r->responseJson).object();
    QCOMPARE(response.value(u"RequestId"_s).toString(), u"req-describe"_s);
    QCOMPARE(response.value(u"AigcAudioTask"_s).toObject().value(u"TaskId"_s).toString(), kTaskA);

    QVERIFY(store->setDownload(id, TaskRecord::DownloadState::Partial, u"/tmp/x.mp3"_s));
    QCOMPARE(store->record(id)->downloadState, TaskRecord::DownloadState::Partial);
    QVERIFY(store->setDownload(id, TaskRecord::DownloadState::Failed, {}, u"HTTP 404"_s));
    QCOMPARE(store->record(id)->downloadError, u"HTTP 404"_s);
    QVERIFY(store->setDownload(id, TaskRecord::DownloadState::Done, u"/tmp/x.mp3"_s));
    r = store->record(id);
    QCOMPARE(r->downloadState, TaskRecord::DownloadState::Done);
    QCOMPARE(r->localPath, u"/tmp/x.mp3"_s);
    QVERIFY(r->downloadError.isEmpty());

    // A repeated FINISH answer does not turn a downloaded file back into Pending.
    QVERIFY(store->updateFromTask(task(kTaskA, u"FINISH"_s, 100, {}, {}, true)));
    QCOMPARE(store->record(id)->downloadState, TaskRecord::DownloadState::Done);
}

void TestHistoryStore::finishedIsNotUndoneByAStaleAnswer()
{
    auto store = openStore();
    QVERIFY(store);
    const qint64 id = store->addSubmission(submission(u"x"_s));
    QVERIFY(store->setCreated(id, kTaskA, u"r"_s, exchange()));
    QVERIFY(store->updateFromTask(task(kTaskA, u"FINISH"_s, 100, {}, {}, true)));
    QSignalSpy changed(store.get(), &HistoryStore::recordChanged);
    QVERIFY(store->updateFromTask(task(kTaskA, u"PROCESSING"_s, 50)));
    QCOMPARE(store->record(id)->state, TaskRecord::State::Finished);
    QCOMPARE(store->record(id)->progress, 100);
    QCOMPARE(changed.size(), 0);
}

void TestHistoryStore::submitFailed()
{
    auto store = openStore();
    QVERIFY(store);
    const qint64 id = store->addSubmission(submission(u"x"_s));
    const ApiError err = ApiError::fromApi(
        u"InvalidParameter.ViolationContent"_s, u"the prompt was refused"_s, u"req-refused"_s);
    QVERIFY(store->setSubmitFailed(id, err));
    const auto r = store->record(id);
    QCOMPARE(r->state, TaskRecord::State::SubmitFailed);
    QCOMPARE(r->errCodeExt, u"InvalidParameter.ViolationContent"_s);
    QVERIFY(r->errorMessage.contains(u"the prompt was refused"_s));
    QCOMPARE(r->requestId, u"req-refused"_s);
    QVERIFY(r->taskId.isEmpty());
    QVERIFY(!r->isUnfinished());
}

void TestHistoryStore::outcomeUnknownThenReconciled()
{
    auto store = openStore();
    QVERIFY(store);
    const qint64 id = store->addSubmission(submission(u"x"_s));
    QVERIFY(store->setOutcomeUnknown(
        id, ApiError::transport(ApiError::Kind::OutcomeUnknown, u"the connection dropped"_s)));
    auto r = store->record(id);
    QCOMPARE(r->state, TaskRecord::State::OutcomeUnknown);
    QVERIFY(r->errorMessage.contains(u"the connection dropped"_s));
    QVERIFY(r->isUnfinished());
    QCOMPARE(store->unfinished().size(), 1);

    QVERIFY(store->resolveOutcome(id, kTaskB));
    r = store->record(id);
    QCOMPARE(r->state, TaskRecord::State::Waiting);
    QCOMPARE(r->taskId, kTaskB);
    QVERIFY(r->errorMessage.isEmpty());
    QVERIFY(!store->resolveOutcome(id, kTaskC)); // only an unresolved record can be resolved
    QVERIFY(store->lastError().contains(u"Waiting"_s));

    // A late answer to the Create itself is also accepted while the outcome is unknown.
    const qint64 id2 = store->addSubmission(submission(u"y"_s));
    QVERIFY(store->setOutcomeUnknown(id2, ApiError::transport(ApiError::Kind::Timeout, u"timeout"_s)));
    QVERIFY(store->setCreated(id2, kTaskC, u"req"_s, exchange()));
    QCOMPARE(store->record(id2)->state, TaskRecord::State::Waiting);
}

void TestHistoryStore::failedAndAbortedTasks()
{
    auto store = openStore();
    QVERIFY(store);
    const qint64 a = store->addSubmission(submission(u"a"_s));
    const qint64 b = store->addSubmission(submission(u"b"_s));
    const qint64 c = store->addSubmission(submission(u"c"_s));
    QVERIFY(store->setCreated(a, kTaskA, u"r"_s, exchange()));
    QVERIFY(store->setCreated(b, kTaskB, u"r"_s, exchange()));
    QVERIFY(store->setCreated(c, kTaskC, u"r"_s, exchange()));

    QVERIFY(store->updateFromTask(
        task(kTaskA, u"FINISH"_s, 100, u"InvalidParameter.VoilationContent"_s, u"content refused"_s)));
    auto r = store->record(a);
    QCOMPARE(r->state, TaskRecord::State::Failed);
    QCOMPARE(r->errCodeExt, u"InvalidParameter.VoilationContent"_s); // as the service spelled it
    QVERIFY2(r->errorMessage.contains(u"InvalidParameter.ViolationContent: content refused"_s),
        qPrintable(r->errorMessage));
    QCOMPARE(r->downloadState, TaskRecord::DownloadState::None);

    QVERIFY(store->updateFromTask(task(kTaskB, u"ABORTED"_s, 0)));
    QCOMPARE(store->record(b)->state, TaskRecord::State::Aborted);
    QVERIFY(store->record(b)->errorMessage.contains(u"OperationCanceled"_s));

    // FINISH without any output is a failure too.
    QVERIFY(store->updateFromTask(task(kTaskC, u"FINISH"_s, 100)));
    QCOMPARE(store->record(c)->state, TaskRecord::State::Failed);
    QCOMPARE(
        TaskRecord::stateFromTask(task(kTaskC, u"FINISH"_s, 100, {}, {}, true)), TaskRecord::State::Finished);
    QCOMPARE(TaskRecord::stateFromTask(task(kTaskC, u"SOMETHING_NEW"_s, 10)), TaskRecord::State::Processing);
}

void TestHistoryStore::lostTask()
{
    auto store = openStore();
    QVERIFY(store);
    const qint64 a = store->addSubmission(submission(u"a"_s));
    const qint64 b = store->addSubmission(submission(u"b"_s));
    QVERIFY(store->setCreated(a, kTaskA, u"r"_s, exchange()));
    QVERIFY(store->setCreated(b, kTaskB, u"r"_s, exchange()));
    QVERIFY(store->updateFromTask(task(kTaskB, u"FINISH"_s, 100, {}, {}, true)));
    const ApiError notFound = ApiError::fromApi(u"ResourceNotFound"_s, u"task not exist"_s, u"req-x"_s);
    QVERIFY(store->markLost(kTaskA, notFound));
    QCOMPARE(store->record(a)->state, TaskRecord::State::Lost);
    QCOMPARE(store->record(a)->errCodeExt, u"ResourceNotFound"_s);
    QVERIFY(store->record(a)->errorMessage.contains(u"req-x"_s));
    // The service forgetting a finished task after 3 days changes nothing here.
    QVERIFY(store->markLost(kTaskB, notFound));
    QCOMPARE(store->record(b)->state, TaskRecord::State::Finished);
    QVERIFY(!store->markLost(kTaskC, notFound));
    QVERIFY(store->lastError().contains(kTaskC));
    // If it turns up after all, the real answer wins.
    QVERIFY(store->updateFromTask(task(kTaskA, u"PROCESSING"_s, 10)));
    QCOMPARE(store->record(a)->state, TaskRecord::State::Processing);
}

void TestHistoryStore::invalidTransitionsAreRefused()
{
    auto store = openStore();
    QVERIFY(store);
    const qint64 id = store->addSubmission(submission(u"x"_s));
    QVERIFY(store->setCreated(id, kTaskA, u"r"_s, exchange()));
    QVERIFY(!store->setCreated(id, kTaskB, u"r"_s, exchange()));
    QVERIFY(store->lastError().contains(u"Waiting"_s));
    QVERIFY(!store->setSubmitFailed(id, ApiError::invalidRequest(u"x"_s)));
    QVERIFY(!store->setOutcomeUnknown(id, ApiError::invalidRequest(u"x"_s)));
    QCOMPARE(store->record(id)->taskId, kTaskA);
    QVERIFY(!store->setCreated(id, {}, u"r"_s, exchange()));
    QVERIFY(!store->setCreated(4242, kTaskB, u"r"_s, exchange()));
    QVERIFY(store->lastError().contains(u"4242"_s));
    QVERIFY(!store->setDownload(4242, TaskRecord::DownloadState::Done, u"/x"_s));
    QVERIFY(store->lastError().contains(u"4242"_s));
    QVERIFY(!store->updateFromTask(task(kTaskC, u"PROCESSING"_s, 1)));
    QVERIFY(store->lastError().contains(kTaskC));
}

void TestHistoryStore::taskIdIsUnique()
{
    auto store = openStore();
    QVERIFY(store);
    const qint64 a = store->addSubmission(submission(u"a"_s));
    const qint64 b = store->addSubmission(submission(u"b"_s));
    QVERIFY(a > 0 && b > 0); // many rows without a TaskId are fine
    QVERIFY(store->setCreated(a, kTaskA, u"r"_s, exchange()));
    QVERIFY(!store->setCreated(b, kTaskA, u"r"_s, exchange()));
    QVERIFY2(store->lastError().contains(kTaskA) && store->lastError().contains(u"already"_s),
        qPrintable(store->lastError()));
    QCOMPARE(store->record(b)->state, TaskRecord::State::Submitting); // unchanged, rolled back

    QVERIFY(store->setOutcomeUnknown(b, ApiError::transport(ApiError::Kind::Timeout, u"t"_s)));
    QVERIFY(!store->resolveOutcome(b, kTaskA));
    TaskRecord imported = submission(u"c"_s);
    imported.taskId = kTaskA;
    imported.state = TaskRecord::State::Finished;
    QCOMPARE(store->insertRecord(imported), 0);
    QVERIFY(store->lastError().contains(kTaskA));
    // A batch with a duplicate stores nothing.
    TaskRecord fresh = submission(u"d"_s);
    fresh.taskId = kTaskB;
    QVERIFY(store->insertRecords({ fresh, imported }).isEmpty());
    QVERIFY(!store->byTaskId(kTaskB));
    QCOMPARE(store->count(), 2);

    // And the database itself enforces it.
    const QString path = dbPath();
    store.reset();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(!q.exec(u"INSERT INTO tasks (task_id, state) VALUES ('%1', 'Waiting')"_s.arg(kTaskA)));
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}

void TestHistoryStore::softRemoveRestoreAndPurge()
{
    auto store = openStore();
    QVERIFY(store);
    const qint64 a = store->addSubmission(submission(u"a"_s));
    const qint64 b = store->addSubmission(submission(u"b"_s));
    QSignalSpy removed(store.get(), &HistoryStore::recordRemoved);
    QSignalSpy added(store.get(), &HistoryStore::recordAdded);

    m_clock->advance(5000);
    QVERIFY(store->softRemove(a));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(store->record(a)->removedAt, m_clock->nowUtc());
    QCOMPARE(store->count(), 1);
    QCOMPARE(store->list().first().id, b);
    HistoryStore::Filter all;
    all.includeRemoved = true;
    QCOMPARE(store->count(all), 2);
    HistoryStore::Filter trash;
    trash.onlyRemoved = true;
    QCOMPARE(store->list(trash).size(), 1);
    QCOMPARE(store->list(trash).first().id, a);
    QVERIFY(store->softRemove(a)); // idempotent
    QCOMPARE(removed.size(), 1);

    QVERIFY(store->restore(a)); // undo
    QCOMPARE(added.size(), 1);
    QVERIFY(!store->record(a)->removedAt.isValid());
    QCOMPARE(store->count(), 2);

    QVERIFY(store->softRemove(a));
    m_clock->advance(60'000);
    QVERIFY(store->softRemove(b));
    // Purge what was removed more than 30 s ago: only a.
    QCOMPARE(store->purgeRemoved(m_clock->nowUtc().addSecs(-30)), 1);
    QVERIFY(!store->record(a));
    QVERIFY(store->record(b));
    QCOMPARE(removed.last().first().toLongLong(), a);
    QCOMPARE(store->purgeRemoved(m_clock->nowUtc().addSecs(1)), 1);
    QCOMPARE(store->count(all), 0);
    QVERIFY(!store->softRemove(a));
}

void TestHistoryStore::filtersAndSorts()
{
    auto store = openStore();
    QVERIFY(store);
    struct Row
    {
        QString prompt;
        QString model;
        QString profile;
        TaskRecord::State state;
        QString taskId;
        QString error;
        double duration;
    };
    const QList<Row> rows {
        { u"Fireworks at night"_s, u"Kling"_s, u"default"_s, TaskRecord::State::Finished, kTaskA, {}, 6.0 },
        { u"春节的烟花"_s, u"Kling"_s, u"intl"_s, TaskRecord::State::Processing, kTaskB, {}, 0.0 },
        { u"healing piano 100%_done"_s, u"MiniMaxMusic"_s, u"default"_s, TaskRecord::State::Failed, kTaskC,
            u"ModelGenerateFailed: the model could not"_s, 0.0 },
        { u"rain on a window"_s, u"GL"_s, u"intl"_s, TaskRecord::State::Waiting,
            u"1-AigcAudioTask-11111111111111111111111111111111t"_s, {}, 0.0 },
        { u"thunder"_s, u"Kling"_s, u"default"_s, TaskRecord::State::SubmitFailed, {},
            u"InvalidParameter: bad"_s, 0.0 },
    };
    QList<qint64> ids;
    for (int i = 0; i < rows.size(); ++i) {
        const Row& row = rows.at(i);
        TaskRecord r = submission(row.prompt, row.model);
        r.profileName = row.profile;
        r.state = row.state;
        r.taskId = row.taskId;
        r.errorMessage = row.error;
        r.duration = row.duration;
        r.submittedAt = m_clock->nowUtc().addSecs(60 * i);
        ids.append(store->insertRecord(r));
        QVERIFY(ids.last() > 0);
    }
    const auto prompts = [](const QList<TaskRecord>& list) {
        QStringList out;
        for (const TaskRecord& r : list)
            out.append(r.prompt);
        return out;
    };
    HistoryStore::Filter f;
    // Default: newest first.
    QCOMPARE(prompts(store->list(f)).first(), u"thunder"_s);
    f.sortOrder = Qt::AscendingOrder;
    QCOMPARE(prompts(store->list(f)).first(), u"Fireworks at night"_s);

    f = {};
    f.text = u"fireworks"_s; // case-insensitive
    QCOMPARE(prompts(store->list(f)), QStringList { u"Fireworks at night"_s });
    f.text = u"烟花"_s;
    QCOMPARE(prompts(store->list(f)), QStringList { u"春节的烟花"_s });
    f.text = u"0123456789abcdef"_s; // TaskId
    QCOMPARE(prompts(store->list(f)), QStringList { u"春节的烟花"_s });
    f.text = u"minimax"_s; // model
    QCOMPARE(prompts(store->list(f)), QStringList { u"healing piano 100%_done"_s });
    f.text = u"ModelGenerateFailed"_s; // error
    QCOMPARE(store->count(f), 1);
    f.text = u"100%_"_s; // LIKE wildcards are literal
    QCOMPARE(store->count(f), 1);
    f.text = u"%"_s;
    QCOMPARE(store->count(f), 1);
    f.text = u"_"_s;
    QCOMPARE(store->count(f), 1);

    f = {};
    f.states = { TaskRecord::State::Waiting, TaskRecord::State::Processing };
    QCOMPARE(store->count(f), 2);
    f.model = u"Kling"_s;
    QCOMPARE(prompts(store->list(f)), QStringList { u"春节的烟花"_s });
    f = {};
    f.profile = u"intl"_s;
    QCOMPARE(store->count(f), 2);
    f.model = u"GL"_s;
    QCOMPARE(store->count(f), 1);

    f = {};
    f.sortColumn = HistoryFilter::SortColumn::Prompt;
    f.sortOrder = Qt::AscendingOrder;
    QCOMPARE(prompts(store->list(f)),
        (QStringList { u"Fireworks at night"_s, u"healing piano 100%_done"_s, u"rain on a window"_s,
            u"thunder"_s, u"春节的烟花"_s }));
    f.limit = 2;
    f.offset = 1;
    QCOMPARE(prompts(store->list(f)), (QStringList { u"healing piano 100%_done"_s, u"rain on a window"_s }));
    QCOMPARE(store->count(f), 5); // count ignores paging
    f.limit = -1;
    f.offset = 3;
    QCOMPARE(store->list(f).size(), 2);

    f = {};
    f.sortColumn = HistoryFilter::SortColumn::State; // lifecycle order
    f.sortOrder = Qt::AscendingOrder;
    QList<TaskRecord::State> states;
    for (const TaskRecord& r : store->list(f))
        states.append(r.state);
    QCOMPARE(states,
        (QList<TaskRecord::State> { TaskRecord::State::SubmitFailed, TaskRecord::State::Waiting,
            TaskRecord::State::Processing, TaskRecord::State::Finished, TaskRecord::State::Failed }));

    f.sortColumn = HistoryFilter::SortColumn::Duration;
    f.sortOrder = Qt::DescendingOrder;
    QCOMPARE(store->list(f).first().prompt, u"Fireworks at night"_s);
    f.sortColumn = HistoryFilter::SortColumn::Model;
    f.sortOrder = Qt::AscendingOrder;
    QCOMPARE(store->list(f).first().modelName, u"GL"_s);

    QVERIFY(store->softRemove(ids.first()));
    f = {};
    f.text = u"fireworks"_s;
    QCOMPARE(store->count(f), 0);
    f.includeRemoved = true;
    QCOMPARE(store->count(f), 1);

    QCOMPARE(store->models(), (QStringList { u"GL"_s, u"Kling"_s, u"MiniMaxMusic"_s }));
    QCOMPARE(store->profiles(), (QStringList { u"default"_s, u"intl"_s }));
}

void TestHistoryStore::markExpiredAfter72Hours()
{
    auto store = openStore();
    QVERIFY(store);
    const QDateTime t0 = m_clock->nowUtc();
    const qint64 waiting = store->addSubmission(submission(u"waiting"_s));
    QVERIFY(store->setCreated(waiting, kTaskA, u"r"_s, exchange()));
    const qint64 unknown = store->addSubmission(submission(u"unknown"_s));
    QVERIFY(store->setOutcomeUnknown(unknown, ApiError::transport(ApiError::Kind::Timeout, u"t"_s)));
    const qint64 finished = store->addSubmission(submission(u"finished"_s));
    QVERIFY(store->setCreated(finished, kTaskB, u"r"_s, exchange()));
    QVERIFY(store->updateFromTask(task(kTaskB, u"FINISH"_s, 100, {}, {}, true)));
    m_clock->advance(3600 * 1000); // one hour later
    const qint64 younger = store->addSubmission(submission(u"younger"_s));

    QSignalSpy changed(store.get(), &HistoryStore::recordChanged);
    int n = -1;
    m_clock->setNowMs(t0.addSecs(71 * 3600).toMSecsSinceEpoch());
    QVERIFY(store->markExpired(m_clock->nowUtc(), &n));
    QCOMPARE(n, 0);
    QCOMPARE(changed.size(), 0);

    m_clock->setNowMs(t0.addSecs(72 * 3600 + 1).toMSecsSinceEpoch());
    QVERIFY(store->markExpired(m_clock->nowUtc(), &n));
    QCOMPARE(n, 2);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(store->record(waiting)->state, TaskRecord::State::Expired);
    QCOMPARE(store->record(unknown)->state, TaskRecord::State::Expired);
    QVERIFY(store->record(unknown)->errorMessage.contains(u"t"_s)); // the original reason stays
    QVERIFY(store->record(waiting)->errorMessage.contains(u"72"_s));
    QCOMPARE(store->record(finished)->state, TaskRecord::State::Finished);
    QCOMPARE(store->record(younger)->state, TaskRecord::State::Submitting);

    m_clock->setNowMs(t0.addSecs(74 * 3600).toMSecsSinceEpoch());
    QVERIFY(store->markExpired(m_clock->nowUtc(), &n));
    QCOMPARE(n, 1);
    QCOMPARE(store->record(younger)->state, TaskRecord::State::Expired);
    QVERIFY(store->unfinished().isEmpty());
}

void TestHistoryStore::unfinishedAndPendingDownloads()
{
    auto store = openStore();
    QVERIFY(store);
    const qint64 a = store->addSubmission(submission(u"a"_s));
    const qint64 b = store->addSubmission(submission(u"b"_s));
    const qint64 c = store->addSubmission(submission(u"c"_s));
    const qint64 d = store->addSubmission(submission(u"d"_s));
    QVERIFY(store->setCreated(b, kTaskB, u"r"_s, exchange()));
    QVERIFY(store->setCreated(c, kTaskC, u"r"_s, exchange()));
    QVERIFY(store->updateFromTask(task(kTaskC, u"FINISH"_s, 100, {}, {}, true)));
    QVERIFY(store->setSubmitFailed(d, ApiError::invalidRequest(u"no"_s)));
    QList<qint64> unfinished;
    for (const TaskRecord& r : store->unfinished())
        unfinished.append(r.id);
    QCOMPARE(unfinished, (QList<qint64> { a, b }));
    QVERIFY(store->softRemove(a));
    QCOMPARE(store->unfinished().size(), 1);

    QCOMPARE(store->pendingDownloads().size(), 1);
    QCOMPARE(store->pendingDownloads().first().id, c);
    QVERIFY(store->setDownload(c, TaskRecord::DownloadState::Partial, u"/x.mp3"_s));
    QCOMPARE(store->pendingDownloads().size(), 1);
    QVERIFY(store->setDownload(c, TaskRecord::DownloadState::Done, u"/x.mp3"_s));
    QVERIFY(store->pendingDownloads().isEmpty());
}

void TestHistoryStore::errorsAreReported()
{
    HistoryStore closed(m_clock.get());
    QCOMPARE(closed.addSubmission(submission(u"x"_s)), 0);
    QVERIFY(closed.lastError().contains(u"not open"_s));
    QVERIFY(!closed.record(1));
    QCOMPARE(closed.count(), -1);
    QVERIFY(closed.list().isEmpty());
    QVERIFY(!closed.markExpired(m_clock->nowUtc()));

    auto store = openStore();
    QVERIFY(store);
    QVERIFY(!store->record(77));
    QVERIFY(store->lastError().contains(u"77"_s));
    QVERIFY(!store->softRemove(77));
    QVERIFY(!store->restore(77));

    // A folder where the file should be.
    HistoryStore bad(m_clock.get());
    QString error;
    QVERIFY(!bad.open(m_dir->path(), &error));
    QVERIFY(error.contains(m_dir->path()));
}

void TestHistoryStore::tenThousandRows()
{
    auto store = openStore();
    QVERIFY(store);
    const QStringList models { u"Kling"_s, u"MiniMaxMusic"_s, u"GL"_s };
    const QList<TaskRecord::State> states { TaskRecord::State::Finished, TaskRecord::State::Failed,
        TaskRecord::State::Processing, TaskRecord::State::Waiting };
    QList<TaskRecord> records;
    records.reserve(10'000);
    for (int i = 0; i < 10'000; ++i) {
        TaskRecord r = submission(
            u"generated prompt %1 with some words about rain, wind and birds"_s.arg(i), models.at(i % 3));
        r.taskId = u"251441341-AigcAudioTask-%1t"_s.arg(i, 32, 16, QChar(u'0'));
        r.state = states.at(i % 4);
        r.submittedAt = m_clock->nowUtc().addSecs(i);
        r.duration = (i % 60) + 0.5;
        r.responseJson = QJsonDocument(taskResponse(r.taskId, u"FINISH"_s, 100, {}, {}, true))
                             .toJson(QJsonDocument::Compact);
        records.append(r);
    }
    QElapsedTimer timer;
    timer.start();
    const QList<qint64> ids = store->insertRecords(records);
    const qint64 insertMs = timer.elapsed();
    QCOMPARE(ids.size(), 10'000);

    timer.restart();
    const QList<TaskRecord> all = store->list();
    const qint64 listMs = timer.elapsed();
    QCOMPARE(all.size(), 10'000);
    QCOMPARE(all.first().prompt, u"generated prompt 9999 with some words about rain, wind and birds"_s);

    timer.restart();
    HistoryStore::Filter f;
    f.text = u"prompt 99"_s;
    f.states = { TaskRecord::State::Finished };
    f.sortColumn = HistoryFilter::SortColumn::Duration;
    const QList<TaskRecord> some = store->list(f);
    const qint64 filterMs = timer.elapsed();
    QVERIFY(!some.isEmpty());

    timer.restart();
    HistoryStore::Filter page;
    page.limit = 100;
    page.offset = 5000;
    QCOMPARE(store->list(page).size(), 100);
    QCOMPARE(store->count(), 10'000);
    const qint64 pageMs = timer.elapsed();

    timer.restart();
    QCOMPARE(store->byTaskId(records.at(1234).taskId)->id, ids.at(1234));
    const qint64 lookupMs = timer.elapsed();

    // Single-row transactions, as the app makes them.
    timer.restart();
    for (int i = 0; i < 200; ++i)
        QVERIFY(store->setDownload(ids.at(i), TaskRecord::DownloadState::Done, u"/x"_s));
    const qint64 updatesMs = timer.elapsed();

    qInfo("10k rows: insert %lld ms (one transaction), list all %lld ms, filtered list %lld ms (%lld rows), "
          "page of 100 + count %lld ms, TaskId lookup %lld ms, 200 single updates %lld ms",
        insertMs, listMs, filterMs, static_cast<qint64>(some.size()), pageMs, lookupMs, updatesMs);
    QVERIFY2(listMs < 2000, qPrintable(u"listing 10,000 rows took %1 ms"_s.arg(listMs)));
    QVERIFY2(filterMs < 2000, qPrintable(u"filtering 10,000 rows took %1 ms"_s.arg(filterMs)));
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
