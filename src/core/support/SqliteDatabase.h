#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <unordered_map>

class QSqlQuery;

// One private SQLite connection (Qt Sql) as the stores use it (HistoryStore, UploadStore): a connection
// name of its own, so that several stores and threads can share a file; WAL journal; a busy timeout;
// write transactions that take the lock at once (BEGIN IMMEDIATE, so the app and the CLI never
// deadlock); versioned schemas; and every failure as a sentence that names the database and what was
// being done. Methods that can fail return false (or -1) and leave the sentence in lastError().
class SqliteDatabase
{
    Q_DECLARE_TR_FUNCTIONS(SqliteDatabase)

public:
    // label: what the file is to a person, for messages ("the history database").
    SqliteDatabase(const QString& connectionPrefix, const QString& label);
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase&) = delete;
    SqliteDatabase& operator=(const SqliteDatabase&) = delete;

    struct Options
    {
        bool integrityCheck = true; // PRAGMA quick_check before anything else
        QStringList pragmas; // after WAL, e.g. "PRAGMA synchronous=NORMAL"
    };

    // Creates the folder and the file if needed, checks and configures it.
    bool open(const QString& path, const Options& options);
    void close();
    bool isOpen() const;
    QSqlDatabase& db() { return m_db; }
    QString path() const { return m_path; }
    QString label() const { return m_label; }
    QString lastError() const { return m_lastError; }
    void clearError() const { m_lastError.clear(); }

    // Records a failure; returns false.
    bool fail(const QString& message) const;
    // "<what> failed in <label> <path>: <database text>"; returns false.
    bool failQuery(const QSqlQuery& query, const QString& what) const;
    bool exec(QSqlQuery& query, const QString& what) const;
    // Prepares, binds (positional) and runs sql.
    bool exec(const QString& sql, const QVariantList& values, const QString& what) const;
    // The statement for sql, prepared once per connection and kept, so that SQLite parses it once: the
    // stores run the same few statements for every poll answer. Its earlier results are finished; its
    // bound values are those of the last use until rebound. nullptr, with lastError() set, when sql
    // does not prepare. Valid until close().
    QSqlQuery* prepared(const QString& sql, const QString& what);

    bool begin();
    bool commit();
    void rollback();
    // begin(), work(), then commit() when it returns true, else rollback().
    bool transaction(const std::function<bool()>& work);

    // PRAGMA user_version, -1 on error.
    int userVersion() const;
    // Takes the schema from `from` to `to`, one transaction per version, with the statements
    // stepsTo(version) gives; refuses a file newer than `to`.
    bool migrate(int to, const std::function<QStringList(int)>& stepsTo);
    // PRAGMA journal_mode, lower case ("wal" once open).
    QString journalMode() const;

private:
    bool checkIntegrity();

    QString m_connectionName;
    QString m_label;
    QString m_path;
    mutable QString m_lastError;
    QSqlDatabase m_db;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
};
