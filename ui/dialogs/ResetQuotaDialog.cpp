#include "dialogs/ResetQuotaDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "common/DisplayText.h"
#include "quota/QuotaPeriod.h"

ResetQuotaDialog::ResetQuotaDialog(const QStringList &emails, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("resetQuotaDialog"));
    setWindowTitle(emails.size() == 1 ? tr("Reset quota of %1").arg(emails.constFirst())
                                      : tr("Reset quota of %Ln users", nullptr, int(emails.size())));
    auto *layout = new QVBoxLayout(this);
    const QString who = DisplayText::names(emails, 8);
    auto *intro = new QLabel(tr("The usage of the chosen period counts again from now for: %1. "
                                "Usage rows are kept, and the reset is recorded in the audit log.")
                                 .arg(who),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("resetPeriod"));
    for (const QString &period : QuotaPeriod::all())
        m_period->addItem(QuotaPeriod::description(period), period);
    form->addRow(tr("&Period:"), m_period);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("resetReason"));
    m_reason->setPlaceholderText(tr("Required, e.g. \"Support ticket 4711: billing error\""));
    m_reason->setMinimumWidth(360);
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    okButton()->setText(tr("Continue…"));
    okButton()->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, [this](const QString &text) { okButton()->setEnabled(!text.trimmed().isEmpty()); });
}

QString ResetQuotaDialog::period() const
{
    return m_period->currentData().toString();
}

void ResetQuotaDialog::setPeriod(const QString &period)
{
    m_period->setCurrentIndex(std::max(0, m_period->findData(period)));
}

QString ResetQuotaDialog::reason() const
{
    return m_reason->text().trimmed();
}

QPushButton *ResetQuotaDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

std::optional<ResetRequest> ResetQuotaDialog::ask(QWidget *parent, const QStringList &emails)
{
    ResetQuotaDialog dialog(emails, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.reason().isEmpty())
        return std::nullopt;
    return ResetRequest{dialog.period(), dialog.reason()};
}
