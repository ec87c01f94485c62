#include "dialogs/ConnectDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include "db/PgPassFile.h"
#include "shell/Dialogs.h"
#include "shell/PasswordKeychain.h"

namespace {

QString quoted(const QString &value)
{
    QString v = value;
    v.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + v + u'\'';
}

} // namespace

ConnectDialog::ConnectDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Connect to a database"));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);

    auto *serverPage = new QWidget(m_tabs);
    auto *form = new QFormLayout(serverPage);
    m_host = new QLineEdit(qEnvironmentVariable("PGHOST", QStringLiteral("localhost")), serverPage);
    m_port = new QSpinBox(serverPage);
    m_port->setRange(1, 65535);
    m_port->setValue(qEnvironmentVariableIntValue("PGPORT") > 0 ? qEnvironmentVariableIntValue("PGPORT") : 5432);
    m_database = new QLineEdit(qEnvironmentVariable("PGDATABASE"), serverPage);
    m_user = new QLineEdit(qEnvironmentVariable("PGUSER"), serverPage);
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password = new QLineEdit(serverPage);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setPlaceholderText(tr("empty: the system keychain or ~/.pgpass"));
    m_sslMode = new QComboBox(serverPage);
    m_sslMode->setObjectName(QStringLiteral("sslMode"));
    for (const char *mode : {"prefer", "require", "verify-ca", "verify-full", "disable", "allow"})
        m_sslMode->addItem(QString::fromLatin1(mode));
    m_sslMode->setToolTip(tr("verify-full encrypts and checks that the server's certificate is signed by your root certificate "
                             "and names this host: use it for any server that is not on this computer."));
    // The root certificate that signs the server's: libpq's sslrootcert.
    auto *rootCertRow = new QWidget(serverPage);
    auto *rootCertLayout = new QHBoxLayout(rootCertRow);
    rootCertLayout->setContentsMargins(0, 0, 0, 0);
    m_rootCert = new QLineEdit(qEnvironmentVariable("PGSSLROOTCERT"), rootCertRow);
    m_rootCert->setObjectName(QStringLiteral("rootCertificate"));
    m_rootCert->setPlaceholderText(tr("empty: ~/.postgresql/root.crt"));
    auto *browse = new QPushButton(tr("&Browse…"), rootCertRow);
    rootCertLayout->addWidget(m_rootCert, 1);
    rootCertLayout->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = Dialogs::openFileName(this, tr("Root certificate"), tr("Certificates (*.crt *.pem);;All files (*)"));
        if (!path.isEmpty())
            m_rootCert->setText(path);
    });
    const auto updateRootCert = [this, rootCertRow] { rootCertRow->setEnabled(m_sslMode->currentText().startsWith(QLatin1String("verify-"))); };
    connect(m_sslMode, &QComboBox::currentTextChanged, this, updateRootCert);
    const QString envMode = qEnvironmentVariable("PGSSLMODE");
    if (m_sslMode->findText(envMode) >= 0)
        m_sslMode->setCurrentText(envMode);
    updateRootCert();
    m_savePassword = new QCheckBox(tr("Save the password in ~/.pgpass (libpq's password file, readable only by you)"), serverPage);
    m_savePassword->setObjectName(QStringLiteral("saveInPgpass"));
    m_rememberPassword = new QCheckBox(tr("Remember the password in the system keychain"), serverPage);
    m_rememberPassword->setObjectName(QStringLiteral("rememberInKeychain"));
    m_rememberPassword->setToolTip(tr("The desktop's keychain (GNOME Keyring, KWallet) keeps it, never a file of Quotadesk's. "
                                      "Untick it to forget a remembered password."));
    connect(m_rememberPassword, &QCheckBox::clicked, this, [this] { m_rememberTouched = true; });
    connect(m_host, &QLineEdit::textChanged, this, &ConnectDialog::updateRememberBox);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectDialog::updateRememberBox);
    connect(m_database, &QLineEdit::textChanged, this, &ConnectDialog::updateRememberBox);
    connect(m_user, &QLineEdit::textChanged, this, &ConnectDialog::updateRememberBox);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&SSL mode:"), m_sslMode);
    form->addRow(tr("&Root certificate:"), rootCertRow);
    form->addRow(m_savePassword);
    form->addRow(m_rememberPassword);
    m_tabs->addTab(serverPage, tr("Server"));

    auto *servicePage = new QWidget(m_tabs);
    auto *serviceForm = new QFormLayout(servicePage);
    m_service = new QLineEdit(qEnvironmentVariable("PGSERVICE"), servicePage);
    serviceForm->addRow(tr("Service &name:"), m_service);
    auto *hint = new QLabel(tr("A section of ~/.pg_service.conf (or $PGSERVICEFILE). Passwords come from the service file or ~/.pgpass."), servicePage);
    hint->setWordWrap(true);
    serviceForm->addRow(hint);
    m_tabs->addTab(servicePage, tr("Service"));
    if (!m_service->text().isEmpty())
        m_tabs->setCurrentIndex(1);

    layout->addWidget(m_tabs);
    auto *replicaForm = new QFormLayout;
    m_readReplica = new QLineEdit(this);
    m_readReplica->setObjectName(QStringLiteral("readReplica"));
    m_readReplica->setPlaceholderText(tr("optional: host=standby dbname=app, or a postgresql:// URI"));
    m_readReplica->setToolTip(tr("A hot standby of this database: the pages read from it, while admin actions and change "
                                 "notifications stay on the server above."));
    replicaForm->addRow(tr("Read &replica:"), m_readReplica);
    layout->addLayout(replicaForm);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString ConnectDialog::readConninfo() const
{
    return m_readReplica->text().trimmed();
}

QString ConnectDialog::conninfo() const
{
    if (m_tabs->currentIndex() == 1)
        return QStringLiteral("service=") + quoted(m_service->text().trimmed());
    QStringList parts;
    const auto add = [&parts](const char *key, const QString &value) {
        if (!value.trimmed().isEmpty())
            parts << QString::fromLatin1(key) + u'=' + quoted(value.trimmed());
    };
    add("host", m_host->text());
    add("port", QString::number(m_port->value()));
    add("dbname", m_database->text());
    add("user", m_user->text());
    add("sslmode", m_sslMode->currentText());
    if (m_sslMode->currentText().startsWith(QLatin1String("verify-")))
        add("sslrootcert", m_rootCert->text());
    if (!m_password->text().isEmpty())
        parts << QStringLiteral("password=") + quoted(m_password->text());
    return parts.join(u' ');
}

bool ConnectDialog::savePassword() const
{
    return m_tabs->currentIndex() == 0 && m_savePassword->isChecked() && !m_password->text().isEmpty();
}

void ConnectDialog::setRememberedKeys(const QStringList &keys)
{
    m_rememberedKeys = keys;
    updateRememberBox();
}

void ConnectDialog::updateRememberBox()
{
    if (!m_rememberTouched)
        m_rememberPassword->setChecked(m_rememberedKeys.contains(keychainKey()));
}

QString ConnectDialog::keychainKey() const
{
    return PasswordKeychain::keyFor(conninfo());
}

QString ConnectDialog::password() const
{
    return m_tabs->currentIndex() == 0 ? m_password->text() : QString();
}

bool ConnectDialog::rememberPassword() const
{
    return m_rememberPassword->isChecked() && !password().isEmpty();
}

bool ConnectDialog::forgetPassword() const
{
    return m_tabs->currentIndex() == 0 && !m_rememberPassword->isChecked() && m_rememberedKeys.contains(keychainKey());
}

void ConnectDialog::accept()
{
    if (m_tabs->currentIndex() == 1 && m_service->text().trimmed().isEmpty()) {
        Dialogs::error(this, tr("Connect"), tr("Name a service, or use the Server tab."));
        return;
    }
    const QString rootCert = m_rootCert->text().trimmed();
    if (m_tabs->currentIndex() == 0 && m_sslMode->currentText().startsWith(QLatin1String("verify-")) && !rootCert.isEmpty()
        && !QFileInfo(rootCert).isFile()) {
        Dialogs::error(this, tr("Connect"), tr("The root certificate %1 does not exist.").arg(rootCert));
        return;
    }
    if (savePassword()) {
        const PgPassFile::Entry entry{m_host->text().trimmed(), m_port->value(), m_database->text().trimmed(), m_user->text().trimmed(),
                                      m_password->text()};
        if (const Status stored = PgPassFile::store(entry); !stored)
            Dialogs::error(this, tr("Connect"), stored.error());
    }
    QDialog::accept();
}
