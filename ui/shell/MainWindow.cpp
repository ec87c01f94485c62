#include "shell/MainWindow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QChartView>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPointer>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

#include "common/CsvExport.h"
#include "common/DisplayText.h"
#include "db/DatabaseConnector.h"
#include "db/DatabaseWorker.h"
#include "pages/Page.h"
#include "shell/AppContext.h"
#include "shell/Dialogs.h"
#include "shell/Settings.h"

MainWindow::MainWindow(AppContext &context, QWidget *parent) : QMainWindow(parent), m_context(context)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Quotadesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/quotadesk.svg")));

    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    m_banner = new QLabel(central);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setObjectName(QStringLiteral("connectionBanner"));
    m_banner->setWordWrap(true);
    m_banner->setContentsMargins(12, 8, 12, 8);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #b3261e; color: white; font-weight: bold; }"));
    m_banner->hide();
    outer->addWidget(m_banner);

    m_securityBanner = new QLabel(central);
    m_securityBanner->setObjectName(QStringLiteral("securityBanner"));
    m_securityBanner->setWordWrap(true);
    m_securityBanner->setTextFormat(Qt::RichText);
    m_securityBanner->setContentsMargins(12, 8, 12, 8);
    m_securityBanner->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #3b2f00; }"));
    m_securityBanner->hide();
    connect(m_securityBanner, &QLabel::linkActivated, m_securityBanner, &QWidget::hide);
    outer->addWidget(m_securityBanner);

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    m_nav = new QListWidget(central);
    m_nav->setObjectName(QStringLiteral("pageList"));
    m_nav->setFixedWidth(150);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setStyleSheet(QStringLiteral("QListWidget { font-size: 11pt; padding-top: 8px; } QListWidget::item { padding: 8px 12px; }"));
    body->addWidget(m_nav);
    m_stack = new QStackedWidget(central);
    body->addWidget(m_stack, 1);
    outer->addLayout(body, 1);
    setCentralWidget(central);

    m_updatedLabel = new QLabel(tr("Loading…"), this);
    m_updatedLabel->setTextFormat(Qt::PlainText);
    m_updatedLabel->setObjectName(QStringLiteral("updatedLabel"));
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setTextFormat(Qt::PlainText);
    m_staffLabel = new QLabel(this);
    m_staffLabel->setTextFormat(Qt::PlainText);
    m_staffLabel->setObjectName(QStringLiteral("staffLabel"));
    statusBar()->addWidget(m_updatedLabel);
    statusBar()->addPermanentWidget(m_staffLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
    m_securityLabel = new QLabel(this);
    m_securityLabel->setTextFormat(Qt::PlainText);
    m_securityLabel->setObjectName(QStringLiteral("securityLabel"));
    statusBar()->addPermanentWidget(m_securityLabel);
    QString where = DatabaseConnector::describe(Settings::withoutPassword(context.target())).left(80);
    if (!context.readTarget().isEmpty())
        where = tr("%1 · reads from %2").arg(where, DatabaseConnector::describe(Settings::withoutPassword(context.readTarget())).left(60));
    // The connection is the least read of the three: elided to a third of the window's
    // width, whole in its tooltip, so the staff account and the TLS state keep their room.
    m_connectionLabel->setToolTip(DisplayText::plainToolTip(where));
    m_connectionLabel->setText(m_connectionLabel->fontMetrics().elidedText(where, Qt::ElideMiddle, 380));

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_pages.size())
            return;
        m_stack->setCurrentIndex(row);
        m_context.settings().setLastPage(m_pages.at(row)->pageId());
        m_pages.at(row)->refresh();
    });
    connect(&m_context, &AppContext::dataChanged, this, &MainWindow::refreshCurrent);
    connect(&m_context, &AppContext::updated, this, &MainWindow::updateStatus);
    connect(&m_context, &AppContext::staffChanged, this, &MainWindow::updateStatus);
    connect(&m_context, &AppContext::accessChanged, this, &MainWindow::updateStatus);
    connect(&m_context, &AppContext::connectionLost, this, [this](const QString &message) {
        m_banner->setText(m_context.hasEverConnected() ? tr("Connection lost: %1 Reconnecting…").arg(message)
                                                       : tr("Cannot connect: %1 Retrying…").arg(message));
        m_banner->show();
        // Never a stale "connected" indicator: the probe after reconnecting sets it again.
        m_securityLabel->setText(tr("Not connected"));
        m_securityLabel->setToolTip(message);
    });
    connect(&m_context, &AppContext::schemaChecked, this, [this](const QString &problem) {
        m_banner->setText(problem);
        m_banner->setVisible(!problem.isEmpty());
    });
    connect(&m_context, &AppContext::securityChecked, this, &MainWindow::showSecurity);
    connect(&m_context, &AppContext::connectionRestored, this, [this] {
        m_banner->hide();
        for (Page *page : std::as_const(m_pages))
            page->refresh();
    });

    if (const auto security = m_context.security())
        showSecurity(*security); // probed before this window existed
    createActions();
    restoreGeometry(m_context.settings().windowGeometry());
    restoreState(m_context.settings().windowState());
    if (m_context.settings().windowGeometry().isEmpty())
        resize(1360, 860);
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::showSecurity(const ConnectionSecurity::Info &info)
{
    m_securityLabel->setText(ConnectionSecurity::statusText(info));
    m_securityLabel->setToolTip(ConnectionSecurity::detailText(info));
    // Warned once per target: the choice may be deliberate (a private network).
    if (!info.exposed() || m_context.settings().plaintextWarned(m_context.target()))
        return;
    m_context.settings().setPlaintextWarned(m_context.target());
    m_securityBanner->setText(tr("This connection to %1 is not encrypted: passwords and data cross the network in clear. "
                                 "Reconnect with SSL mode verify-full and the server's root certificate. <a href=\"dismiss\">Dismiss</a>")
                                  .arg(info.host.toHtmlEscaped()));
    m_securityBanner->show();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *exportAction = file->addAction(tr("&Export table as CSV…"), this, &MainWindow::exportCsv);
    exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    QAction *chartAction = file->addAction(tr("Save &chart as PNG…"), this, &MainWindow::saveChart);
    chartAction->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    file->addSeparator();
    QAction *connectAction = file->addAction(tr("C&onnect to another database…"), this, &MainWindow::connectRequested);
    connectAction->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh = view->addAction(tr("&Refresh"), this, [this] { m_context.requestRefresh(); });
    refresh->setShortcuts({QKeySequence::Refresh, QKeySequence(tr("Ctrl+R"))});
    QAction *find = view->addAction(tr("&Find"), this, &MainWindow::focusFind);
    find->setShortcut(QKeySequence::Find);
    // A page's read that takes too long (a slow server, a huge filter): stop it on the server.
    QAction *stop = view->addAction(tr("&Stop loading"), this, [this] { m_context.reader().cancelRunningStatement(); });
    stop->setObjectName(QStringLiteral("stopLoadingAction"));
    stop->setShortcut(QKeySequence(Qt::Key_Escape));
    stop->setToolTip(tr("Cancel the query the page is waiting for (Esc)"));

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->addAction(refresh);
    bar->addAction(stop);
    bar->addAction(exportAction);
    bar->addAction(chartAction);
}

void MainWindow::addPage(Page *page)
{
    m_pages << page;
    m_stack->addWidget(page);
    m_nav->addItem(page->title());
    connect(page, &Page::loaded, &m_context, &AppContext::markUpdated);
    connect(page, &Page::failed, this, [this](const QString &message) {
        m_updatedLabel->setText(tr("Could not load: %1").arg(message));
    });
}

void MainWindow::showPage(const QString &pageId)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i)->pageId() == pageId) {
            if (m_nav->currentRow() == i)
                m_pages.at(i)->refresh();
            m_nav->setCurrentRow(i);
            return;
        }
    }
    if (!m_pages.isEmpty() && m_nav->currentRow() < 0)
        m_nav->setCurrentRow(0);
}

Page *MainWindow::page(const QString &pageId) const
{
    for (Page *p : m_pages)
        if (p->pageId() == pageId)
            return p;
    return nullptr;
}

Page *MainWindow::currentPage() const
{
    const int row = m_nav->currentRow();
    return row >= 0 && row < m_pages.size() ? m_pages.at(row) : nullptr;
}

void MainWindow::refreshCurrent()
{
    if (Page *p = currentPage())
        p->refresh();
}

void MainWindow::updateStatus()
{
    const QDateTime at = m_context.lastUpdated();
    if (at.isValid())
        m_updatedLabel->setText(tr("Updated %1").arg(QLocale().toString(at.time(), QLocale::LongFormat)));
    const auto staff = m_context.staff();
    const Access &access = m_context.access();
    if (access.roleName.isEmpty())
        m_staffLabel->setText(staff ? tr("Acting as %1").arg(staff->email) : tr("No staff account chosen"));
    else if (staff)
        m_staffLabel->setText(tr("Acting as %1 — %2").arg(staff->email, access.roleName));
    else
        m_staffLabel->setText(tr("No staff account chosen — %1").arg(access.roleName));
    m_staffLabel->setToolTip(!access.canAct ? access.reason : access.login.isEmpty() ? QString() : tr("Login %1").arg(access.login));
}

void MainWindow::exportCsv()
{
    Page *p = currentPage();
    QAbstractItemView *view = p ? p->exportableView() : nullptr;
    if (!view || !view->model()) {
        Dialogs::information(this, tr("Export"), tr("This page has no table to export."));
        return;
    }
    const QString path = Dialogs::saveFileName(this, tr("Export table"), p->pageId() + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QPointer<MainWindow> window(this);
    const bool byPage = p->exportCsv(path, [window, path](const Result<qint64> &rows) {
        if (!window)
            return;
        if (!rows)
            Dialogs::error(window, tr("Export"), rows.error());
        else
            window->statusBar()->showMessage(tr("Exported %Ln rows to %1", nullptr, int(rows.value())).arg(path), 5000);
    });
    if (byPage) {
        statusBar()->showMessage(tr("Exporting to %1…").arg(path));
        return;
    }
    const Status written = CsvExport::write(*view->model(), path);
    if (!written)
        Dialogs::error(this, tr("Export"), written.error());
    else
        statusBar()->showMessage(tr("Exported %Ln rows to %1", nullptr, view->model()->rowCount()).arg(path), 5000);
}

void MainWindow::saveChart()
{
    Page *p = currentPage();
    const QList<QWidget *> charts = p ? p->charts() : QList<QWidget *>();
    if (charts.isEmpty()) {
        Dialogs::information(this, tr("Save chart"), tr("This page has no chart."));
        return;
    }
    // The chart under the mouse or with focus; else the user picks one by its title.
    QWidget *chart = nullptr;
    for (QWidget *c : charts)
        if (c->underMouse() || c->hasFocus())
            chart = c;
    if (!chart && charts.size() == 1)
        chart = charts.first();
    if (!chart) {
        QStringList titles;
        for (QWidget *c : charts) {
            const auto *view = qobject_cast<QChartView *>(c);
            const QString title = view && view->chart() ? view->chart()->title() : QString();
            titles << (title.isEmpty() ? c->objectName() : title);
        }
        const int chosen = Dialogs::choose(this, tr("Save chart"), tr("Which chart?"), titles);
        if (chosen < 0)
            return;
        chart = charts.at(chosen);
    }
    const QString path = Dialogs::saveFileName(this, tr("Save chart"), chart->objectName() + QStringLiteral(".png"), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!chart->grab().save(path, "PNG"))
        Dialogs::error(this, tr("Save chart"), tr("Could not write %1.").arg(path));
}

void MainWindow::focusFind()
{
    if (Page *p = currentPage(); p && p->findField()) {
        p->findField()->setFocus();
        p->findField()->selectAll();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_context.settings().setWindowGeometry(saveGeometry());
    m_context.settings().setWindowState(saveState());
    m_context.settings().sync();
    QMainWindow::closeEvent(event);
}
