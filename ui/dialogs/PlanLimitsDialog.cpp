#include "dialogs/PlanLimitsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTimer>
#include <QVBoxLayout>

#include "common/DisplayText.h"

namespace {

// Empty: unlimited. Digits only (grouping commas and spaces allowed while typing).
std::optional<std::optional<qint64>> limitOf(const QLineEdit *field)
{
    QString text = field->text();
    text.remove(u',').remove(u' ').remove(u'.');
    if (text.isEmpty())
        return std::optional<qint64>();
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return std::optional<qint64>(value);
}

void showLimit(QLineEdit *field, const std::optional<qint64> &value)
{
    field->setText(value ? QString::number(*value) : QString());
}

} // namespace

PlanLimitsDialog::PlanLimitsDialog(const QList<PlanLimitsRow> &rows, const QStringList &cacheTiers, Previewer previewer, QWidget *parent)
    : QDialog(parent), m_rows(rows), m_previewer(std::move(previewer)), m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("planLimitsDialog"));
    setWindowTitle(tr("Plan limits"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The limits of a plan apply to all its users at once. Leave a limit empty for unlimited. "
                                "Saving is recorded in the audit log."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_plan = new QComboBox(this);
    m_plan->setObjectName(QStringLiteral("limitsPlan"));
    const QLocale locale;
    for (const PlanLimitsRow &row : m_rows)
        m_plan->addItem(row.hasRow ? tr("%1 (%Ln users)", nullptr, int(std::min<qint64>(row.users, INT_MAX))).arg(row.plan)
                                   : tr("%1 (%Ln users, no limits row: freemium's apply)", nullptr, int(std::min<qint64>(row.users, INT_MAX))).arg(row.plan),
                        row.plan);
    form->addRow(tr("&Plan:"), m_plan);
    const auto field = [this](const QString &name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9, .]{0,24}")), edit));
        edit->setPlaceholderText(tr("unlimited"));
        return edit;
    };
    m_daily = field(QStringLiteral("limitsDaily"));
    m_monthly = field(QStringLiteral("limitsMonthly"));
    m_hourly = field(QStringLiteral("limitsHourly"));
    form->addRow(tr("&Daily tokens:"), m_daily);
    form->addRow(tr("&Monthly tokens:"), m_monthly);
    form->addRow(tr("&Hourly calls:"), m_hourly);
    m_tier = new QComboBox(this);
    m_tier->setObjectName(QStringLiteral("limitsTier"));
    m_tier->addItems(cacheTiers);
    form->addRow(tr("&Cache tier:"), m_tier);
    layout->addLayout(form);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("limitsPreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setMinimumWidth(420);
    layout->addWidget(m_preview);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save…"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);
    connect(m_debounce, &QTimer::timeout, this, &PlanLimitsDialog::askPreview);
    connect(m_plan, &QComboBox::currentIndexChanged, this, &PlanLimitsDialog::showPlan);
    for (QLineEdit *edit : {m_daily, m_monthly, m_hourly})
        connect(edit, &QLineEdit::textChanged, this, &PlanLimitsDialog::valuesChanged);
    connect(m_tier, &QComboBox::currentIndexChanged, this, &PlanLimitsDialog::valuesChanged);
    showPlan();
}

void PlanLimitsDialog::choosePlan(const QString &plan)
{
    m_plan->setCurrentIndex(std::max(0, m_plan->findData(plan)));
}

void PlanLimitsDialog::setLimits(std::optional<qint64> daily, std::optional<qint64> monthly, std::optional<qint64> hourly)
{
    showLimit(m_daily, daily);
    showLimit(m_monthly, monthly);
    showLimit(m_hourly, hourly);
}

void PlanLimitsDialog::showPlan()
{
    const int index = m_plan->currentIndex();
    if (index < 0 || index >= m_rows.size())
        return;
    const PlanLimitsRow &row = m_rows.at(index);
    setLimits(row.dailyTokens, row.monthlyTokens, row.hourlyCalls);
    m_tier->setCurrentIndex(std::max(0, m_tier->findText(row.cacheTier)));
    valuesChanged();
}

std::optional<PlanLimitsRow> PlanLimitsDialog::row() const
{
    const auto daily = limitOf(m_daily);
    const auto monthly = limitOf(m_monthly);
    const auto hourly = limitOf(m_hourly);
    if (!daily || !monthly || !hourly || m_plan->currentIndex() < 0)
        return std::nullopt;
    PlanLimitsRow row;
    row.plan = m_plan->currentData().toString();
    row.dailyTokens = *daily;
    row.monthlyTokens = *monthly;
    row.hourlyCalls = *hourly;
    row.cacheTier = m_tier->currentText();
    return row;
}

QString PlanLimitsDialog::previewText() const
{
    return m_preview->text();
}

void PlanLimitsDialog::valuesChanged()
{
    const bool valid = row().has_value();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
    m_preview->setText(valid ? tr("Counting the users whose level would change…") : tr("A limit is a whole number, or empty for unlimited."));
    ++m_previewToken; // an answer for earlier values is no longer wanted
    if (valid)
        m_debounce->start();
}

void PlanLimitsDialog::askPreview()
{
    const std::optional<PlanLimitsRow> proposed = row();
    if (!proposed || !m_previewer)
        return;
    const quint64 token = m_previewToken;
    QPointer<PlanLimitsDialog> self(this);
    m_previewer(*proposed, [self, token](const Result<PlanLimitsPreview> &preview) {
        if (!self || token != self->m_previewToken)
            return;
        self->m_preview->setText(preview ? describe(preview.value()) : tr("The preview could not be computed: %1").arg(preview.error()));
    });
}

QString PlanLimitsDialog::describe(const PlanLimitsPreview &p)
{
    const QLocale locale;
    return tr("Under these limits, of the plan's %Ln users now: %1 change daily level, %2 monthly, %3 hourly; "
              "%4 newly at exceeded, %5 no longer.", nullptr, int(std::min<qint64>(p.users, INT_MAX)))
        .arg(locale.toString(p.dailyChanges), locale.toString(p.monthlyChanges), locale.toString(p.hourlyChanges),
             locale.toString(p.newlyExceeded), locale.toString(p.noLongerExceeded));
}

std::optional<PlanLimitsRow> PlanLimitsDialog::ask(QWidget *parent, const QList<PlanLimitsRow> &rows, const QStringList &cacheTiers,
                                                   Previewer previewer)
{
    PlanLimitsDialog dialog(rows, cacheTiers, std::move(previewer), parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.row();
}
