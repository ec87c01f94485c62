#include "RestTestWorld.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include "db/DatabaseConnector.h"

#include "rest/JwtVerifier.h"
#include "users/StaffLogins.h"

RestTestWorld::RestTestWorld()
    : m_db(std::make_unique<TestDatabase>()),
      m_login(QStringLiteral("qdt_%1_restserver").arg(QCoreApplication::applicationPid()))
{
    if (!m_db->isValid()) {
        m_error = m_db->error();
        return;
    }
    m_data = std::make_unique<QuotaTestData>(*m_db);
    m_adminStaff = m_data->addStaff();
    m_plainUser = m_data->addUser();
    m_otherUser = m_data->addUser();
    if (!m_data->ok()) {
        m_error = m_data->error();
        return;
    }
    m_db->exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_login));
    if (const QString created = m_db->exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(m_login)); !created.isEmpty()) {
        m_error = created;
        return;
    }
    if (const Status granted = StaffLogins(m_db->connectionName()).grant(m_login, {QStringLiteral("service"), QStringLiteral("delegate")}, std::nullopt);
        !granted) {
        m_error = granted.error();
        return;
    }
    QFile file(secretFile());
    if (!file.open(QIODevice::WriteOnly) || file.write(m_secret + '\n') < 0)
        m_error = file.errorString();
}

RestTestWorld::~RestTestWorld()
{
    // The role goes after the database that holds its grants.
    const QString dropRole = QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_login);
    m_data.reset();
    m_db.reset();
    const QString connection = QStringLiteral("rest-world-cleanup");
    if (DatabaseConnector::open(TestDatabase::superuserConninfo(QStringLiteral("postgres")), connection))
        QSqlQuery(QSqlDatabase::database(connection, false)).exec(dropRole);
    DatabaseConnector::close(connection);
}

QString RestTestWorld::serverDatabase() const
{
    return m_db->conninfo() + QStringLiteral(" user=") + m_login;
}

QByteArray RestTestWorld::jwtFor(int userId) const
{
    return JwtVerifier::sign(m_secret, userId, QDateTime::currentSecsSinceEpoch() + 3600);
}
