#pragma once
// Real logins for the security tests: never the owner or a superuser, who bypass grants.

#include <optional>

#include <QString>
#include <QStringList>

class TestDatabase;

/// Login roles of one test run, named "<prefix><name>" with the process id in the prefix
/// (roles are cluster-wide), each holding Quotadesk roles as `quotactl grant` gives them and
/// with its own open connection to the test database. Destruction closes the connections
/// and drops the roles (destroy it after the TestDatabase when a login may own objects
/// there: such a login cannot be dropped while they exist).
class TestLogins final
{
    Q_DISABLE_COPY_MOVE(TestLogins)

public:
    /// `tag`: the suite's own short word, so that suites running at once never share a login.
    TestLogins(const TestDatabase &db, const QString &tag);
    ~TestLogins();

    /// Creates login `name` holding `roles` (viewer, admin, service, delegate; none: no
    /// grant) and acting as `staffId`, opens its connection and checks that it is no
    /// superuser. The error, empty on success.
    QString add(const QString &name, const QStringList &roles = {}, std::optional<int> staffId = {});

    QString prefix() const { return m_prefix; }
    QString login(const QString &name) const { return m_prefix + name; }
    QString connection(const QString &name) const;
    /// For quotactl --database: the test database, as this login.
    QString conninfo(const QString &name) const;
    /// Runs SQL as the cluster's superuser on the postgres database: the error, empty on success.
    QString super(const QString &sql) const;

private:
    QString m_dbConnection;
    QString m_dbConninfo;
    QString m_prefix;
    QString m_superConnection;
    QStringList m_names;
};
