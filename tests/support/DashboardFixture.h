#pragma once

#include <functional>
#include <memory>

#include <QTemporaryDir>

#include "shell/AppContext.h"
#include "shell/Settings.h"
#include "TestDatabase.h"

class MainWindow;

/// For offscreen widget tests: a fresh migrated database, private settings, scripted
/// dialogs, and a started AppContext (both workers connected) that pages can use.
class DashboardFixture final
{
    Q_DISABLE_COPY_MOVE(DashboardFixture)

public:
    /// `staffEmail` (if any) is what the staff dialog "answers".
    explicit DashboardFixture(const QString &staffEmail = {});
    /// Connects the dashboard as `login` (empty: the superuser) after `prepare` (if any) ran
    /// on the fresh database; `prepare` returns an error text, empty on success.
    DashboardFixture(const QString &staffEmail, const QString &login, const std::function<QString(TestDatabase &)> &prepare);
    ~DashboardFixture();

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    TestDatabase &db() { return *m_db; }
    AppContext &context() { return *m_context; }
    Settings &settings() { return *m_settings; }

    /// Waits (processing events) until the reader worker is connected.
    bool waitConnected(int timeoutMs = 10000);
    /// Waits until both workers have run every job posted so far and their results were
    /// handled: what a test waits for before asserting that nothing happened.
    bool waitIdle(int timeoutMs = 20000);
    /// File → Export table as CSV… in `window`, the file dialog answering `path`; waits
    /// until the workers are idle (the export written).
    bool exportTable(MainWindow &window, const QString &path);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<AppContext> m_context;
    QString m_error;
};
