#pragma once

#include <memory>
#include <optional>

#include <QObject>
#include <QPointer>
#include <QString>

class AppContext;
class ConnectDialog;
class DemoEnvironment;
class MainWindow;
class PasswordKeychain;
class Settings;
class QProgressDialog;

/// Starts the dashboard: the demo database or a real connection (argument, saved
/// settings, or the connect dialog), the window with its pages, and --screenshot.
/// A connection without a password whose password the user keeps in the OS keychain
/// asks the keychain first (asynchronously); without an answer it connects as libpq
/// would without one (~/.pgpass, PGPASSWORD).
class Dashboard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Dashboard)

public:
    struct Options
    {
        bool demo = false;
        QString database;       // empty: saved settings, PG* environment, or ask
        QString readDatabase;   // a hot standby for the pages' reads; empty: the saved one with a saved database, else none
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
    /// Opens the window on `target`, after asking the keychain for its password if it keeps it.
    void connectTo(const QString &target);
    /// Stores or forgets the keychain's password as the user chose in `dialog`.
    void applyKeychainChoice(const ConnectDialog &dialog);
    /// The pending keychain read's target, now answered (empty when `key` is not pending).
    std::optional<QString> takePending(const QString &key);
    /// In the window's status bar for a while (kept until the window exists).
    void showNotice(const QString &text);
    void openWindow(const QString &target);
    void connectElsewhere();
    void takeScreenshotWhenLoaded();

    Options m_options;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<DemoEnvironment> m_demo;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    QProgressDialog *m_progress = nullptr;
    PasswordKeychain *m_keychain = nullptr;
    QString m_pendingKey;    // the keychain read the next window waits for
    QString m_pendingTarget;
    QPointer<QProgressDialog> m_keychainWait;
    QString m_notice;
    QString m_readTarget; // the hot standby of the connection being opened; empty: none
};
