#include "quota/QuotaFilterModel.h"

#include "quota/QuotaLevel.h"
#include "quota/QuotaTableModel.h"

QuotaFilterModel::QuotaFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(QuotaTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void QuotaFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

void QuotaFilterModel::setPlan(const QString &plan)
{
    if (plan == m_plan)
        return;
    m_plan = plan;
    invalidateRowsFilter();
}

void QuotaFilterModel::setLevel(const QString &level)
{
    if (level == m_level)
        return;
    m_level = level;
    invalidateRowsFilter();
}

bool QuotaFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const QuotaTableModel *>(sourceModel());
    const QuotaStatus *s = model ? model->statusAt(sourceRow) : nullptr;
    if (!s || sourceParent.isValid())
        return false;
    if (!m_text.isEmpty()) {
        bool isNumber = false;
        const int id = m_text.toInt(&isNumber);
        // A number is an id (or part of an email); other text, part of the email or name.
        const bool matches = (isNumber && id == s->userId) || s->email.contains(m_text, Qt::CaseInsensitive)
                             || (!isNumber && s->fullName.contains(m_text, Qt::CaseInsensitive));
        if (!matches)
            return false;
    }
    if (m_plan == QLatin1String(UnknownPlans)) {
        if (s->limitsKnown)
            return false;
    } else if (!m_plan.isEmpty() && s->plan != m_plan) {
        return false;
    }
    if (!m_level.isEmpty()) {
        const int worst = QuotaLevel::rank(QuotaTableModel::worstLevel(*s));
        if (m_level == QLatin1String(AtRisk))
            return worst >= QuotaLevel::rank(QStringLiteral("warning"));
        return worst == QuotaLevel::rank(m_level);
    }
    return true;
}

bool QuotaFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::LongLong && b.typeId() == QMetaType::LongLong) {
        if (a.toLongLong() != b.toLongLong())
            return a.toLongLong() < b.toLongLong();
    } else {
        const int order = a.toString().compare(b.toString(), Qt::CaseInsensitive);
        if (order != 0)
            return order < 0;
    }
    // Ties in a stable, meaningful order: by user id.
    return left.data(QuotaTableModel::UserIdRole).toInt() < right.data(QuotaTableModel::UserIdRole).toInt();
}
