#include "DashboardFixture.h"

#include <QAction>
#include <QSignalSpy>
#include <QTest>

#include "db/DatabaseWorker.h"
#include "shell/Dialogs.h"
#include "shell/MainWindow.h"

DashboardFixture::DashboardFixture(const QString &staffEmail) : DashboardFixture(staffEmail, QString(), {}) {}

DashboardFixture::DashboardFixture(const QString &staffEmail, const QString &login, const std::function<QString(TestDatabase &)> &prepare)
{
    m_db = std::make_unique<TestDatabase>();
    if (!m_db->isValid()) {
        m_error = m_db->error();
        return;
    }
    if (prepare) {
        m_error = prepare(*m_db);
        if (!m_error.isEmpty())
            return;
    }
    const QString conninfo = login.isEmpty() ? m_db->conninfo() : m_db->conninfo() + QStringLiteral(" user=") + login;
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    Dialogs::setScripted(true);
    Dialogs::setScriptedStaff(staffEmail);
    m_context = std::make_unique<AppContext>(conninfo, *m_settings);
    m_context->setDebounce(50);
    m_context->start();
    if (!waitConnected())
        m_error = QStringLiteral("the dashboard's workers did not connect: ") + m_context->reader().lastError();
}

DashboardFixture::~DashboardFixture()
{
    m_context.reset(); // workers end by themselves; the database is dropped WITH (FORCE)
    Dialogs::setScripted(false);
}

bool DashboardFixture::waitConnected(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_context->isConnected(); }, timeoutMs);
}

bool DashboardFixture::waitIdle(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_context->reader().isIdle() && m_context->admin().isIdle(); }, timeoutMs);
}

bool DashboardFixture::exportTable(MainWindow &window, const QString &path)
{
    Dialogs::queueAnswer(path);
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("&Export table as CSV…"))
            action->trigger();
    }
    return waitIdle();
}
