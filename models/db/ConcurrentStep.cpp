#include "db/ConcurrentStep.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace {

const QRegularExpression &concurrentStatement()
{
    static const QRegularExpression pattern(QStringLiteral("^(?:CREATE\\s+(?:UNIQUE\\s+)?|DROP\\s+)INDEX\\s+CONCURRENTLY\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// CREATE [UNIQUE] INDEX CONCURRENTLY [IF NOT EXISTS] name ON [ONLY] [schema.]table
const QRegularExpression &indexBuild()
{
    static const QRegularExpression pattern(
        QStringLiteral("^CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+CONCURRENTLY\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?([A-Za-z_][A-Za-z0-9_$]*)"
                       "\\s+ON\\s+(?:ONLY\\s+)?(?:([A-Za-z_][A-Za-z0-9_$]*)\\.)?[A-Za-z_][A-Za-z0-9_$]*"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

enum class IndexState { Missing, Valid, Invalid, Unknown };

IndexState stateOf(QSqlQuery &query, const QString &index)
{
    query.prepare(QStringLiteral("SELECT i.indisvalid FROM pg_catalog.pg_index i WHERE i.indexrelid = to_regclass(?)"));
    query.addBindValue(index);
    if (!query.exec())
        return IndexState::Unknown;
    if (!query.next())
        return IndexState::Missing;
    return query.value(0).toBool() ? IndexState::Valid : IndexState::Invalid;
}

} // namespace

bool ConcurrentStep::matches(const QString &statement)
{
    return concurrentStatement().match(statement).hasMatch();
}

ConcurrentStep::ConcurrentStep(QString statement) : m_statement(std::move(statement))
{
    const QRegularExpressionMatch m = indexBuild().match(m_statement);
    if (m.hasMatch())
        m_index = (m.captured(2).isEmpty() ? QStringLiteral("public") : m.captured(2)) + u'.' + m.captured(1);
}

StepOutcome ConcurrentStep::run(const QString &connectionName) const
{
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    if (!m_index.isEmpty()) {
        const IndexState before = stateOf(query, m_index);
        if (before == IndexState::Unknown)
            return StepOutcome::of(query);
        if (before == IndexState::Valid)
            return {};
        // IF NOT EXISTS would take an invalid index for a built one: drop it first. The
        // name is our own migration's text, not user input.
        if (before == IndexState::Invalid && !query.exec(QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS ") + m_index))
            return StepOutcome::of(query);
    }
    if (!query.exec(m_statement))
        return StepOutcome::of(query);
    if (!m_index.isEmpty() && stateOf(query, m_index) != IndexState::Valid)
        return {tr("index %1 is not valid after it was built").arg(m_index), QString()};
    return {};
}
