#pragma once

#include "core/tasks/HistoryFilter.h"
#include "core/tasks/TaskRecord.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

class QSqlQuery;

// The "tasks" table of the history database: its schema steps, its columns, the mapping between a row
// and a TaskRecord, and the SQL of a HistoryFilter. Pure: HistoryStore runs what it gives.
class HistorySchema
{
public:
    // The schema version this build writes. Older files are migrated on open; newer ones are refused.
    static constexpr int kVersion = 2;
    // The statements that take a database from version-1 to version.
    static QStringList stepsTo(int version);

    // The columns a SELECT reads for recordFrom(), in its order.
    static const QString& selectColumns();
    static const QString& insertSql();
    // Binds every column of insertSql() (positional).
    static void bind(QSqlQuery& query, const TaskRecord& record);
    static TaskRecord recordFrom(const QSqlQuery& query);

    static QString sortExpression(HistoryFilter::SortColumn column);
    // " WHERE ..." (or empty) with its positional values appended.
    static QString whereClause(const HistoryFilter& filter, QVariantList& values);
    // "('Waiting', 'Processing')"
    static QString inList(const QList<TaskRecord::State>& states);
    // AwaitingUploads, Submitting, OutcomeUnknown, Waiting, Processing.
    static const QList<TaskRecord::State>& unfinishedStates();

    // A time as stored (ms since the epoch, UTC), NULL when invalid.
    static QVariant timeValue(const QDateTime& time);
    static QDateTime timeFrom(const QVariant& value);
    // Tags as stored: ",rain,metal," ("," when none).
    static QString tagsValue(const QStringList& tags);
};
