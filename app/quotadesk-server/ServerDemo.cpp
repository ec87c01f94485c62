#include "ServerDemo.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "api/ApiTokens.h"
#include "db/DatabaseConnector.h"
#include "demo/DemoData.h"
#include "demo/DemoEnvironment.h"
#include "rest/JwtVerifier.h"
#include "users/StaffLogins.h"
#include "users/UserLookup.h"

ServerDemo::ServerDemo(QObject *parent)
    : QObject(parent), m_environment(new DemoEnvironment(this))
{
    connect(m_environment, &DemoEnvironment::progress, this, [](const QString &message) {
        QTextStream(stderr) << message << Qt::endl;
    });
    connect(m_environment, &DemoEnvironment::failed, this, &ServerDemo::failed);
    connect(m_environment, &DemoEnvironment::ready, this, &ServerDemo::setUp);
}

ServerDemo::~ServerDemo()
{
    DatabaseConnector::close(m_setupConnection);
}

void ServerDemo::start()
{
    m_environment->prepare();
}

void ServerDemo::setUp(const QString &superuserConninfo)
{
    if (const Status opened = DatabaseConnector::open(superuserConninfo, m_setupConnection); !opened) {
        emit failed(opened.error());
        return;
    }
    const QString login = QString::fromLatin1(ServerLogin);
    QSqlQuery create(QSqlDatabase::database(m_setupConnection, false));
    if (!create.exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(login))) {
        emit failed(create.lastError().text());
        return;
    }
    if (const Status granted = StaffLogins(m_setupConnection).grant(login, {QStringLiteral("service"), QStringLiteral("delegate")}, std::nullopt);
        !granted) {
        emit failed(granted.error());
        return;
    }
    for (int i = 0; i < 4; ++i)
        m_secret += QByteArray::number(QRandomGenerator::system()->generate64(), 16);
    m_environment->startTraffic(2);
    emit ready(superuserConninfo + QStringLiteral(" user=") + login, m_secret);
}

void ServerDemo::printTokens(const QString &baseUrl) const
{
    QTextStream out(stdout);
    const qint64 expires = QDateTime::currentSecsSinceEpoch() + 24 * 3600;
    const UserLookup users(m_setupConnection);
    const Result<UserRef> staff = users.find(DemoData::staffEmail());
    QSqlQuery firstUser(QSqlDatabase::database(m_setupConnection, false));
    firstUser.exec(QStringLiteral("SELECT min(id) FROM public.users WHERE NOT quotadesk.is_staff(is_admin, role::text)"));
    const int userId = firstUser.next() ? firstUser.value(0).toInt() : 0;
    out << tr("quotadesk-server demo on %1").arg(baseUrl) << Qt::endl;
    if (staff)
        out << tr("Staff JWT (%1, admin rights, valid 24 h):").arg(staff->email) << Qt::endl
            << JwtVerifier::sign(m_secret, staff->id, expires) << Qt::endl;
    if (userId > 0)
        out << tr("User JWT (user %1, valid 24 h):").arg(userId) << Qt::endl
            << JwtVerifier::sign(m_secret, userId, expires) << Qt::endl;
    if (staff) {
        const ApiTokens tokens(m_setupConnection);
        const Result<IssuedToken> service = tokens.create(staff->id, QStringLiteral("demo-service"), ApiRole::Service, std::nullopt);
        const Result<IssuedToken> admin = tokens.create(staff->id, QStringLiteral("demo-admin"), ApiRole::Admin, staff->id);
        if (service)
            out << tr("Service API token (any user's quota: ?user_id=N):") << Qt::endl << service->token << Qt::endl;
        if (admin)
            out << tr("Admin API token (acts as %1):").arg(staff->email) << Qt::endl << admin->token << Qt::endl;
    }
    out << tr("Try: curl -H \"Authorization: Bearer TOKEN\" %1/api/v1/quota/status").arg(baseUrl) << Qt::endl;
}
