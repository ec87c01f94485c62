#include "quota/QuotaPeriod.h"

QStringList QuotaPeriod::all()
{
    return {QStringLiteral("daily"), QStringLiteral("monthly"), QStringLiteral("hourly")};
}

QString QuotaPeriod::description(const QString &period)
{
    if (period == QLatin1String("daily"))
        return tr("Daily tokens (today, UTC)");
    if (period == QLatin1String("monthly"))
        return tr("Monthly tokens (this month, UTC)");
    if (period == QLatin1String("hourly"))
        return tr("Hourly calls (last 60 minutes)");
    return period;
}

QString QuotaPeriod::resetReport(const QString &period, const QStringList &emails)
{
    // One whole sentence per period, for one user and for several.
    if (emails.size() == 1) {
        const QString &user = emails.constFirst();
        if (period == QLatin1String("daily"))
            return tr("The daily quota of %1 was reset.").arg(user);
        if (period == QLatin1String("monthly"))
            return tr("The monthly quota of %1 was reset.").arg(user);
        if (period == QLatin1String("hourly"))
            return tr("The hourly quota of %1 was reset.").arg(user);
        return tr("The quota “%1” of %2 was reset.").arg(period, user);
    }
    const int n = int(emails.size());
    if (period == QLatin1String("daily"))
        return tr("The daily quota of %Ln users was reset.", nullptr, n);
    if (period == QLatin1String("monthly"))
        return tr("The monthly quota of %Ln users was reset.", nullptr, n);
    if (period == QLatin1String("hourly"))
        return tr("The hourly quota of %Ln users was reset.", nullptr, n);
    return tr("The quota “%1” of %Ln users was reset.", nullptr, n).arg(period);
}
