#pragma once

#include <memory>

#include <QByteArrayList>
#include <QSqlError>
#include <QString>
#include <QVariant>

#include "common/Result.h"

struct pg_result; // libpq's PGresult

/// A query run on a QPSQL connection's own libpq handle with PostgreSQL's extended
/// protocol, for the statements on the REST server's hot path. QPSQL runs a prepared
/// QSqlQuery as SQL text ("EXECUTE name (values)"), which the server parses and analyses
/// again on every run; here a thread that keeps its statements (StatementCache) prepares
/// each one once per connection and then only binds values. Other threads send the
/// statement with its values in one unnamed round trip.
///
/// The reading side has QSqlQuery's names (next, value, isNull), so one reader serves both.
/// Values come back typed by the column's type: bool, integers, else text.
class LibpqQuery final
{
public:
    /// `sql` with $1, $2, ... placeholders.
    LibpqQuery(QString connectionName, QByteArray sql);
    ~LibpqQuery();
    LibpqQuery(const LibpqQuery &) = delete;
    LibpqQuery &operator=(const LibpqQuery &) = delete;

    /// The next placeholder's value in PostgreSQL's text form; a null QString is SQL NULL.
    void addBindValue(const QString &value);
    void addBindValue(int value) { addBindValue(QString::number(value)); }

    bool exec();
    bool next();
    QVariant value(int column) const;
    bool isNull(int column) const;

    /// The failure as QSqlQuery would report it (SQLSTATE in nativeErrorCode()).
    QSqlError lastError() const { return m_error; }
    /// SqlError's wording and Failure for lastError(), with a lost connection told apart.
    QString errorMessage() const;
    Failure failure() const;

    /// Forgets what the calling thread prepared on `connectionName` (it is being closed).
    static void forget(const QString &connectionName);

private:
    bool fail(pg_result *result);

    QString m_connectionName;
    QByteArray m_sql;
    QByteArrayList m_values;
    QList<bool> m_nulls;
    std::unique_ptr<pg_result, void (*)(pg_result *)> m_result;
    int m_row = -1;
    QSqlError m_error;
};
