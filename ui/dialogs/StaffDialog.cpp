#include "dialogs/StaffDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "db/DatabaseWorker.h"
#include "shell/AppContext.h"
#include "shell/Dialogs.h"

StaffDialog::StaffDialog(QWidget *parent, AppContext &context) : QDialog(parent)
{
    setWindowTitle(tr("Who is at the keyboard?"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Admin actions are recorded in the audit log under a staff account. "
                                "Choose yours; Quotadesk remembers it."),
                             this);
    intro->setTextFormat(Qt::PlainText); // names the login
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_accounts = new QComboBox(this);
    m_accounts->setObjectName(QStringLiteral("staffAccounts"));
    layout->addWidget(m_accounts);
    m_status = new QLabel(tr("Loading staff accounts…"), this);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The database lets a login act only as its own staff account, unless it is a
    // superuser, the owner or a delegate: offer nothing it would refuse.
    const Access access = context.access();
    const bool ownOnly = access.known && !access.mayActForOthers;
    if (ownOnly)
        intro->setText(tr("Admin actions are recorded in the audit log under the staff account of your login %1.").arg(access.login));
    context.reader().run<Result<QList<UserRef>>>(
        this, [](const QString &connection) { return UserLookup(connection).staffAccounts(); },
        [this, ownOnly, access](const Result<QList<UserRef>> &staff) {
            if (!staff) {
                m_status->setText(staff.error());
                return;
            }
            m_staff = staff.value();
            if (ownOnly) {
                m_staff.removeIf([&access](const UserRef &user) { return !access.staff || user.id != access.staff->id; });
                if (m_staff.isEmpty()) {
                    m_status->setText(access.reason.isEmpty()
                                          ? tr("Your login %1 has no staff account: a DBA runs quotactl grant %1 --role admin --staff STAFF.").arg(access.login)
                                          : access.reason);
                    return;
                }
            }
            for (const UserRef &user : m_staff)
                m_accounts->addItem(tr("%1 (%2)").arg(user.email, user.fullName));
            m_status->setText(m_staff.isEmpty() ? tr("There is no staff account in this database.") : QString());
            m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_staff.isEmpty());
        });
}

void StaffDialog::ask(QWidget *parent, AppContext &context, const std::function<void(const UserRef &)> &done)
{
    const QString scripted = Dialogs::scriptedStaff();
    if (!scripted.isNull()) {
        context.reader().run<Result<UserRef>>(
            &context, [scripted](const QString &connection) { return UserLookup(connection).findStaff(scripted); },
            [parent, done](const Result<UserRef> &staff) {
                if (staff)
                    done(staff.value());
                else
                    Dialogs::error(parent, tr("Staff account"), staff.error());
            });
        return;
    }
    auto *dialog = new StaffDialog(parent, context);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, dialog, [dialog, done] {
        const int index = dialog->m_accounts->currentIndex();
        if (index >= 0 && index < dialog->m_staff.size())
            done(dialog->m_staff.at(index));
    });
    dialog->open();
}
