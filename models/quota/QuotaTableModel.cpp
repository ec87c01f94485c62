#include "quota/QuotaTableModel.h"
#include "common/DisplayText.h"
#include "quota/QuotaLevel.h"

#include <limits>
#include <set>

#include <QLocale>

namespace {

const QuotaWindow &windowFor(const QuotaStatus &s, QuotaTableModel::Window window)
{
    switch (window) {
    case QuotaTableModel::Window::Monthly:
        return s.monthly;
    case QuotaTableModel::Window::Hourly:
        return s.hourlyCalls;
    case QuotaTableModel::Window::Daily:
        break;
    }
    return s.daily;
}

// Position of a column within its window's four: used, limit, percent, level (the
// time-to-exhaustion columns are apart).
int partOf(int column)
{
    return (column - QuotaTableModel::DailyUsed) % 4;
}

bool isNumeric(int column)
{
    return column == QuotaTableModel::UserId || (column >= QuotaTableModel::DailyUsed && !QuotaTableModel::isLevelColumn(column));
}

} // namespace

QuotaTableModel::QuotaTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void QuotaTableModel::setStatuses(QList<QuotaStatus> statuses)
{
    bool sameUsers = statuses.size() == m_statuses.size();
    for (qsizetype i = 0; sameUsers && i < statuses.size(); ++i)
        sameUsers = statuses.at(i).userId == m_statuses.at(i).userId;

    if (sameUsers) {
        m_statuses = std::move(statuses);
        if (!m_statuses.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_statuses = std::move(statuses);
        m_rowOfUser.clear();
        m_rowOfUser.reserve(m_statuses.size());
        for (int row = 0; row < m_statuses.size(); ++row)
            m_rowOfUser.insert(m_statuses.at(row).userId, row);
        endResetModel();
    }
    emit statusesChanged();
}

void QuotaTableModel::appendStatuses(const QList<QuotaStatus> &statuses)
{
    if (statuses.isEmpty())
        return;
    const int first = int(m_statuses.size());
    beginInsertRows(QModelIndex(), first, first + int(statuses.size()) - 1);
    m_statuses.append(statuses);
    for (int row = first; row < m_statuses.size(); ++row)
        m_rowOfUser.insert(m_statuses.at(row).userId, row);
    endInsertRows();
    emit statusesChanged();
}

const QuotaStatus *QuotaTableModel::statusAt(int row) const
{
    return row >= 0 && row < m_statuses.size() ? &m_statuses.at(row) : nullptr;
}

const QuotaStatus *QuotaTableModel::statusOf(int userId) const
{
    return statusAt(rowOfUser(userId));
}

int QuotaTableModel::rowOfUser(int userId) const
{
    return m_rowOfUser.value(userId, -1);
}

QStringList QuotaTableModel::plans() const
{
    std::set<QString> plans;
    for (const QuotaStatus &s : m_statuses)
        plans.insert(s.plan);
    return QStringList(plans.begin(), plans.end());
}

QString QuotaTableModel::worstLevel(const QuotaStatus &s)
{
    QString worst = s.daily.warningLevel;
    for (const QuotaWindow *w : {&s.monthly, &s.hourlyCalls})
        if (QuotaLevel::rank(w->warningLevel) > QuotaLevel::rank(worst))
            worst = w->warningLevel;
    return worst;
}

QuotaTableModel::Window QuotaTableModel::windowOf(int column)
{
    if (column == DailyOut)
        return Window::Daily;
    if (column == MonthlyOut)
        return Window::Monthly;
    if (column >= HourlyCalls)
        return Window::Hourly;
    if (column >= MonthlyUsed)
        return Window::Monthly;
    return Window::Daily;
}

bool QuotaTableModel::isLevelColumn(int column)
{
    return column == DailyLevel || column == MonthlyLevel || column == HourlyLevel;
}

bool QuotaTableModel::isExhaustionColumn(int column)
{
    return column == DailyOut || column == MonthlyOut;
}

int QuotaTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_statuses.size());
}

int QuotaTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuotaTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QuotaStatus &s = m_statuses.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(s, column);
    case Qt::ToolTipRole:
        if (column == Email)
            return DisplayText::plainToolTip(s.isActive ? tr("%1 (id %2)").arg(s.fullName).arg(s.userId)
                                                        : tr("%1 (id %2), inactive account").arg(s.fullName).arg(s.userId));
        if (column == Plan && !s.limitsKnown)
            return DisplayText::plainToolTip(tr("Plan \"%1\" has no limits row: freemium's limits apply until one is added.").arg(s.plan));
        if (isExhaustionColumn(column) && s.projected)
            return DisplayText::plainToolTip(tr("At this rate: %1.").arg(DisplayText::exhaustion(
                column == DailyOut ? s.dailyExhaustedAt : s.monthlyExhaustedAt, s.evaluatedAt)));
        if (column >= DailyUsed && windowFor(s, windowOf(column)).isUnlimited())
            return DisplayText::plainToolTip(tr("Unlimited on plan \"%1\".").arg(s.plan));
        return {};
    case Qt::TextAlignmentRole:
        return isNumeric(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        return sortValue(s, column);
    case LevelRole:
        return column >= DailyUsed ? QVariant(windowFor(s, windowOf(column)).warningLevel) : QVariant();
    case UserIdRole:
        return s.userId;
    case LimitsKnownRole:
        return s.limitsKnown;
    case WorstLevelRole:
        return worstLevel(s);
    case Qt::UserRole: // the raw value, as in PagedQueryModel
        if (column == Email)
            return s.email;
        if (column == Plan)
            return s.plan;
        return sortValue(s, column);
    default:
        return {};
    }
}

QString QuotaTableModel::displayText(const QuotaStatus &s, int column)
{
    const QLocale locale;
    switch (column) {
    case UserId:
        return QString::number(s.userId); // an id, not a quantity: no digit grouping
    case Email:
        return s.email;
    case Plan:
        return s.limitsKnown ? s.plan : tr("%1 (no limits: freemium's apply)").arg(s.plan);
    case DailyOut:
    case MonthlyOut: {
        if (!s.projected)
            return {};
        const QDateTime &out = column == DailyOut ? s.dailyExhaustedAt : s.monthlyExhaustedAt;
        if (!out.isValid())
            return tr("–"); // lasts until it resets
        const qint64 seconds = s.evaluatedAt.secsTo(out);
        return seconds <= 0 ? tr("out now") : tr("in %1").arg(DisplayText::aboutDuration(seconds));
    }
    default:
        break;
    }
    const QuotaWindow &w = windowFor(s, windowOf(column));
    switch (partOf(column)) {
    case 0:
        return locale.toString(w.used);
    case 1:
        return w.limit ? locale.toString(*w.limit) : tr("unlimited");
    case 2:
        return w.isUnlimited() ? tr("–") : tr("%1%").arg(locale.toString(w.percentage));
    default:
        return QuotaLevel::displayName(w.warningLevel);
    }
}

QVariant QuotaTableModel::sortValue(const QuotaStatus &s, int column) const
{
    switch (column) {
    case UserId:
        return qlonglong(s.userId);
    case Email:
        return s.email.toLower();
    case Plan:
        return s.plan;
    case DailyOut:
    case MonthlyOut: { // seconds since the epoch, as QuotaListingQuery sorts: never out last
        const QDateTime &out = column == DailyOut ? s.dailyExhaustedAt : s.monthlyExhaustedAt;
        return qlonglong(out.isValid() ? out.toSecsSinceEpoch() : std::numeric_limits<qint64>::max());
    }
    default:
        break;
    }
    const QuotaWindow &w = windowFor(s, windowOf(column));
    switch (partOf(column)) {
    case 0:
        return qlonglong(w.used);
    case 1:
        return qlonglong(w.limit ? *w.limit : std::numeric_limits<qint64>::max());
    case 2:
        return qlonglong(w.isUnlimited() ? -1 : w.percentage);
    default:
        return qlonglong(QuotaLevel::rank(w.warningLevel));
    }
}

QVariant QuotaTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_statuses.size())
            return section + 1;
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (section == DailyOut)
            return tr("When the daily quota runs out at the pace of the last 60 minutes (successful calls' tokens); – when not before midnight UTC");
        if (section == MonthlyOut)
            return tr("When the monthly quota runs out at the pace of the last 7 days (successful calls' tokens); – when not before the month ends");
        switch (windowOf(section)) {
        case Window::Daily:
            return section >= DailyUsed ? tr("Tokens of successful calls since 00:00 UTC (after the latest daily reset)") : QVariant();
        case Window::Monthly:
            return tr("Tokens of successful calls since the 1st of the month, 00:00 UTC (after the latest monthly reset)");
        case Window::Hourly:
            return tr("Calls of any status in the last 60 minutes (after the latest hourly reset)");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    const QString title = columnTitle(section);
    return title.isEmpty() ? QVariant() : QVariant(title);
}

QString QuotaTableModel::columnTitle(int column)
{
    switch (column) {
    case UserId:
        return tr("Id");
    case Email:
        return tr("User");
    case Plan:
        return tr("Plan");
    case DailyUsed:
        return tr("Today");
    case DailyLimit:
        return tr("Daily limit");
    case DailyPercent:
        return tr("Daily %");
    case DailyLevel:
        return tr("Daily level");
    case MonthlyUsed:
        return tr("This month");
    case MonthlyLimit:
        return tr("Monthly limit");
    case MonthlyPercent:
        return tr("Monthly %");
    case MonthlyLevel:
        return tr("Monthly level");
    case HourlyCalls:
        return tr("Calls, 60 min");
    case HourlyLimit:
        return tr("Hourly limit");
    case HourlyPercent:
        return tr("Hourly %");
    case HourlyLevel:
        return tr("Hourly level");
    case DailyOut:
        return tr("Daily quota out");
    case MonthlyOut:
        return tr("Monthly quota out");
    default:
        return {};
    }
}
