#include "pages/UserQuotaPanel.h"

#include <limits>

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QStyle>
#include <QVBarModelMapper>
#include <QVBoxLayout>
#include <QVXYModelMapper>
#include <QValueAxis>

#include "charts/ChartStyle.h"
#include "charts/LevelColors.h"
#include "common/DisplayText.h"
#include "quota/QuotaLevel.h"
#include "quota/UserUsageHistoryModel.h"

namespace {

const QColor CountedColor(0x15, 0x65, 0xc0);
const QColor BeforeResetColor(0x9e, 0x9e, 0x9e);

QColor mix(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(float(a.redF() * (1 - share) + b.redF() * share), float(a.greenF() * (1 - share) + b.greenF() * share),
                            float(a.blueF() * (1 - share) + b.blueF() * share));
}

} // namespace

UserQuotaPanel::AlertStyle UserQuotaPanel::alertStyleFor(const QuotaWindow &daily)
{
    if (daily.isUnlimited())
        return AlertStyle::Neutral;
    // The seed's rule: red only past the critical threshold (dailyPct > 80), amber from
    // the warning threshold.
    if (daily.percentage > QuotaLevel::CriticalAt)
        return AlertStyle::Destructive;
    if (daily.percentage >= QuotaLevel::WarningAt)
        return AlertStyle::Warning;
    return AlertStyle::Neutral;
}

QString UserQuotaPanel::styleName(AlertStyle style)
{
    switch (style) {
    case AlertStyle::Destructive:
        return QStringLiteral("destructive");
    case AlertStyle::Warning:
        return QStringLiteral("warning");
    case AlertStyle::Neutral:
        break;
    }
    return QStringLiteral("neutral");
}

UserQuotaPanel::UserQuotaPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("userPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("userHeader"));
    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true);
    QFont headerFont = m_header->font();
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    layout->addWidget(m_header);

    m_alert = new QFrame(this);
    m_alert->setObjectName(QStringLiteral("userAlert"));
    auto *alertLayout = new QHBoxLayout(m_alert);
    alertLayout->setContentsMargins(12, 8, 12, 8);
    alertLayout->setSpacing(10);
    m_icon = new QLabel(m_alert);
    m_icon->setTextFormat(Qt::PlainText);
    m_icon->setAlignment(Qt::AlignTop);
    alertLayout->addWidget(m_icon);
    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    m_title = new QLabel(m_alert);
    m_title->setObjectName(QStringLiteral("userAlertTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_text = new QLabel(m_alert);
    m_text->setObjectName(QStringLiteral("userAlertText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_resets = new QLabel(m_alert);
    m_resets->setObjectName(QStringLiteral("userAlertResets"));
    m_resets->setTextFormat(Qt::PlainText);
    m_resets->setWordWrap(true);
    texts->addWidget(m_title);
    texts->addWidget(m_text);
    texts->addWidget(m_resets);
    alertLayout->addLayout(texts, 1);
    layout->addWidget(m_alert);

    m_windows = new QLabel(this);
    m_windows->setObjectName(QStringLiteral("userWindows"));
    m_windows->setTextFormat(Qt::PlainText);
    m_windows->setWordWrap(true);
    layout->addWidget(m_windows);

    m_pace = new QLabel(this);
    m_pace->setObjectName(QStringLiteral("userPace"));
    m_pace->setTextFormat(Qt::PlainText);
    m_pace->setWordWrap(true);
    layout->addWidget(m_pace);

    // Last 30 days: stacked bars (counted, taken off by a reset) and the daily limit.
    m_history = new UserUsageHistoryModel(this);
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 8, 4));
    m_bars = new QStackedBarSeries(chart);
    m_bars->setBarWidth(0.75);
    connect(m_bars, &QAbstractBarSeries::barsetsAdded, this, [this] {
        const QList<QBarSet *> sets = m_bars->barSets();
        for (int i = 0; i < sets.size(); ++i) {
            const QColor color = i == 0 ? CountedColor : BeforeResetColor;
            sets.at(i)->setColor(color);
            sets.at(i)->setBorderColor(color);
        }
    });
    auto *barMapper = new QVBarModelMapper(this);
    barMapper->setFirstBarSetColumn(UserUsageHistoryModel::Counted);
    barMapper->setLastBarSetColumn(UserUsageHistoryModel::BeforeReset);
    barMapper->setSeries(m_bars);
    barMapper->setModel(m_history);
    chart->addSeries(m_bars);
    m_limitLine = new QLineSeries(chart);
    m_limitLine->setName(tr("Daily limit (current plan)"));
    m_limitLine->setPen(QPen(LevelColors::forLevel(QStringLiteral("exceeded")), 2, Qt::DashLine));
    auto *lineMapper = new QVXYModelMapper(this);
    lineMapper->setXColumn(UserUsageHistoryModel::Day);
    lineMapper->setYColumn(UserUsageHistoryModel::Limit);
    lineMapper->setSeries(m_limitLine);
    lineMapper->setModel(m_history);
    chart->addSeries(m_limitLine);

    // Bars sit on a hidden category axis; a category axis over the same -0.5 … n-0.5 range
    // labels every fifth day (30 labels do not fit) and carries the limit line.
    m_dayAxis = new QBarCategoryAxis(chart);
    m_dateAxis = new QCategoryAxis(chart);
    m_dateAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_dateAxis->setGridLineVisible(false);
    m_tokenAxis = new QValueAxis(chart);
    m_tokenAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_tokenAxis->setRange(0, 1);
    chart->addAxis(m_dayAxis, Qt::AlignBottom);
    chart->addAxis(m_dateAxis, Qt::AlignBottom);
    chart->addAxis(m_tokenAxis, Qt::AlignLeft);
    m_bars->attachAxis(m_dayAxis);
    m_bars->attachAxis(m_tokenAxis);
    m_limitLine->attachAxis(m_dateAxis);
    m_limitLine->attachAxis(m_tokenAxis);
    m_dayAxis->setVisible(false);
    m_historyView = new QChartView(chart, this);
    m_historyView->setObjectName(QStringLiteral("userHistoryChart"));
    m_historyView->setRenderHint(QPainter::Antialiasing);
    m_historyView->setMinimumHeight(200);
    layout->addWidget(m_historyView, 1);
    connect(m_history, &UserUsageHistoryModel::historyChanged, this, &UserQuotaPanel::updateHistoryAxes);

    ChartStyle::apply(chart, palette());
    setStatus(std::nullopt);
    updateHistoryAxes();
}

void UserQuotaPanel::setStatus(const std::optional<QuotaStatus> &status, int selectedCount)
{
    m_status = status;
    const QLocale locale;
    if (!status) {
        m_style = AlertStyle::Neutral;
        m_header->setText(tr("No user selected"));
        m_title->setText(tr("Select a user in the table or a bar in the chart."));
        m_text->setText(tr("Their quota, when it resets and their last 30 days appear here."));
        m_resets->clear();
        m_windows->clear();
        m_alert->setProperty("alertStyle", QString());
        applyAlertStyle();
        return;
    }
    const QuotaStatus &s = *status;
    QString header = s.fullName.isEmpty() ? tr("%1 · plan %2 · id %3").arg(s.email, s.plan, QString::number(s.userId))
                                          : tr("%1 (%2) · plan %3 · id %4").arg(s.email, s.fullName, s.plan, QString::number(s.userId));
    if (!s.isActive)
        header = tr("%1 · inactive account").arg(header);
    if (selectedCount > 1)
        header = tr("%1 · %Ln users selected", nullptr, selectedCount).arg(header);
    m_header->setText(header);

    m_style = alertStyleFor(s.daily);
    if (s.daily.isUnlimited()) {
        m_title->setText(tr("Unlimited daily quota"));
        m_text->setText(tr("%1 tokens used today").arg(locale.toString(s.daily.used)));
    } else {
        m_title->setText(tr("%1% of daily quota used").arg(locale.toString(s.daily.percentage)));
        m_text->setText(tr("%1 tokens remaining").arg(locale.toString(s.daily.remaining.value_or(0))));
    }
    const QDateTime resets = s.dailyResetsAt;
    if (resets.isValid()) {
        const qint64 minutes = std::max<qint64>(0, (s.evaluatedAt.isValid() ? s.evaluatedAt : QDateTime::currentDateTimeUtc()).secsTo(resets) / 60);
        m_resets->setText(tr("Resets %1 local time (%2 UTC), in %3 h %4 min.")
                              .arg(locale.toString(resets.toLocalTime(), QLocale::ShortFormat), DisplayText::minutes(resets),
                                   QString::number(minutes / 60), QStringLiteral("%1").arg(minutes % 60, 2, 10, QLatin1Char('0'))));
    } else {
        m_resets->clear();
    }
    m_alert->setProperty("alertStyle", styleName(m_style));
    applyAlertStyle();

    QStringList lines;
    if (s.daily.limit)
        lines << tr("Today: %1 of %2 tokens").arg(locale.toString(s.daily.used), locale.toString(*s.daily.limit));
    if (s.monthly.isUnlimited())
        lines << tr("This month: %1 tokens (unlimited)").arg(locale.toString(s.monthly.used));
    else
        lines << tr("This month: %1 of %2 tokens (%3%), resets %4 UTC")
                     .arg(locale.toString(s.monthly.used), locale.toString(*s.monthly.limit), locale.toString(s.monthly.percentage),
                          DisplayText::minutes(s.monthlyResetsAt));
    if (s.hourlyCalls.isUnlimited())
        lines << tr("Last 60 minutes: %1 calls (unlimited)").arg(locale.toString(s.hourlyCalls.used));
    else
        lines << tr("Last 60 minutes: %1 of %2 calls (%3%)")
                     .arg(locale.toString(s.hourlyCalls.used), locale.toString(*s.hourlyCalls.limit), locale.toString(s.hourlyCalls.percentage));
    if (!s.limitsKnown)
        lines << tr("Plan \"%1\" has no limits row: freemium's limits apply until one is added.").arg(s.plan);
    if (s.lastDailyReset.isValid())
        lines << tr("Last daily reset: %1 UTC").arg(DisplayText::minutes(s.lastDailyReset));
    if (s.badRows > 0) // what quotactl status notes too: bad data upstream, worth a ticket
        lines << tr("%Ln usage rows this month have negative token counts; they count as 0.", nullptr, int(std::min<qint64>(s.badRows, std::numeric_limits<int>::max())));
    m_windows->setText(lines.join(u'\n'));
}

QString UserQuotaPanel::alertTitle() const
{
    return m_title->text();
}

QString UserQuotaPanel::alertText() const
{
    return m_text->text();
}

void UserQuotaPanel::applyAlertStyle()
{
    QColor accent;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (!m_status) {
        accent = palette().color(QPalette::Mid);
    } else if (m_style == AlertStyle::Destructive) {
        accent = LevelColors::forLevel(QStringLiteral("exceeded"));
        icon = QStyle::SP_MessageBoxCritical;
    } else if (m_style == AlertStyle::Warning) {
        accent = LevelColors::forLevel(QStringLiteral("warning"));
        icon = QStyle::SP_MessageBoxWarning;
    } else {
        accent = LevelColors::forLevel(QStringLiteral("ok"));
    }
    // A light tint of the accent over the palette's base: the palette's text stays readable
    // on it, light or dark.
    const QColor background = mix(palette().color(QPalette::Base), accent, m_status ? 0.14 : 0.0);
    m_alert->setStyleSheet(QStringLiteral("QFrame#userAlert { background: %1; border: 1px solid %2; border-left: 6px solid %2; border-radius: 4px; }")
                               .arg(background.name(), accent.name()));
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
}

void UserQuotaPanel::setHistory(const UserUsageHistory &history)
{
    m_history->setHistory(history);
    if (const std::optional<QuotaProjection> &p = history.projection)
        m_pace->setText(tr("At this rate: daily quota %1; monthly quota %2.")
                            .arg(DisplayText::exhaustion(p->dailyExhaustedAt, p->evaluatedAt),
                                 DisplayText::exhaustion(p->monthlyExhaustedAt, p->evaluatedAt)));
    else
        m_pace->clear();
    m_pace->setToolTip(tr("The daily quota at the pace of the last 60 minutes, the monthly one at the pace of the last 7 days "
                          "(successful calls' tokens)."));
}

void UserQuotaPanel::clearHistory()
{
    m_history->clear();
    m_pace->clear();
}

QString UserQuotaPanel::paceText() const
{
    return m_pace->text();
}

void UserQuotaPanel::setHistoryMessage(const QString &message)
{
    m_historyView->chart()->setTitle(message);
}

void UserQuotaPanel::updateHistoryAxes()
{
    const UserUsageHistory &h = m_history->history();
    QChart *chart = m_historyView->chart();
    const QLocale locale;
    QStringList days;
    for (const DailyUsage &day : h.days)
        days << day.day.toString(Qt::ISODate);
    m_dayAxis->setCategories(days);
    for (const QString &label : m_dateAxis->categoriesLabels())
        m_dateAxis->remove(label);
    const qsizetype n = h.days.size();
    m_dateAxis->setRange(-0.5, std::max<double>(0.5, double(n) - 0.5));
    m_dateAxis->setStartValue(-0.5);
    // Every fifth day, counted back from the last (today); appended in ascending order.
    for (qsizetype i = n ? (n - 1) % 5 : 0; i < n; i += 5)
        m_dateAxis->append(locale.toString(h.days.at(i).day, QStringLiteral("MMM d")), double(i));
    m_dateAxis->setTitleText(n ? tr("UTC day") : QString());
    const double unit = m_history->unit();
    m_tokenAxis->setTitleText(unit >= 1e6 ? tr("Million tokens") : unit >= 1e3 ? tr("Thousand tokens") : tr("Tokens"));
    m_tokenAxis->setRange(0, std::max(1.0, double(m_history->maximum()) / unit * 1.08));
    m_tokenAxis->applyNiceNumbers();
    m_limitLine->setVisible(m_history->hasLimit() && !h.days.isEmpty());

    bool anyReset = false;
    for (const DailyUsage &day : h.days)
        anyReset = anyReset || day.beforeReset > 0;
    const QList<QLegendMarker *> markers = chart->legend()->markers(m_bars);
    if (markers.size() == 2)
        markers.at(1)->setVisible(anyReset);
    chart->setTitle(h.days.isEmpty() ? QString() : tr("Daily tokens of %1, last %Ln days", nullptr, int(h.days.size())).arg(h.email));
}

void UserQuotaPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        ChartStyle::apply(m_historyView->chart(), palette());
        applyAlertStyle();
    }
}
