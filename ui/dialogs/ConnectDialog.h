#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QTabWidget;

/// Where the database is: host, port, database, user, password and SSL mode, or a
/// service name from pg_service.conf. The password is never written to the settings;
/// it may go to libpq's ~/.pgpass (written on accept) or to the system keychain (the
/// caller stores or forgets it after accept: rememberPassword(), forgetPassword())
/// if the user asks.
class ConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)

public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    /// A libpq key=value conninfo, password included (for this session only).
    QString conninfo() const;
    /// The hot standby the pages should read from (as typed: URI, key=value or service=);
    /// empty: read from the primary.
    QString readConninfo() const;
    bool savePassword() const;

    /// The keychain keys of the connections whose password the keychain keeps: the
    /// remember box starts ticked for those (until the user clicks it).
    void setRememberedKeys(const QStringList &keys);
    /// The keychain key of the connection the fields describe (no password in it).
    QString keychainKey() const;
    /// The password typed on the Server tab (empty on the Service tab).
    QString password() const;
    /// Remember password() in the keychain under keychainKey(): box ticked, a password typed.
    bool rememberPassword() const;
    /// Forget the keychain's password for keychainKey(): it had one and the box is unticked.
    bool forgetPassword() const;

    void accept() override;

private:
    void updateRememberBox();

    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_readReplica = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLineEdit *m_rootCert = nullptr;
    QCheckBox *m_savePassword = nullptr;
    QCheckBox *m_rememberPassword = nullptr;
    bool m_rememberTouched = false;
    QStringList m_rememberedKeys;
    QLineEdit *m_service = nullptr;
};
