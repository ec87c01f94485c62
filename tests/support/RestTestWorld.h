#pragma once
// A test database set up for the REST API as a DBA would: the server's own login holding
// quotadesk_service and quotadesk_delegate (a real non-owner role, no staff account), a
// staff account with admin rights, a staff account without (a viewer's), two plain users,
// and the app's JWT secret (also in a file, for --jwt-secret-file).

#include <memory>

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include "QuotaTestData.h"
#include "TestDatabase.h"

class RestTestWorld final
{
    Q_DISABLE_COPY_MOVE(RestTestWorld)

public:
    RestTestWorld();
    ~RestTestWorld();

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    TestDatabase &db() { return *m_db; }
    QuotaTestData &data() { return *m_data; }
    /// The server's login and its conninfo.
    QString login() const { return m_login; }
    QString serverDatabase() const;

    int adminStaff() const { return m_adminStaff; } ///< is_admin
    int plainUser() const { return m_plainUser; }   ///< freemium
    int otherUser() const { return m_otherUser; }   ///< freemium

    QByteArray secret() const { return m_secret; }
    QString secretFile() const { return m_dir.filePath(QStringLiteral("jwt-secret")); }
    /// A valid token for `userId` (HS256, one hour).
    QByteArray jwtFor(int userId) const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QuotaTestData> m_data;
    QString m_login;
    QByteArray m_secret = QByteArrayLiteral("test-secret-of-the-app-0123456789abcdef");
    int m_adminStaff = 0;
    int m_plainUser = 0;
    int m_otherUser = 0;
    QString m_error;
};
