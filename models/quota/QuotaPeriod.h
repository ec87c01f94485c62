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
    /// The period's adjective for sentences ("Reset the daily quota of …"), translated;
    /// unknown codes come back as they are.
    static QString displayName(const QString &period);
    /// What the period counts, for choosing one ("Daily tokens (today, UTC)"), translated.
    static QString description(const QString &period);
};
