#pragma once

#include <memory>

#include <QByteArray>
#include <QSettings>
#include <QString>

/// Every setting of the dashboard, with its key and default in one place. Tests use an
/// instance over a temporary file. Passwords are never stored: connections are saved
/// without them (libpq's .pgpass or service file, or the OS keychain, supplies them).
class Settings final
{
public:
    Settings();                                  // the user's settings (QSettings defaults)
    explicit Settings(const QString &iniFile);   // a private file (tests, --demo)
    Q_DISABLE_COPY_MOVE(Settings)

    QString lastConnection() const;
    void setLastConnection(const QString &target); // the password is removed first
    /// The hot standby the dashboard read from with it (empty: none).
    QString lastReadConnection() const;
    void setLastReadConnection(const QString &target); // the password is removed first

    /// The keychain keys (connection identities, never passwords) of the connections whose
    /// password the user keeps in the OS keychain: only these are looked up there.
    QStringList passwordsInKeychain() const;
    bool passwordInKeychain(const QString &key) const;
    void setPasswordInKeychain(const QString &key, bool remembered);

    QString staffAccount() const; // email of the staff member at this keyboard
    void setStaffAccount(const QString &email);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);

    QString lastPage() const;
    void setLastPage(const QString &page);

    /// Whether the user was already warned that `target` (password removed) is reached without TLS.
    bool plaintextWarned(const QString &target) const;
    void setPlaintextWarned(const QString &target);

    QString language() const; // empty: the system locale
    void setLanguage(const QString &language);

    int refreshSeconds() const; // fallback refresh when no notification arrives
    void setRefreshSeconds(int seconds);

    void sync();

    /// `target` without any password (URI user:password@ or password=...).
    static QString withoutPassword(const QString &target);

private:
    std::unique_ptr<QSettings> m_settings;
};
