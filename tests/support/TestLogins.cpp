#include "TestLogins.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "TestDatabase.h"
#include "db/DatabaseConnector.h"
#include "users/StaffLogins.h"

TestLogins::TestLogins(const TestDatabase &db, const QString &tag)
    : m_dbConnection(db.connectionName())
    , m_dbConninfo(db.conninfo())
    , m_prefix(QStringLiteral("qd%1_%2_").arg(tag).arg(QCoreApplication::applicationPid()))
    , m_superConnection(QStringLiteral("logins:super:") + m_prefix)
{
    DatabaseConnector::open(TestDatabase::superuserConninfo(QStringLiteral("postgres")), m_superConnection);
}

TestLogins::~TestLogins()
{
    for (const QString &name : std::as_const(m_names))
        DatabaseConnector::close(connection(name));
    for (const QString &name : std::as_const(m_names))
        super(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login(name)));
    DatabaseConnector::close(m_superConnection);
}

QString TestLogins::add(const QString &name, const QStringList &roles, std::optional<int> staffId)
{
    if (const QString created = super(QStringLiteral("CREATE ROLE %1 LOGIN").arg(login(name))); !created.isEmpty())
        return created;
    m_names << name;
    if (!roles.isEmpty()) {
        if (const Status granted = StaffLogins(m_dbConnection).grant(login(name), roles, staffId); !granted)
            return granted.error();
    }
    if (const Status opened = DatabaseConnector::open(conninfo(name), connection(name)); !opened)
        return opened.error();
    QSqlQuery who(QSqlDatabase::database(connection(name), false));
    if (!who.exec(QStringLiteral("SELECT session_user, (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)")) || !who.next())
        return who.lastError().text();
    if (who.value(0).toString() != login(name) || who.value(1).toBool())
        return QStringLiteral("%1 is not a plain login: never test as a superuser").arg(login(name));
    return {};
}

QString TestLogins::connection(const QString &name) const
{
    return QStringLiteral("logins:") + login(name);
}

QString TestLogins::conninfo(const QString &name) const
{
    return m_dbConninfo + QStringLiteral(" user=") + login(name);
}

QString TestLogins::super(const QString &sql) const
{
    QSqlQuery query(QSqlDatabase::database(m_superConnection, false));
    return query.exec(sql) ? QString() : query.lastError().text();
}
