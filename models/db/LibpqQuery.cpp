#include "db/LibpqQuery.h"

#include <cstdlib>

#include <QHash>
#include <QSqlDatabase>

#include <libpq-fe.h>

#include "db/SqlError.h"
#include "db/StatementCache.h"

namespace {

// PostgreSQL's type oids (pg_type.dat) of the columns read as numbers or booleans.
constexpr Oid BoolOid = 16;
constexpr Oid Int8Oid = 20;
constexpr Oid Int2Oid = 21;
constexpr Oid Int4Oid = 23;

// What a thread prepared on one connection. A reopened connection is a new PGconn: its
// statements are prepared again.
struct PreparedOnConnection
{
    PGconn *conn = nullptr;
    QHash<QByteArray, QByteArray> nameOf; // sql -> statement name
};

QHash<QString, PreparedOnConnection> &preparedByConnection()
{
    thread_local QHash<QString, PreparedOnConnection> mine;
    return mine;
}

QByteArray freshName()
{
    thread_local quint64 counter = 0;
    return QByteArrayLiteral("quotadesk_lq_") + QByteArray::number(++counter);
}

bool succeeded(const PGresult *result)
{
    const ExecStatusType status = PQresultStatus(result);
    return result && (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK);
}

QString sqlStateOf(const PGresult *result)
{
    return result ? QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE)) : QString();
}

} // namespace

LibpqQuery::LibpqQuery(QString connectionName, QByteArray sql)
    : m_connectionName(std::move(connectionName))
    , m_sql(std::move(sql))
    , m_result(nullptr, PQclear)
{
}

LibpqQuery::~LibpqQuery() = default;

void LibpqQuery::addBindValue(const QString &value)
{
    m_values.append(value.toUtf8());
    m_nulls.append(value.isNull());
}

bool LibpqQuery::exec()
{
    m_result.reset();
    m_row = -1;
    m_error = QSqlError();
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    PGconn *conn = db.isOpen() ? SqlError::libpqConnection(db.driver()) : nullptr;
    if (!conn) {
        m_error = QSqlError(SqlError::notConnected(), QString(), QSqlError::ConnectionError);
        return false;
    }

    QList<const char *> values;
    values.reserve(m_values.size());
    for (qsizetype i = 0; i < m_values.size(); ++i)
        values.append(m_nulls.at(i) ? nullptr : m_values.at(i).constData());
    const int count = int(values.size());

    if (!StatementCache::keepsStatements()) {
        PGresult *result = PQexecParams(conn, m_sql.constData(), count, nullptr, values.constData(), nullptr, nullptr, 0);
        return succeeded(result) ? (m_result.reset(result), true) : fail(result);
    }

    PreparedOnConnection &prepared = preparedByConnection()[m_connectionName];
    if (prepared.conn != conn)
        prepared = {conn, {}};
    for (int attempt = 0; attempt < 2; ++attempt) {
        QByteArray name = prepared.nameOf.value(m_sql);
        if (name.isEmpty()) {
            name = freshName();
            PGresult *made = PQprepare(conn, name.constData(), m_sql.constData(), 0, nullptr);
            if (!succeeded(made))
                return fail(made);
            PQclear(made);
            prepared.nameOf.insert(m_sql, name);
        }
        PGresult *result = PQexecPrepared(conn, name.constData(), count, values.constData(), nullptr, nullptr, 0);
        if (succeeded(result)) {
            m_result.reset(result);
            return true;
        }
        // The statement itself is no longer usable: the session lost it (DISCARD ALL,
        // 26000) or a migration changed its result type (0A000, "cached plan must not
        // change result type"). Prepared again under a new name, at once. Any other error
        // (a timeout, a refusal) keeps it: a new one per failure would pile up in the session.
        const QString state = sqlStateOf(result);
        if (attempt > 0 || (state != QLatin1String("26000") && state != QLatin1String("0A000")))
            return fail(result);
        PQclear(result);
        prepared.nameOf.remove(m_sql);
        if (state == QLatin1String("0A000"))
            PQclear(PQexec(conn, QByteArray("DEALLOCATE " + name).constData())); // may fail in an aborted transaction: harmless
    }
    return false;
}

bool LibpqQuery::fail(pg_result *result)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    PGconn *conn = SqlError::libpqConnection(db.driver());
    const QString text = QString::fromUtf8(result ? PQresultErrorMessage(result) : conn ? PQerrorMessage(conn) : "");
    m_error = QSqlError(QStringLiteral("Unable to run the statement"), text, QSqlError::StatementError, sqlStateOf(result));
    PQclear(result);
    return false;
}

bool LibpqQuery::next()
{
    if (!m_result || m_row + 1 >= PQntuples(m_result.get()))
        return false;
    ++m_row;
    return true;
}

bool LibpqQuery::isNull(int column) const
{
    return !m_result || m_row < 0 || PQgetisnull(m_result.get(), m_row, column);
}

QVariant LibpqQuery::value(int column) const
{
    if (!m_result || m_row < 0 || column < 0 || column >= PQnfields(m_result.get()))
        return {};
    const Oid type = PQftype(m_result.get(), column);
    const bool null = PQgetisnull(m_result.get(), m_row, column);
    const char *text = PQgetvalue(m_result.get(), m_row, column);
    switch (type) {
    case BoolOid:
        return null ? QVariant(QMetaType::fromType<bool>()) : QVariant(text[0] == 't');
    case Int8Oid:
        return null ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(std::strtoll(text, nullptr, 10));
    case Int2Oid:
    case Int4Oid:
        return null ? QVariant(QMetaType::fromType<int>()) : QVariant(int(std::strtoll(text, nullptr, 10)));
    default:
        return null ? QVariant(QMetaType::fromType<QString>())
                    : QVariant(QString::fromUtf8(text, PQgetlength(m_result.get(), m_row, column)));
    }
}

QString LibpqQuery::errorMessage() const
{
    return SqlError::message(m_error, QSqlDatabase::database(m_connectionName, false).driver());
}

Failure LibpqQuery::failure() const
{
    return SqlError::failureOf(m_error, QSqlDatabase::database(m_connectionName, false).driver());
}

void LibpqQuery::forget(const QString &connectionName)
{
    preparedByConnection().remove(connectionName);
}
