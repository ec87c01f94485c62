#pragma once

#include <QCoreApplication>
#include <QString>

#include "db/LockRetry.h"

/// A statement of a migration that runs after its transaction commits: CREATE INDEX
/// CONCURRENTLY and DROP INDEX CONCURRENTLY (PostgreSQL refuses them in a transaction). So
/// an index on an upstream table is built while the application keeps writing to it.
/// Running a step again is safe: a valid index of its name counts as built, and an invalid
/// one (pg_index.indisvalid false: an interrupted build) is dropped and built anew.
class ConcurrentStep final
{
    Q_DECLARE_TR_FUNCTIONS(ConcurrentStep)

public:
    /// Whether `statement` (comments stripped, as SqlScript::split leaves it) is one.
    static bool matches(const QString &statement);

    explicit ConcurrentStep(QString statement);

    /// The index a CREATE INDEX CONCURRENTLY builds, qualified with its table's schema
    /// ("public.qd_x"); empty for a DROP.
    QString builtIndex() const { return m_index; }

    /// One try on `connectionName` (outside any transaction).
    StepOutcome run(const QString &connectionName) const;

private:
    QString m_statement;
    QString m_index;
};
