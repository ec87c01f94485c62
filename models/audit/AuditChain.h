#pragma once

#include <functional>

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include "common/Result.h"

/// One way the audit trail differs from what Quotadesk wrote.
struct AuditProblem
{
    enum class Kind {
        Changed,    ///< an audit row no longer says what it said when it was written
        Deleted,    ///< an audit row is gone (also upstream's ON DELETE CASCADE of its staff account)
        Inserted,   ///< an audit row that no Quotadesk function wrote
        BrokenLink, ///< a link of the chain itself was altered or removed
    };

    Kind kind = Kind::Changed;
    qint64 auditLogId = 0; // 0 when the problem is a link without its row id
    qint64 link = 0;       // the chain's seq; 0 for an inserted row
    QString message;

    static QString kindName(Kind kind); // "changed", "deleted", "inserted", "broken_link"
    QJsonObject toJson() const;
};

/// The outcome of recomputing the chain.
struct AuditVerification
{
    static constexpr int MaxProblemsListed = 100;

    qint64 links = 0;      // links checked
    QByteArray head;       // the last link's hash (hex): keep it elsewhere to detect a rewrite
    qint64 problemCount = 0;
    QList<AuditProblem> problems; // the first MaxProblemsListed, by audit row id

    bool intact() const { return problemCount == 0; }
    QJsonObject toJson() const;
};

/// The tamper-evident chain over admin_action_logs (migration 0010): each admin action
/// appends a link holding the audit row's canonical content and a SHA-256 over it and the
/// previous link's hash. verify() recomputes every hash here, in the client — a changed
/// function in the database cannot vouch for a changed chain — and compares each link
/// with the row it covers.
class AuditChain final
{
    Q_DECLARE_TR_FUNCTIONS(AuditChain)

public:
    explicit AuditChain(QString connectionName);

    /// Reads the chain and the audit rows in one snapshot, streaming. `progress` gets the
    /// links checked so far now and then; returning false stops (a failure).
    Result<AuditVerification> verify(const std::function<bool(qint64 links)> &progress = {}) const;

    /// The hash of one link, as quotadesk.audit_append() computes it: SHA-256 over
    /// "seq|action id|audit row id|previous hash (hex)|content" in UTF-8.
    static QByteArray linkHash(qint64 seq, const QUuid &actionId, qint64 auditLogId, const QByteArray &prevHashHex,
                               const QString &content);

private:
    QString m_connectionName;
};
