#include "shell/Dashboard.h"

#include <QApplication>
#include <QDir>
#include <QProgressDialog>
#include <QTimer>

#include "demo/DemoData.h"
#include "demo/DemoEnvironment.h"
#include "dialogs/ConnectDialog.h"
#include "pages/AuditPage.h"
#include "pages/CachePage.h"
#include "pages/OverviewPage.h"
#include "pages/QuotasPage.h"
#include "shell/AppContext.h"
#include "shell/Dialogs.h"
#include "shell/MainWindow.h"
#include "shell/Settings.h"

Dashboard::Dashboard(Options options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
    if (!m_options.settingsFile.isEmpty())
        m_settings = std::make_unique<Settings>(m_options.settingsFile);
    else if (m_options.demo) // the demo must not overwrite the real last connection
        m_settings = std::make_unique<Settings>(QDir::temp().filePath(QStringLiteral("quotadesk-demo.ini")));
    else
        m_settings = std::make_unique<Settings>();
}

Dashboard::~Dashboard()
{
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
    if (target.isEmpty())
        target = m_settings->lastConnection();
    const bool environmentSaysWhere = qEnvironmentVariableIsSet("PGHOST") || qEnvironmentVariableIsSet("PGDATABASE")
                                      || qEnvironmentVariableIsSet("PGSERVICE");
    if (target.isEmpty() && !environmentSaysWhere) {
        ConnectDialog dialog;
        if (dialog.exec() != QDialog::Accepted)
            return false;
        target = dialog.conninfo();
    }
    m_settings->setLastConnection(target);
    openWindow(target);
    return true;
}

void Dashboard::openWindow(const QString &target)
{
    m_context = std::make_unique<AppContext>(target, *m_settings);
    m_window = std::make_unique<MainWindow>(*m_context);
    m_window->addPage(new OverviewPage(*m_context));
    m_window->addPage(new QuotasPage(*m_context));
    m_window->addPage(new CachePage(*m_context));
    m_window->addPage(new AuditPage(*m_context));
    connect(m_window.get(), &MainWindow::connectRequested, this, &Dashboard::connectElsewhere);
    m_context->start();
    m_window->showPage(m_options.page.isEmpty() ? m_settings->lastPage() : m_options.page);
    m_window->show();
    if (!m_options.screenshot.isEmpty())
        takeScreenshotWhenLoaded();
}

void Dashboard::connectElsewhere()
{
    ConnectDialog dialog(m_window.get());
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Every page, model and worker belongs to one connection: start them afresh.
    m_settings->setLastConnection(dialog.conninfo());
    m_settings->sync();
    const QString target = dialog.conninfo();
    QTimer::singleShot(0, this, [this, target] {
        m_window.reset();
        m_context.reset();
        openWindow(target);
    });
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
