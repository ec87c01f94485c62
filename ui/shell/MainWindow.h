#pragma once

#include <QHash>
#include <QMainWindow>

#include "db/ConnectionSecurity.h"

class AppContext;
class Page;
class QLabel;
class QListWidget;
class QStackedWidget;

/// The dashboard: a page list on the left, the pages, a banner when the connection is
/// lost, and a status bar saying when the data were last updated.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    void addPage(Page *page);
    void showPage(const QString &pageId);
    Page *page(const QString &pageId) const;
    Page *currentPage() const;

signals:
    /// File → Connect to another database…: the owner decides how.
    void connectRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void refreshCurrent();
    void exportCsv();
    void saveChart();
    void focusFind();
    void updateStatus();
    void showSecurity(const ConnectionSecurity::Info &info);

    AppContext &m_context;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_updatedLabel = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_staffLabel = nullptr;
    QLabel *m_securityLabel = nullptr;
    QLabel *m_securityBanner = nullptr;
    QList<Page *> m_pages;
};
