#include "shell/Dashboard.h"

#include <utility>

#include <QApplication>
#include <QDir>
#include <QProgressDialog>
#include <QSystemTrayIcon>
#include <QStatusBar>
#include <QTimer>

#include "db/DatabaseConnector.h"
#include "demo/DemoData.h"
#include "demo/DemoEnvironment.h"
#include "dialogs/ConnectDialog.h"
#include "pages/AuditPage.h"
#include "pages/CachePage.h"
#include "pages/CostsPage.h"
#include "shell/AlertWatcher.h"
#include "pages/OverviewPage.h"
#include "pages/QuotasPage.h"
#include "shell/AppContext.h"
#include "shell/Dialogs.h"
#include "shell/MainWindow.h"
#include "shell/PasswordKeychain.h"
#include "shell/Settings.h"

Dashboard::Dashboard(Options options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
    if (!m_options.settingsFile.isEmpty())
        m_settings = std::make_unique<Settings>(m_options.settingsFile);
    else if (m_options.demo) // the demo must not overwrite the real last connection
        m_settings = std::make_unique<Settings>(QDir::temp().filePath(QStringLiteral("quotadesk-demo.ini")));
    else
        m_settings = std::make_unique<Settings>();

    m_keychain = new PasswordKeychain(this);
    connect(m_keychain, &PasswordKeychain::found, this, [this](const QString &key, const QString &password) {
        if (const auto target = takePending(key))
            openWindow(DatabaseConnector::withPassword(*target, password)); // in memory only
    });
    connect(m_keychain, &PasswordKeychain::notFound, this, [this](const QString &key) {
        const auto target = takePending(key);
        if (!target)
            return;
        m_settings->setPasswordInKeychain(key, false);
        openWindow(*target); // first: the notice belongs in the new window
        showNotice(tr("The system keychain no longer has the password of %1.").arg(key));
    });
    connect(m_keychain, &PasswordKeychain::unavailable, this, [this](const QString &key, const QString &reason) {
        const auto target = takePending(key);
        if (!target)
            return;
        openWindow(*target);
        showNotice(tr("System keychain unavailable, connecting without the remembered password: %1").arg(reason));
    });
    connect(m_keychain, &PasswordKeychain::stored, this, [this](const QString &key) {
        m_settings->setPasswordInKeychain(key, true);
        showNotice(tr("The password of %1 is now kept in the system keychain.").arg(key));
    });
    connect(m_keychain, &PasswordKeychain::failed, this, [this](const QString &key, const QString &reason) {
        showNotice(tr("The system keychain did not update the password of %1: %2").arg(key, reason));
    });
}

Dashboard::~Dashboard()
{
    delete m_keychainWait;
    // Pages and workers go before the demo server they talk to.
    m_window.reset();
    m_context.reset();
    m_demo.reset();
}

bool Dashboard::start()
{
    if (m_options.demo) {
        m_demo = std::make_unique<DemoEnvironment>();
        m_progress = new QProgressDialog(tr("Preparing the demo database…"), QString(), 0, 0);
        m_progress->setWindowTitle(tr("Quotadesk demo"));
        m_progress->setMinimumDuration(0);
        m_progress->setAttribute(Qt::WA_DeleteOnClose);
        if (m_options.screenshot.isEmpty())
            m_progress->show();
        connect(m_demo.get(), &DemoEnvironment::progress, m_progress, &QProgressDialog::setLabelText);
        connect(m_demo.get(), &DemoEnvironment::ready, this, [this](const QString &conninfo) {
            m_progress->close();
            m_settings->setStaffAccount(DemoData::staffEmail());
            openWindow(conninfo);
            m_demo->startTraffic(m_options.trafficPerSecond);
        });
        connect(m_demo.get(), &DemoEnvironment::failed, this, [this](const QString &message) {
            m_progress->close();
            Dialogs::error(nullptr, tr("Quotadesk demo"), tr("The demo database could not be prepared: %1").arg(message));
            emit finished(1);
        });
        m_demo->prepare(m_options.demoUsers);
        return true;
    }

    QString target = m_options.database;
    m_readTarget = m_options.readDatabase;
    if (target.isEmpty()) {
        target = m_settings->lastConnection();
        if (m_readTarget.isEmpty())
            m_readTarget = m_settings->lastReadConnection();
    }
    const bool environmentSaysWhere = qEnvironmentVariableIsSet("PGHOST") || qEnvironmentVariableIsSet("PGDATABASE")
                                      || qEnvironmentVariableIsSet("PGSERVICE");
    if (target.isEmpty() && !environmentSaysWhere) {
        ConnectDialog dialog;
        dialog.setRememberedKeys(m_settings->passwordsInKeychain());
        if (dialog.exec() != QDialog::Accepted)
            return false;
        target = dialog.conninfo();
        m_readTarget = dialog.readConninfo();
        applyKeychainChoice(dialog);
    }
    m_settings->setLastConnection(target);
    m_settings->setLastReadConnection(m_readTarget);
    connectTo(target);
    return true;
}

void Dashboard::connectTo(const QString &target)
{
    const QString key = PasswordKeychain::keyFor(target);
    if (DatabaseConnector::hasPassword(target) || !m_settings->passwordInKeychain(key)) {
        openWindow(target);
        return;
    }
    // The window (the old one, when connecting elsewhere) stays until the keychain answers;
    // if that takes a while (an unlock prompt), the user may go on without it.
    if (m_keychainWait)
        m_keychainWait->deleteLater();
    m_pendingKey = key;
    m_pendingTarget = target;
    // No parent: cancelling opens the new window, which replaces the old one.
    m_keychainWait = new QProgressDialog(tr("Asking the system keychain for the password of %1…").arg(key), tr("Connect without it"), 0, 0);
    m_keychainWait->setWindowTitle(tr("Quotadesk"));
    m_keychainWait->setMinimumDuration(1000);
    connect(m_keychainWait, &QProgressDialog::canceled, this, [this, key] {
        if (const auto pending = takePending(key))
            openWindow(*pending);
    });
    m_keychainWait->setValue(0); // shows it after the minimum duration
    m_keychain->read(key);
}

std::optional<QString> Dashboard::takePending(const QString &key)
{
    if (m_pendingKey.isEmpty() || key != m_pendingKey)
        return std::nullopt; // answered already, or cancelled
    m_pendingKey.clear();
    if (m_keychainWait)
        m_keychainWait->deleteLater();
    return std::exchange(m_pendingTarget, QString());
}

void Dashboard::applyKeychainChoice(const ConnectDialog &dialog)
{
    const QString key = dialog.keychainKey();
    if (dialog.rememberPassword()) {
        m_keychain->store(key, dialog.password()); // stored() marks it in the settings
    } else if (dialog.forgetPassword()) {
        m_settings->setPasswordInKeychain(key, false);
        m_keychain->forget(key);
    }
}

void Dashboard::showNotice(const QString &text)
{
    if (m_window)
        m_window->statusBar()->showMessage(text, 10000);
    else
        m_notice = text;
}

void Dashboard::openWindow(const QString &target)
{
    m_window.reset(); // pages and workers of the previous connection, if any
    m_context.reset();
    m_context = std::make_unique<AppContext>(target, *m_settings, nullptr, m_readTarget);
    m_window = std::make_unique<MainWindow>(*m_context);
    m_window->addPage(new OverviewPage(*m_context));
    auto *quotas = new QuotasPage(*m_context);
    m_window->addPage(quotas);
    auto *costs = new CostsPage(*m_context);
    m_window->addPage(costs);
    m_window->addPage(new CachePage(*m_context));
    m_window->addPage(new AuditPage(*m_context));
    connect(costs, &CostsPage::userRequested, quotas, [this, quotas](int userId) {
        m_window->showPage(quotas->pageId());
        quotas->selectUsers({userId});
    });
    connect(m_window.get(), &MainWindow::connectRequested, this, &Dashboard::connectElsewhere);
    // Alerts: listed on the Costs page; a new one also as a desktop notification.
    auto *watcher = new AlertWatcher(*m_context, m_window.get());
    connect(watcher, &AlertWatcher::alertsChanged, costs, &CostsPage::setAlerts);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        auto *tray = new QSystemTrayIcon(m_window->windowIcon(), m_window.get());
        tray->setToolTip(tr("Quotadesk"));
        tray->show();
        connect(watcher, &AlertWatcher::newAlerts, tray, [tray](const QList<Alert> &alerts) {
            QStringList lines;
            for (const Alert &alert : alerts)
                lines << alert.text();
            tray->showMessage(tr("Quotadesk: %n new alert(s)", nullptr, int(alerts.size())), lines.join(u'\n'), QSystemTrayIcon::Warning);
        });
    }
    m_context->start();
    watcher->start();
    m_window->showPage(m_options.page.isEmpty() ? m_settings->lastPage() : m_options.page);
    m_window->show();
    if (!m_notice.isEmpty())
        m_window->statusBar()->showMessage(std::exchange(m_notice, QString()), 10000);
    if (!m_options.screenshot.isEmpty())
        takeScreenshotWhenLoaded();
}

void Dashboard::connectElsewhere()
{
    ConnectDialog dialog(m_window.get());
    dialog.setRememberedKeys(m_settings->passwordsInKeychain());
    if (dialog.exec() != QDialog::Accepted)
        return;
    applyKeychainChoice(dialog);
    // Every page, model and worker belongs to one connection: start them afresh (not
    // inside the window's own signal).
    m_settings->setLastConnection(dialog.conninfo());
    m_readTarget = dialog.readConninfo();
    m_settings->setLastReadConnection(m_readTarget);
    m_settings->sync();
    const QString target = dialog.conninfo();
    QTimer::singleShot(0, this, [this, target] { connectTo(target); });
}

void Dashboard::takeScreenshotWhenLoaded()
{
    Page *page = m_window->currentPage();
    auto shoot = [this] {
        // Let charts lay out and animations settle before the grab.
        QTimer::singleShot(800, this, [this] {
            const bool saved = m_window->grab().save(m_options.screenshot, "PNG");
            emit finished(saved ? 0 : 1);
        });
    };
    if (page)
        connect(page, &Page::failed, this, [this](const QString &message) {
            qWarning("quotadesk: the page could not load: %s", qPrintable(message));
            emit finished(1);
        });
    if (page && page->hasLoaded())
        shoot();
    else if (page)
        connect(page, &Page::loaded, this, shoot, Qt::SingleShotConnection);
    QTimer::singleShot(90000, this, [this] {
        Dialogs::error(nullptr, tr("Screenshot"), tr("The page did not load within 90 seconds."));
        emit finished(1);
    });
}
