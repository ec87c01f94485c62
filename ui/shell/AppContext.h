#pragma once

#include <functional>
#include <optional>

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include "db/ConnectionSecurity.h"
#include "users/AccessCheck.h"
#include "users/UserLookup.h"

class DatabaseWorker;
class Settings;
class QWidget;

/// What every page shares: the two database workers (reads; admin actions, so a long
/// clean-up never delays a refresh), the settings, the staff account at this keyboard,
/// and one debounced "data changed" signal fed by LISTEN/NOTIFY and a fallback timer.
///
/// With a read target (a hot standby) the reader reads there, while admin actions and
/// LISTEN stay on the primary (a standby can neither write nor LISTEN): a third worker,
/// the listener, holds the primary's LISTEN connection.
class AppContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppContext)

public:
    static constexpr const char *NotifyChannel = "quotadesk_changed";

    /// `readTarget` empty: everything on `target`.
    explicit AppContext(QString target, Settings &settings, QObject *parent = nullptr, QString readTarget = {});
    ~AppContext() override;

    void start();

    DatabaseWorker &reader() { return *m_reader; }
    DatabaseWorker &admin() { return *m_admin; }
    Settings &settings() { return m_settings; }
    QString target() const { return m_target; }
    /// The hot standby the pages read from; empty when they read from target().
    QString readTarget() const { return m_readTarget; }
    bool isConnected() const { return m_connected; }
    bool hasEverConnected() const { return m_everConnected; }
    /// Empty when the schema is ready; else what to do about it.
    QString schemaProblem() const { return m_schemaProblem; }
    QDateTime lastUpdated() const { return m_lastUpdated; }
    /// Encryption of the reader's connection, once probed after (re)connecting.
    std::optional<ConnectionSecurity::Info> security() const { return m_security; }

    /// What the login may do, checked after each (re)connect; "unknown, allowed" until then.
    const Access &access() const { return m_access; }

    std::optional<UserRef> staff() const { return m_staff; }
    void setStaff(const UserRef &staff);
    /// Runs `action` as the staff member at this keyboard, asking once who that is.
    void withStaff(QWidget *parent, const std::function<void(const UserRef &)> &action);

    /// Debounce of notifications (ms); tests shorten it.
    void setDebounce(int ms) { m_debounce.setInterval(ms); }

public slots:
    void requestRefresh();
    void markUpdated();

signals:
    void dataChanged();
    void connectionLost(const QString &message);
    void connectionRestored();
    void updated(const QDateTime &at);
    void staffChanged();
    void schemaChecked(const QString &problem);
    void securityChecked(const ConnectionSecurity::Info &info);
    void accessChanged();

private:
    void resolveSavedStaff();
    void checkSchema();
    void checkSecurity();
    void checkAccess();

    QString m_target;
    QString m_readTarget;
    Settings &m_settings;
    DatabaseWorker *m_reader = nullptr;
    DatabaseWorker *m_admin = nullptr;
    DatabaseWorker *m_listener = nullptr; // only with a read target
    QTimer m_debounce;
    QTimer m_fallback;
    bool m_connected = false;
    bool m_everConnected = false;
    QDateTime m_lastUpdated;
    std::optional<UserRef> m_staff;
    QString m_schemaProblem;
    std::optional<ConnectionSecurity::Info> m_security;
    Access m_access;
};
