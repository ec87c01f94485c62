#pragma once

#include <functional>

#include <QDialog>

#include "users/UserLookup.h"

class AppContext;
class QComboBox;
class QLabel;
class QDialogButtonBox;

/// Asks once which staff account the person at the keyboard uses: every admin action is
/// recorded under it. The list is loaded off the GUI thread.
class StaffDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaffDialog)

public:
    /// Shows the dialog (non-blocking) and calls `done` with the chosen account. In
    /// scripted mode (tests) it takes the next queued answer as the staff email instead.
    static void ask(QWidget *parent, AppContext &context, const std::function<void(const UserRef &)> &done);

private:
    explicit StaffDialog(QWidget *parent, AppContext &context);

    QComboBox *m_accounts = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<UserRef> m_staff;
};
