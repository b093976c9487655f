#include "core/support/SqliteDatabase.h"

#include "core/support/PrivateFiles.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {
QAtomicInteger<quint64> s_connections;
}

SqliteDatabase::SqliteDatabase(const QString& connectionPrefix, const QString& label)
    : m_connectionName(connectionPrefix + u'-' + QString::number(s_connections.fetchAndAddRelaxed(1)))
    , m_label(label)
{
}

SqliteDatabase::~SqliteDatabase()
{
    close();
}

bool SqliteDatabase::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

void SqliteDatabase::close()
{
    m_prepared.clear(); // statements first: they hold the connection
    if (m_db.isValid()) {
        if (m_db.isOpen())
            m_db.close();
        m_db = QSqlDatabase();
    }
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

bool SqliteDatabase::fail(const QString& message) const
{
    m_lastError = message;
    return false;
}

bool SqliteDatabase::failQuery(const QSqlQuery& query, const QString& what) const
{
    const QSqlError e = query.lastError();
    QString detail = e.databaseText();
    if (detail.isEmpty())
        detail = e.text();
    return fail(tr("%1 failed in %2 %3: %4").arg(what, m_label, m_path, detail));
}

bool SqliteDatabase::exec(QSqlQuery& query, const QString& what) const
{
    return query.exec() || failQuery(query, what);
}

bool SqliteDatabase::exec(const QString& sql, const QVariantList& values, const QString& what) const
{
    QSqlQuery q(m_db);
    if (!q.prepare(sql))
        return failQuery(q, what);
    for (const QVariant& v : values)
        q.addBindValue(v);
    return exec(q, what);
}

QSqlQuery* SqliteDatabase::prepared(const QString& sql, const QString& what)
{
    // A store builds its statements from a handful of shapes; a search's filters make more. The
    // cache is emptied rather than grown past this.
    constexpr std::size_t kMaxPrepared = 64;
    if (const auto it = m_prepared.find(sql); it != m_prepared.end()) {
        it->second->finish();
        return it->second.get();
    }
    if (m_prepared.size() >= kMaxPrepared)
        m_prepared.clear();
    auto q = std::make_unique<QSqlQuery>(m_db);
    q->setForwardOnly(true);
    if (!q->prepare(sql)) {
        failQuery(*q, what);
        return nullptr;
    }
    return m_prepared.emplace(sql, std::move(q)).first->second.get();
}

bool SqliteDatabase::begin()
{
    if (!isOpen())
        return fail(tr("%1 is not open").arg(m_label));
    QSqlQuery q(m_db);
    // IMMEDIATE: take the write lock now, so two processes (the app and the CLI) never deadlock.
    return q.exec(u"BEGIN IMMEDIATE"_s) || failQuery(q, tr("starting a transaction"));
}

bool SqliteDatabase::commit()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"COMMIT"_s)) {
        failQuery(q, tr("committing a transaction"));
        rollback();
        return false;
    }
    return true;
}

void SqliteDatabase::rollback()
{
    QSqlQuery q(m_db);
    q.exec(u"ROLLBACK"_s);
}

bool SqliteDatabase::transaction(const std::function<bool()>& work)
{
    if (!begin())
        return false;
    if (!work()) {
        rollback();
        return false;
    }
    return commit();
}

bool SqliteDatabase::open(const QString& path, const Options& options)
{
    close();
    m_lastError.clear();
    m_path = path;
    const auto failed = [this](const QString& message) {
        fail(message);
        close();
        return false;
    };

    const QFileInfo info(path);
    QString folderError;
    if (!PrivateFiles::ensureFolder(info.absolutePath(), &folderError)) // 0700, an older folder too
        return failed(
            tr("cannot create the folder %1 for %2: %3").arg(info.absolutePath(), m_label, folderError));
    if (info.exists() && !info.isFile())
        return failed(tr("%1 %2 is not a file").arg(m_label, path));
    // Readable by its owner only, its -wal and -shm too: they hold what was written last (the
    // temporary upload credentials among it).
    QString modeError;
    if (!PrivateFiles::prepareDatabase(path, &modeError))
        return failed(modeError);

    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (!m_db.isValid())
        return failed(tr("the SQLite driver of Qt (qsqlite) is not available"));
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!m_db.open())
        return failed(tr("cannot open %1 %2: %3").arg(m_label, path, m_db.lastError().text()));
    if (options.integrityCheck && !checkIntegrity())
        return failed(m_lastError);
    {
        QSqlQuery q(m_db);
        if (!q.exec(u"PRAGMA journal_mode=WAL"_s) || !q.next())
            return failed(
                tr("cannot switch %1 %2 to WAL: %3").arg(m_label, path, q.lastError().databaseText()));
        if (q.value(0).toString().compare("wal"_L1, Qt::CaseInsensitive) != 0)
            qWarning("%s: journal_mode is %s, not WAL (file system without shared memory?)",
                qUtf8Printable(m_label), qUtf8Printable(q.value(0).toString()));
    }
    for (const QString& pragma : options.pragmas) {
        QSqlQuery q(m_db);
        if (!q.exec(pragma))
            return failed(tr("cannot configure %1 %2 (%3): %4")
                              .arg(m_label, path, pragma, q.lastError().databaseText()));
    }
    return true;
}

bool SqliteDatabase::checkIntegrity()
{
    // The first read of the file: a file that is not SQLite, or a damaged one, fails here.
    QSqlQuery q(m_db);
    if (!q.exec(u"PRAGMA quick_check"_s)) {
        return fail(tr("%1 %2 is damaged or is not a SQLite database (%3). Move it aside to start anew.")
                        .arg(m_label, m_path, q.lastError().databaseText()));
    }
    QStringList problems;
    while (q.next()) {
        const QStringList lines = q.value(0).toString().split(u'\n', Qt::SkipEmptyParts);
        for (const QString& line : lines) {
            if (line != "ok"_L1 && !line.startsWith("***"_L1))
                problems.append(line.trimmed());
        }
    }
    if (problems.isEmpty())
        return true;
    QString summary = problems.mid(0, 3).join(u"; "_s);
    if (problems.size() > 3)
        summary += tr("; and %n more problem(s)", nullptr, static_cast<int>(problems.size() - 3));
    return fail(tr("%1 %2 is damaged (integrity check: %3). Move it aside to start anew.")
                    .arg(m_label, m_path, summary));
}

int SqliteDatabase::userVersion() const
{
    if (!isOpen())
        return -1;
    QSqlQuery q(m_db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next()) {
        fail(tr("cannot read the schema version of %1: %2").arg(m_path, q.lastError().databaseText()));
        return -1;
    }
    return q.value(0).toInt();
}

QString SqliteDatabase::journalMode() const
{
    if (!isOpen())
        return {};
    QSqlQuery q(m_db);
    if (!q.exec(u"PRAGMA journal_mode"_s) || !q.next())
        return {};
    return q.value(0).toString().toLower();
}

bool SqliteDatabase::migrate(int to, const std::function<QStringList(int)>& stepsTo)
{
    const int from = userVersion();
    if (from < 0)
        return false;
    if (from > to)
        return fail(tr("%1 %2 has schema version %3, written by a newer version of this program (this one "
                       "knows up to %4)")
                        .arg(m_label, m_path)
                        .arg(from)
                        .arg(to));
    for (int version = from + 1; version <= to; ++version) {
        const bool ok = transaction([&] {
            for (const QString& sql : stepsTo(version)) {
                QSqlQuery q(m_db);
                if (!q.exec(sql))
                    return failQuery(q, tr("migrating to schema version %1").arg(version));
            }
            QSqlQuery q(m_db);
            // PRAGMA takes no bound parameters; version is an int of ours.
            return q.exec(u"PRAGMA user_version = %1"_s.arg(version))
                || failQuery(q, tr("writing schema version %1").arg(version));
        });
        if (!ok)
            return false;
    }
    return true;
}
