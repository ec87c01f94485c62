#include "audit/AuditChain.h"

#include <algorithm>
#include <limits>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "audit/ActionId.h"
#include "db/SqlError.h"

namespace {

// One snapshot for both reads, so an action committing meanwhile is either wholly in
// (row and link) or wholly out.
class ReadSnapshot final
{
public:
    explicit ReadSnapshot(const QSqlDatabase &db) : m_db(db)
    {
        QSqlQuery begin(m_db);
        m_ok = begin.exec(QStringLiteral("START TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"));
        if (!m_ok)
            m_error = SqlError::message(begin);
    }
    ~ReadSnapshot()
    {
        if (m_ok)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    Q_DISABLE_COPY_MOVE(ReadSnapshot)

    bool ok() const { return m_ok; }
    QString error() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_ok = false;
    QString m_error;
};

} // namespace

QString AuditProblem::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Changed:
        return QStringLiteral("changed");
    case Kind::Deleted:
        return QStringLiteral("deleted");
    case Kind::Inserted:
        return QStringLiteral("inserted");
    case Kind::BrokenLink:
        return QStringLiteral("broken_link");
    }
    return {};
}

QJsonObject AuditProblem::toJson() const
{
    return {
        {QStringLiteral("kind"), kindName(kind)},
        {QStringLiteral("audit_log_id"), auditLogId > 0 ? QJsonValue(auditLogId) : QJsonValue()},
        {QStringLiteral("link"), link > 0 ? QJsonValue(link) : QJsonValue()},
        {QStringLiteral("message"), message},
    };
}

QJsonObject AuditVerification::toJson() const
{
    QJsonArray listed;
    for (const AuditProblem &problem : problems)
        listed.append(problem.toJson());
    return {
        {QStringLiteral("intact"), intact()},
        {QStringLiteral("links"), links},
        {QStringLiteral("head"), QString::fromLatin1(head)},
        {QStringLiteral("problem_count"), problemCount},
        {QStringLiteral("problems"), listed},
    };
}

AuditChain::AuditChain(QString connectionName) : m_connectionName(std::move(connectionName))
{
}

QByteArray AuditChain::linkHash(qint64 seq, const QUuid &actionId, qint64 auditLogId, const QByteArray &prevHashHex,
                                const QString &content)
{
    const QString input = QString::number(seq) + u'|' + (actionId.isNull() ? QString() : ActionId::text(actionId)) + u'|'
        + QString::number(auditLogId) + u'|' + QString::fromLatin1(prevHashHex) + u'|' + content;
    return QCryptographicHash::hash(input.toUtf8(), QCryptographicHash::Sha256).toHex();
}

Result<AuditVerification> AuditChain::verify(const std::function<bool(qint64)> &progress) const
{
    using R = Result<AuditVerification>;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return R::failure(SqlError::notConnected());
    const ReadSnapshot snapshot(db);
    if (!snapshot.ok())
        return R::failure(snapshot.error());

    AuditVerification result;
    // Memory stays bounded however broken the trail: the count is exact, the list is not.
    const auto found = [&result](AuditProblem::Kind kind, qint64 auditLogId, qint64 link, const QString &message) {
        ++result.problemCount;
        if (result.problems.size() < 2 * AuditVerification::MaxProblemsListed)
            result.problems.append({kind, auditLogId, link, message});
    };

    QSqlQuery links(db);
    links.setForwardOnly(true);
    if (!links.exec(QStringLiteral(
            "SELECT c.seq, c.action_id::text, c.audit_log_id, c.content, encode(c.prev_hash, 'hex'), encode(c.hash, 'hex'),"
            "       CASE WHEN a.id IS NOT NULL THEN quotadesk.audit_content(a) END "
            "FROM quotadesk.audit_chain c LEFT JOIN public.admin_action_logs a ON a.id = c.audit_log_id "
            "ORDER BY c.seq")))
        return R::failure(SqlError::message(links), SqlError::failureOf(links));
    qint64 expectedSeq = 1;
    QByteArray previousHash;
    while (links.next()) {
        const qint64 seq = links.value(0).toLongLong();
        const QUuid actionId(links.value(1).toString());
        const qint64 logId = links.value(2).toLongLong();
        const QString content = links.value(3).toString();
        const QByteArray prevHash = links.value(4).toString().toLatin1();
        const QByteArray hash = links.value(5).toString().toLatin1();

        if (seq != expectedSeq)
            found(AuditProblem::Kind::BrokenLink, 0, expectedSeq,
                  tr("Links %1 to %2 of the audit chain are missing: someone removed them.").arg(expectedSeq).arg(seq - 1));
        else if (prevHash != previousHash || hash != linkHash(seq, actionId, logId, prevHash, content))
            found(AuditProblem::Kind::BrokenLink, logId, seq,
                  tr("Link %1 of the audit chain (audit row #%2) was altered: its hash does not match.").arg(seq).arg(logId));
        else if (links.isNull(6))
            found(AuditProblem::Kind::Deleted, logId, seq,
                  tr("Audit row #%1 was deleted (by hand, or with its staff account: ON DELETE CASCADE).").arg(logId));
        else if (links.value(6).toString() != content)
            found(AuditProblem::Kind::Changed, logId, seq, tr("Audit row #%1 was changed after it was written.").arg(logId));
        expectedSeq = seq + 1;
        previousHash = hash;
        ++result.links;
        if (progress && result.links % 10000 == 0 && !progress(result.links))
            return R::failure(tr("The verification was cancelled after %1 links.").arg(result.links));
    }
    if (links.lastError().isValid())
        return R::failure(SqlError::message(links), SqlError::failureOf(links));
    result.head = previousHash;

    QSqlQuery foreign(db);
    foreign.setForwardOnly(true);
    if (!foreign.exec(QStringLiteral(
            "SELECT a.id, count(*) OVER () FROM public.admin_action_logs a "
            "WHERE NOT EXISTS (SELECT 1 FROM quotadesk.audit_chain c WHERE c.audit_log_id = a.id) "
            "ORDER BY a.id LIMIT %1").arg(AuditVerification::MaxProblemsListed)))
        return R::failure(SqlError::message(foreign), SqlError::failureOf(foreign));
    qint64 inserted = 0;
    while (foreign.next()) {
        const qint64 logId = foreign.value(0).toLongLong();
        inserted = foreign.value(1).toLongLong();
        if (result.problems.size() < 2 * AuditVerification::MaxProblemsListed)
            result.problems.append({AuditProblem::Kind::Inserted, logId, 0, tr("Audit row #%1 was inserted outside Quotadesk.").arg(logId)});
    }
    result.problemCount += inserted;

    // The first problem is the earliest row: order by audit row id (links without one last).
    std::stable_sort(result.problems.begin(), result.problems.end(), [](const AuditProblem &a, const AuditProblem &b) {
        const qint64 left = a.auditLogId > 0 ? a.auditLogId : std::numeric_limits<qint64>::max();
        const qint64 right = b.auditLogId > 0 ? b.auditLogId : std::numeric_limits<qint64>::max();
        return left < right;
    });
    if (result.problems.size() > AuditVerification::MaxProblemsListed)
        result.problems.resize(AuditVerification::MaxProblemsListed);
    return result;
}
