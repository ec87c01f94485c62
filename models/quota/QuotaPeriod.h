#pragma once

#include <QCoreApplication>
#include <QStringList>

/// The periods a quota reset applies to. quotadesk.reset_quota() refuses any other.
class QuotaPeriod final
{
    Q_DECLARE_TR_FUNCTIONS(QuotaPeriod)

public:
    /// "daily", "monthly", "hourly": the codes the database and the command line use.
    static QStringList all();
    /// What the period counts, for choosing one ("Daily tokens (today, UTC)"), translated.
    static QString description(const QString &period);
    /// "The daily quota of alice@example.com was reset." / "The daily quota of 3 users
    /// was reset.", translated.
    static QString resetReport(const QString &period, const QStringList &emails);
};
