#include "quota/QuotaLevel.h"

QStringList QuotaLevel::all()
{
    return {QStringLiteral("ok"), QStringLiteral("warning"), QStringLiteral("critical"), QStringLiteral("exceeded")};
}

QString QuotaLevel::forPercentage(int percentage)
{
    if (percentage >= ExceededAt)
        return QStringLiteral("exceeded");
    if (percentage >= CriticalAt)
        return QStringLiteral("critical");
    if (percentage >= WarningAt)
        return QStringLiteral("warning");
    return QStringLiteral("ok");
}

QList<std::pair<QString, int>> QuotaLevel::thresholds()
{
    return {{QStringLiteral("warning"), WarningAt}, {QStringLiteral("critical"), CriticalAt}, {QStringLiteral("exceeded"), ExceededAt}};
}

QString QuotaLevel::displayName(const QString &level)
{
    if (level == QLatin1String("ok"))
        return tr("OK");
    if (level == QLatin1String("warning"))
        return tr("Warning");
    if (level == QLatin1String("critical"))
        return tr("Critical");
    if (level == QLatin1String("exceeded"))
        return tr("Exceeded");
    return level;
}
