#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

/// The warning levels of a quota window and the percentages where they begin
/// (DESIGN.md). quotadesk.warning_level() in SQL holds the same numbers; tst_quota_rules
/// checks that both agree.
class QuotaLevel final
{
    Q_DECLARE_TR_FUNCTIONS(QuotaLevel)

public:
    static constexpr int WarningAt = 50;
    static constexpr int CriticalAt = 80;
    static constexpr int ExceededAt = 95;

    /// "ok", "warning", "critical", "exceeded": the level codes of the database and the
    /// JSON, mildest first.
    static QStringList all();
    /// The level a window at `percentage` % of its limit is at.
    static QString forPercentage(int percentage);
    /// Position in all(): a sort key, mildest first; -1 for an unknown code.
    static int rank(const QString &level) { return int(all().indexOf(level)); }
    /// The levels above "ok", mildest first, with the percentage where each begins.
    static QList<std::pair<QString, int>> thresholds();
    /// The level's name for people ("Critical"); unknown codes come back as they are.
    static QString displayName(const QString &level);
};
