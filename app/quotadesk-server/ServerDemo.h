#pragma once

#include <QObject>
#include <QTextStream>

class DemoEnvironment;

/// quotadesk-server --demo: the demo database (DemoEnvironment, as quotadesk --demo), a
/// login for the server holding quotadesk_service and quotadesk_delegate (as a DBA would
/// grant it), a random JWT secret, and tokens to try the API with, printed.
class ServerDemo final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerDemo)

public:
    static constexpr const char *ServerLogin = "qd_server";

    explicit ServerDemo(QObject *parent = nullptr);
    ~ServerDemo() override;

    /// Asynchronous: emits ready() or failed().
    void start();
    /// Prints tokens and example calls for `baseUrl`.
    void printTokens(const QString &baseUrl) const;

signals:
    void ready(const QString &database, const QByteArray &jwtSecret);
    void failed(const QString &message);

private:
    void setUp(const QString &superuserConninfo);

    DemoEnvironment *m_environment = nullptr;
    QByteArray m_secret;
    QString m_setupConnection = QStringLiteral("server-demo-setup");
};
