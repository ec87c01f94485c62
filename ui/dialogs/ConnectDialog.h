#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QTabWidget;

/// Where the database is: host, port, database, user, password and SSL mode, or a
/// service name from pg_service.conf. The password is never written to the settings;
/// it may go to libpq's ~/.pgpass if the user asks.
class ConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)

public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    /// A libpq key=value conninfo, password included (for this session only).
    QString conninfo() const;
    bool savePassword() const;

    void accept() override;

private:
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLineEdit *m_rootCert = nullptr;
    QCheckBox *m_savePassword = nullptr;
    QLineEdit *m_service = nullptr;
};
