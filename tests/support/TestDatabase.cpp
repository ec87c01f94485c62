#include "TestDatabase.h"

#include <memory>

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include "Translations.h"
#include "db/DatabaseConnector.h"
#include "db/Migrator.h"
#include "demo/DemoMarker.h"
#include "demo/ThrowawayPostgres.h"

namespace {

// Tests speak English as the programs do: with the English plural forms ("1 entry").
// Every test links this file, so every test process gets them.
void speakEnglish()
{
    Translations::installEnglishPlurals();
}
Q_COREAPP_STARTUP_FUNCTION(speakEnglish)

struct ClusterInfo
{
    QString directory;
    int port = 0;
    QString error;
};

// A test run on its own (not through ctest) starts its own cluster; it dies with the process.
std::unique_ptr<ThrowawayPostgres> &ownCluster()
{
    static std::unique_ptr<ThrowawayPostgres> cluster;
    return cluster;
}

const ClusterInfo &cluster()
{
    static const ClusterInfo info = [] {
        ClusterInfo result;
        QString statePath = qEnvironmentVariable("QUOTADESK_TEST_PG_STATE");
        if (statePath.isEmpty())
            statePath = QStringLiteral(QUOTADESK_PG_STATE);
        QFile state(statePath);
        if (state.open(QIODevice::ReadOnly)) {
            result.directory = QString::fromUtf8(state.readLine()).trimmed();
            result.port = QString::fromUtf8(state.readLine()).trimmed().toInt();
            if (QFile::exists(result.directory + QStringLiteral("/data/postmaster.pid")))
                return result;
        }
        ownCluster() = std::make_unique<ThrowawayPostgres>();
        const Status started = ownCluster()->start();
        if (!started) {
            result.error = started.error();
            return result;
        }
        qAddPostRoutine([] { ownCluster().reset(); });
        result.directory = ownCluster()->directory();
        result.port = ownCluster()->port();
        return result;
    }();
    return info;
}

QString quoteIdent(const QString &name)
{
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

} // namespace

QString TestDatabase::clusterDirectory()
{
    return cluster().directory;
}

int TestDatabase::clusterPort()
{
    return cluster().port;
}

QString TestDatabase::superuserConninfo(const QString &database)
{
    return ThrowawayPostgres::conninfo(cluster().directory, cluster().port, database);
}

TestDatabase::TestDatabase(Schema schema)
{
    static QAtomicInt counter;
    const int serial = counter.fetchAndAddRelaxed(1);
    const QString base = QCoreApplication::applicationName().isEmpty() ? QStringLiteral("test") : QCoreApplication::applicationName();
    m_name = QStringLiteral("%1_%2_%3").arg(base.toLower().left(30)).arg(QCoreApplication::applicationPid()).arg(serial);
    m_connectionName = QStringLiteral("test:") + m_name;

    if (!cluster().error.isEmpty()) {
        m_error = cluster().error;
        return;
    }
    const QString adminName = QStringLiteral("test-admin:") + m_name;
    Status status = DatabaseConnector::open(superuserConninfo(QStringLiteral("postgres")), adminName);
    if (status) {
        QSqlQuery create(QSqlDatabase::database(adminName, false));
        if (!create.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'").arg(quoteIdent(m_name))))
            status = Status::failure(create.lastError().text());
    }
    DatabaseConnector::close(adminName);
    if (!status) {
        m_error = status.error();
        return;
    }
    status = DatabaseConnector::open(conninfo(), m_connectionName);
    if (!status) {
        m_error = status.error();
        return;
    }
    if (schema == Schema::Migrated) {
        const Result<Migrator::Report> migrated = Migrator(m_connectionName).migrate();
        if (!migrated)
            m_error = migrated.error();
    }
}

TestDatabase::~TestDatabase()
{
    DatabaseConnector::close(m_connectionName);
    if (!cluster().error.isEmpty())
        return;
    const QString adminName = QStringLiteral("test-admin:") + m_name;
    if (DatabaseConnector::open(superuserConninfo(QStringLiteral("postgres")), adminName)) {
        QSqlQuery drop(QSqlDatabase::database(adminName, false));
        drop.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoteIdent(m_name)));
    }
    DatabaseConnector::close(adminName);
}

QSqlDatabase TestDatabase::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status TestDatabase::markAsDemo() const
{
    return DemoMarker::mark(m_connectionName);
}

QString TestDatabase::conninfo() const
{
    return superuserConninfo(m_name);
}

Status TestDatabase::openConnection(const QString &connectionName) const
{
    return DatabaseConnector::open(conninfo(), connectionName);
}

QString TestDatabase::exec(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery query(db());
    if (binds.isEmpty()) {
        if (!query.exec(sql))
            return query.lastError().text();
        return {};
    }
    query.prepare(sql);
    for (const QVariant &v : binds)
        query.addBindValue(v);
    if (!query.exec())
        return query.lastError().text();
    return {};
}

QVariant TestDatabase::scalar(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery query(db());
    query.prepare(sql);
    for (const QVariant &v : binds)
        query.addBindValue(v);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0);
}

QString testDataPath(const QString &relative)
{
    return QStringLiteral(QUOTADESK_TEST_DATA "/") + relative;
}

QString sourcePath(const QString &relative)
{
    return QStringLiteral(QUOTADESK_SOURCE_DIR "/") + relative;
}
