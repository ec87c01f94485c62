#pragma once

#include <QObject>
#include <QString>

/// Connection passwords in the OS keychain (Secret Service, KWallet, macOS Keychain,
/// Windows Credential Store) through QtKeychain, never in a file of ours: without a
/// keychain every call fails and says why. Every call is asynchronous and answers by
/// exactly one signal; nothing waits on the GUI thread.
class PasswordKeychain final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordKeychain)

public:
    static constexpr const char *Service = "Quotadesk";

    explicit PasswordKeychain(QObject *parent = nullptr);
    ~PasswordKeychain() override;

    /// The key of the connection `target` stands for: who logs in where, never its password.
    static QString keyFor(const QString &target);

    /// Answers with found(), notFound() or unavailable() (also when the keychain does not
    /// answer within readTimeout()).
    void read(const QString &key);
    /// Answers with stored() or failed().
    void store(const QString &key, const QString &password);
    /// Answers with forgotten() (also when there was nothing to forget) or failed().
    void forget(const QString &key);

    int readTimeout() const { return m_readTimeoutMs; }
    void setReadTimeout(int ms) { m_readTimeoutMs = ms; }

signals:
    void found(const QString &key, const QString &password);
    void notFound(const QString &key);
    /// `reason`: a few words for a sentence that names the keychain.
    void unavailable(const QString &key, const QString &reason);
    void stored(const QString &key);
    void forgotten(const QString &key);
    void failed(const QString &key, const QString &reason);

private:
    int m_readTimeoutMs = 60000; // long enough to unlock the keyring in its own prompt
};
