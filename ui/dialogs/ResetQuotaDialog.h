#pragma once

#include <optional>

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;

/// What to reset: a period ("daily", "monthly" or "hourly") and why.
struct ResetRequest
{
    QString period;
    QString reason;
};

/// Asks which quota period of the selected users to reset and why. OK stays disabled
/// until the reason has more than blanks. Asks only: the page confirms and runs it.
class ResetQuotaDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResetQuotaDialog)

public:
    explicit ResetQuotaDialog(const QStringList &emails, QWidget *parent = nullptr);

    QString period() const;
    void setPeriod(const QString &period);
    QString reason() const;
    QLineEdit *reasonField() const { return m_reason; }
    QPushButton *okButton() const;

    /// Shows the dialog modally; nullopt when cancelled.
    static std::optional<ResetRequest> ask(QWidget *parent, const QStringList &emails);

private:
    QComboBox *m_period = nullptr;
    QLineEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
