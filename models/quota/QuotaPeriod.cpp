#include "quota/QuotaPeriod.h"

QStringList QuotaPeriod::all()
{
    return {QStringLiteral("daily"), QStringLiteral("monthly"), QStringLiteral("hourly")};
}

QString QuotaPeriod::displayName(const QString &period)
{
    if (period == QLatin1String("daily"))
        return tr("daily");
    if (period == QLatin1String("monthly"))
        return tr("monthly");
    if (period == QLatin1String("hourly"))
        return tr("hourly");
    return period;
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
