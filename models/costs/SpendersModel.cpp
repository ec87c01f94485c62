#include "costs/SpendersModel.h"

#include "common/DisplayText.h"

void SpendersModel::setSpenders(const QList<Spender> &spenders)
{
    beginResetModel();
    m_rows = spenders;
    endResetModel();
}

int SpendersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SpendersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SpendersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Spender &s = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == Email || index.column() == Plan ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                                 : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::UserRole)
        return {};
    const bool display = role == Qt::DisplayRole;
    switch (index.column()) {
    case UserId:
        return s.userId;
    case Email:
        return s.email;
    case Plan:
        return s.plan;
    case Tokens:
        return display ? QVariant(DisplayText::count(s.tokens)) : QVariant(s.tokens);
    case Cost:
        return display ? QVariant(DisplayText::usdFromCents(s.cents)) : QVariant(s.cents);
    default:
        return {};
    }
}

QVariant SpendersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UserId:
        return tr("Id");
    case Email:
        return tr("User");
    case Plan:
        return tr("Plan (now)");
    case Tokens:
        return tr("Tokens this month");
    case Cost:
        return tr("Cost this month");
    default:
        return {};
    }
}
