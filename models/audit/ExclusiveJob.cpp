#include "audit/ExclusiveJob.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include "audit/ActionId.h"
#include "db/SqlError.h"

ExclusiveJob::ExclusiveJob(QString connectionName, const char *kind)
    : m_connectionName(std::move(connectionName)), m_kind(QString::fromLatin1(kind))
{
}

ExclusiveJob::~ExclusiveJob()
{
    if (!m_begun)
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen() || SqlError::connectionBroken(db.driver()))
        return; // the server released the lock with the session
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT quotadesk.job_end(?)"));
    query.addBindValue(m_kind);
    query.exec(); // a failure leaves the lock to the session's end: nothing else to do here
}

Status ExclusiveJob::begin(std::optional<int> staffId, const QUuid &actionId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT quotadesk.job_begin(?, ?::uuid, ?)"));
    query.addBindValue(m_kind);
    query.addBindValue(ActionId::text(actionId));
    query.addBindValue(staffId ? QVariant(*staffId) : QVariant(QMetaType(QMetaType::Int)));
    // Even a failed call may have taken the lock (session locks outlive a rollback).
    m_begun = true;
    if (!query.exec())
        return Status::failure(SqlError::message(query), SqlError::failureOf(query));
    return {};
}
