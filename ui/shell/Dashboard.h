#pragma once

#include <memory>

#include <QObject>
#include <QString>

class AppContext;
class DemoEnvironment;
class MainWindow;
class Settings;
class QProgressDialog;

/// Starts the dashboard: the demo database or a real connection (argument, saved
/// settings, or the connect dialog), the window with its pages, and --screenshot.
class Dashboard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Dashboard)

public:
    struct Options
    {
        bool demo = false;
        QString database;       // empty: saved settings, PG* environment, or ask
        QString screenshot;     // render this page to a PNG once loaded, then quit
        QString page;           // overview, quotas, cache, audit
        QString settingsFile;   // empty: the user's settings
        double trafficPerSecond = 4.0; // demo only
        int demoUsers = 2000;
        QString theme;          // light, dark, or empty for the system's
    };

    explicit Dashboard(Options options, QObject *parent = nullptr);
    ~Dashboard() override;

    /// Returns false when there is nothing to run (the user cancelled).
    bool start();
    MainWindow *window() const { return m_window.get(); }
    AppContext *context() const { return m_context.get(); }

signals:
    void finished(int exitCode);

private:
    void openWindow(const QString &target);
    void connectElsewhere();
    void takeScreenshotWhenLoaded();

    Options m_options;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<DemoEnvironment> m_demo;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    QProgressDialog *m_progress = nullptr;
};
