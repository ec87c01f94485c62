#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include "common/Result.h"

/// A fresh database for one test, in the run's throwaway cluster (started by the ctest
/// fixture, or by the first TestDatabase when a test runs on its own). Dropped on
/// destruction. Its connection is opened in the creating thread under connectionName().
class TestDatabase final
{
    Q_DISABLE_COPY_MOVE(TestDatabase)

public:
    enum class Schema { Migrated, Empty };

    explicit TestDatabase(Schema schema = Schema::Migrated);
    ~TestDatabase();

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    QString name() const { return m_name; }
    QString connectionName() const { return m_connectionName; }
    QSqlDatabase db() const;
    /// conninfo for this database over the cluster's socket (trusted superuser).
    QString conninfo() const;
    /// Opens another connection to this database (e.g. for a second thread).
    Status openConnection(const QString &connectionName) const;

    /// Marks this database as a Quotadesk demo database (DemoMarker), as the demo does when it
    /// creates its own: every test that loads demo data or simulates traffic calls this first.
    Status markAsDemo() const;

    /// Runs SQL (several statements allowed) and returns the error text, empty on success.
    QString exec(const QString &sql, const QVariantList &binds = {}) const;
    /// First column of the first row, or an invalid QVariant on error.
    QVariant scalar(const QString &sql, const QVariantList &binds = {}) const;

    /// The cluster of this run.
    static QString clusterDirectory();
    static int clusterPort();
    static QString superuserConninfo(const QString &database);

private:
    QString m_name;
    QString m_connectionName;
    QString m_error;
};

/// Path of a file under tests/data.
QString testDataPath(const QString &relative);
/// Path of a file in the source tree.
QString sourcePath(const QString &relative);
