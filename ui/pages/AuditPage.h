#pragma once

#include "pages/Page.h"

#include "audit/AuditLogModel.h"

class AppContext;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

/// The audit trail: admin_action_logs newest first, with each row's login and action id,
/// filterable by action, staff member and date, with the full details of the selected
/// action; "Verify integrity" recomputes the tamper-evident chain (off the GUI thread).
class AuditPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)

public:
    explicit AuditPage(AppContext &context, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("audit"); }
    QString title() const override { return tr("Audit log"); }
    QAbstractItemView *exportableView() const override;
    QLineEdit *findField() const override { return m_staff; }
    AuditLogModel *model() const { return m_model; }

protected:
    void load() override;

private:
    void applyFilter();
    void reselect();
    AuditLogModel::Filter currentFilter() const;
    void showDetails();
    void verifyIntegrity();

    AppContext &m_context;
    AuditLogModel *m_model = nullptr;
    QComboBox *m_action = nullptr;
    QLineEdit *m_staff = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QPushButton *m_verify = nullptr;
    QLabel *m_integrity = nullptr;
    bool m_loading = false; // a load() waits for the first page
    qint64 m_keepId = 0;    // the action selected before a live refresh
};
