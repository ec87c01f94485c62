#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "common/Result.h"

/// Applies the versioned SQL files of resources/sql/ in order, each in one transaction,
/// recorded in quotadesk.schema_migrations. Creates the upstream tables only where they
/// are missing and never alters them. Refuses a database whose schema is newer than
/// this binary.
class Migrator final
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    struct Report
    {
        int fromVersion = 0;
        int toVersion = 0;
        QStringList applied; // names, in order
    };

    explicit Migrator(QString connectionName) : m_connectionName(std::move(connectionName)) {}

    static QList<Migration> bundledMigrations();
    static int latestVersion();

    Result<Report> migrate() const;
    /// 0 when Quotadesk's schema was never installed.
    Result<int> installedVersion() const;
    /// Checks that the database is ready for use: schema current, upstream tables present.
    Status verify() const;

    static QStringList upstreamTables();

private:
    QString m_connectionName;
};
