#include "db/Migrator.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "db/SqlError.h"
#include "db/SqlScript.h"

namespace {

// Any constant: serialises concurrent `migrate` runs on one database.
constexpr qint64 MigrationLockKey = 0x71644D6967726174; // "qdMigrat"

} // namespace

QStringList Migrator::upstreamTables()
{
    return {QStringLiteral("users"), QStringLiteral("plans"), QStringLiteral("subscriptions"),
            QStringLiteral("ai_provider_configs"), QStringLiteral("ai_provider_usage_logs"),
            QStringLiteral("ai_cache"), QStringLiteral("admin_action_logs")};
}

QList<Migrator::Migration> Migrator::bundledMigrations()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(.+)\\.sql$"));
    QList<Migration> migrations;
    const QDir dir(QStringLiteral(":/sql"));
    for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch m = pattern.match(file);
        if (m.hasMatch())
            migrations.append({m.captured(1).toInt(), m.captured(2), dir.filePath(file)});
    }
    std::sort(migrations.begin(), migrations.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return migrations;
}

int Migrator::latestVersion()
{
    const QList<Migration> all = bundledMigrations();
    return all.isEmpty() ? 0 : all.constLast().version;
}

Result<int> Migrator::installedVersion() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("SELECT to_regclass('quotadesk.schema_migrations') IS NOT NULL")) || !query.next())
        return Result<int>::failure(SqlError::message(query), SqlError::failureOf(query));
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM quotadesk.schema_migrations")) || !query.next())
        return Result<int>::failure(SqlError::message(query), SqlError::failureOf(query));
    return query.value(0).toInt();
}

Result<Migrator::Report> Migrator::migrate() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return Result<Report>::failure(SqlError::notConnected());

    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT pg_advisory_lock(?)"));
    query.addBindValue(MigrationLockKey);
    if (!query.exec())
        return Result<Report>::failure(SqlError::message(query));
    auto unlock = qScopeGuard([&db] {
        QSqlQuery release(db);
        release.prepare(QStringLiteral("SELECT pg_advisory_unlock(?)"));
        release.addBindValue(MigrationLockKey);
        release.exec();
    });

    // The migrations create cluster-wide roles (0009): say so up front, in one line,
    // rather than fail half-way through one of them.
    if (const Result<int> before = installedVersion(); before && before.value() < latestVersion()) {
        if (!query.exec(QStringLiteral("SELECT rolsuper OR rolcreaterole FROM pg_catalog.pg_roles WHERE rolname = current_user"))
            || !query.next())
            return Result<Report>::failure(SqlError::message(query));
        if (!query.value(0).toBool())
            return Result<Report>::failure(tr("Migrating needs a superuser or a role with CREATEROLE (it creates the quotadesk_* roles): run quotactl migrate as one; nothing was changed."),
                                           Failure::NotPermitted);
    }

    query.exec(QStringLiteral("SET client_min_messages = warning")); // no "already exists, skipping" noise
    if (!query.exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS quotadesk"))
        || !query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS quotadesk.schema_migrations ("
                                      " version integer PRIMARY KEY,"
                                      " name text NOT NULL,"
                                      " checksum text NOT NULL,"
                                      " applied_at timestamp NOT NULL DEFAULT (now() AT TIME ZONE 'UTC'))")))
        return Result<Report>::failure(tr("Cannot create Quotadesk's bookkeeping table: %1").arg(SqlError::message(query)));

    const Result<int> installed = installedVersion();
    if (!installed)
        return Result<Report>::failure(installed.error());

    Report report;
    report.fromVersion = report.toVersion = installed.value();
    const int latest = latestVersion();
    if (installed.value() > latest)
        return Result<Report>::failure(tr("This database's Quotadesk schema is version %1, newer than this program knows (%2): upgrade Quotadesk; nothing was changed.")
                                           .arg(installed.value())
                                           .arg(latest));

    for (const Migration &migration : bundledMigrations()) {
        if (migration.version <= installed.value())
            continue;
        QFile file(migration.resourcePath);
        if (!file.open(QIODevice::ReadOnly))
            return Result<Report>::failure(tr("Migration %1 is missing from this build.").arg(migration.name));
        const QByteArray sql = file.readAll();

        if (!db.transaction())
            return Result<Report>::failure(SqlError::message(db));
        QSqlQuery step(db);
        QSqlQuery record(db);
        record.prepare(QStringLiteral("INSERT INTO quotadesk.schema_migrations (version, name, checksum) VALUES (?, ?, ?)"));
        record.addBindValue(migration.version);
        record.addBindValue(migration.name);
        record.addBindValue(QString::fromLatin1(QCryptographicHash::hash(sql, QCryptographicHash::Sha256).toHex()));
        QString why;
        for (const QString &statement : SqlScript::split(QString::fromUtf8(sql))) {
            if (!step.exec(statement)) {
                why = SqlError::message(step);
                break;
            }
        }
        if (why.isEmpty() && !record.exec())
            why = SqlError::message(record);
        if (!why.isEmpty()) {
            db.rollback();
            return Result<Report>::failure(tr("Migration %1 (%2) failed and was rolled back: %3")
                                               .arg(migration.version, 4, 10, QLatin1Char('0'))
                                               .arg(migration.name, why));
        }
        if (!db.commit())
            return Result<Report>::failure(SqlError::message(db));
        report.applied << QStringLiteral("%1_%2").arg(migration.version, 4, 10, QLatin1Char('0')).arg(migration.name);
        report.toVersion = migration.version;
    }
    return report;
}

Status Migrator::verify() const
{
    const Result<int> installed = installedVersion();
    if (!installed)
        return Status::failure(installed.error(), installed.why());
    const int latest = latestVersion();
    if (installed.value() == 0)
        return Status::failure(tr("This database has no Quotadesk schema yet: run `quotactl migrate` first."));
    if (installed.value() < latest)
        return Status::failure(tr("This database's Quotadesk schema is version %1, older than this program's %2: run `quotactl migrate`.")
                                   .arg(installed.value())
                                   .arg(latest));
    if (installed.value() > latest)
        return Status::failure(tr("This database's Quotadesk schema is version %1, newer than this program knows (%2): upgrade Quotadesk.")
                                   .arg(installed.value())
                                   .arg(latest));

    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    for (const QString &table : upstreamTables()) {
        query.prepare(QStringLiteral("SELECT to_regclass(?) IS NOT NULL"));
        query.addBindValue(QString(QStringLiteral("public.") + table));
        if (!query.exec() || !query.next())
            return Status::failure(SqlError::message(query));
        if (!query.value(0).toBool())
            return Status::failure(tr("Table \"%1\" is missing from this database: run `quotactl migrate` to create it.").arg(table));
    }
    return {};
}
