#pragma once

#include <functional>
#include <optional>

#include <QDialog>
#include <QList>
#include <QStringList>

#include "common/Result.h"
#include "quota/QuotaTypes.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTimer;

/// Edits one plan's limits: the plan, its daily, monthly and hourly limits (empty:
/// unlimited) and cache tier, with a preview of how many of its users would change level,
/// asked of the database (off the GUI thread, through `previewer`) as the values change.
/// Asks only: the page confirms and saves (admins; the database audits it).
class PlanLimitsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanLimitsDialog)

public:
    using PreviewDone = std::function<void(const Result<PlanLimitsPreview> &)>;
    using Previewer = std::function<void(const PlanLimitsRow &row, PreviewDone done)>;

    PlanLimitsDialog(const QList<PlanLimitsRow> &rows, const QStringList &cacheTiers, Previewer previewer, QWidget *parent = nullptr);

    /// The values as entered; nullopt while one is not a number.
    std::optional<PlanLimitsRow> row() const;
    QString previewText() const;
    void choosePlan(const QString &plan);
    void setLimits(std::optional<qint64> daily, std::optional<qint64> monthly, std::optional<qint64> hourly);

    /// "Under these limits, 12 of 340 users change daily level, …": for the confirmation too.
    static QString describe(const PlanLimitsPreview &preview);
    static std::optional<PlanLimitsRow> ask(QWidget *parent, const QList<PlanLimitsRow> &rows, const QStringList &cacheTiers,
                                            Previewer previewer);

private:
    void showPlan();
    void valuesChanged();
    void askPreview();

    QList<PlanLimitsRow> m_rows;
    Previewer m_previewer;
    QComboBox *m_plan = nullptr;
    QLineEdit *m_daily = nullptr;
    QLineEdit *m_monthly = nullptr;
    QLineEdit *m_hourly = nullptr;
    QComboBox *m_tier = nullptr;
    QLabel *m_preview = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_debounce = nullptr;
    quint64 m_previewToken = 0;
};
