// API tokens (0017_api_tokens.sql, ApiTokens, quotactl token/tokens), against the real
// PostgreSQL as real non-owner logins: an admin creates and revokes, a viewer lists and
// is refused the rest, the server's login (service + delegate, granted by quotactl) finds
// the caller of a token. Only the SHA-256 of a token ever reaches the database.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include "QuotactlProcess.h"
#include "TestDatabase.h"
#include "TestLogins.h"
#include "TestUsers.h"
#include "api/ApiTokens.h"
#include "audit/AuditChain.h"
#include "db/SqlError.h"

class TestApiTokens final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<TestLogins> m_logins;
    int m_staff = 0;
    int m_inactiveStaff = 0;
    int m_user = 0;

    QString login(const QString &role) const { return m_logins->login(role); }
    QString conninfoAs(const QString &role) const { return m_logins->conninfo(role); }
    ApiTokens as(const QString &role) const { return ApiTokens(m_logins->connection(role)); }

    int activeTokensNamed(const QString &name) const
    {
        return m_db->scalar(QStringLiteral("SELECT count(*) FROM quotadesk.api_tokens WHERE name = ? AND revoked_at IS NULL"), {name}).toInt();
    }

    // The SQLSTATE of `sql` run as `role` (empty: it ran).
    QString stateOf(const QString &role, const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_logins->connection(role), false));
        return query.exec(sql) ? QString() : query.lastError().nativeErrorCode();
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        m_logins = std::make_unique<TestLogins>(*m_db, QStringLiteral("tok"));

        const auto staff = TestUsers::insertUser(*m_db, {QStringLiteral("staff@example.com"), QStringLiteral("Staff"), QStringLiteral("TS1"),
                                                         QStringLiteral("support_agent")});
        const auto inactive = TestUsers::insertUser(*m_db, {QStringLiteral("gone@example.com"), QStringLiteral("Gone"), QStringLiteral("TS2"),
                                                            QStringLiteral("candidate"), true, false});
        const auto user = TestUsers::insertUser(*m_db, {QStringLiteral("user@example.com"), QStringLiteral("User"), QStringLiteral("TU1")});
        QVERIFY2(staff && inactive && user, qPrintable(staff.error() + inactive.error() + user.error()));
        m_staff = staff.value();
        m_inactiveStaff = inactive.value();
        m_user = user.value();

        for (const QString &role : {QStringLiteral("admin"), QStringLiteral("viewer")}) {
            const QString added = m_logins->add(role, {role}, m_staff);
            QVERIFY2(added.isEmpty(), qPrintable(added));
        }
        // The server's login, as a DBA sets it up (issue 10): quotactl grant, --role repeated.
        const QString server = m_logins->add(QStringLiteral("server"));
        QVERIFY2(server.isEmpty(), qPrintable(server));
        const QuotactlRun granted = quotactl({QStringLiteral("grant"), login(QStringLiteral("server")), QStringLiteral("--role"),
                                              QStringLiteral("service"), QStringLiteral("--role"), QStringLiteral("delegate")},
                                             m_db->conninfo());
        QVERIFY2(granted.exitCode == 0, qPrintable(granted.err));
    }

    void cleanupTestCase()
    {
        m_db.reset();
        m_logins.reset();
    }

    void quotactlGrantsTheServerLoginServiceAndDelegate()
    {
        const QString server = login(QStringLiteral("server"));
        QVERIFY(m_db->scalar(QStringLiteral("SELECT pg_has_role(?, 'quotadesk_service', 'MEMBER')"), {server}).toBool());
        QVERIFY(m_db->scalar(QStringLiteral("SELECT pg_has_role(?, 'quotadesk_delegate', 'MEMBER')"), {server}).toBool());
        QVERIFY(!m_db->scalar(QStringLiteral("SELECT pg_has_role(?, 'quotadesk_admin', 'MEMBER')"), {server}).toBool());
        const QuotactlRun listed = quotactl({QStringLiteral("--json"), QStringLiteral("grants")}, m_db->conninfo());
        QCOMPARE(listed.exitCode, 0);
        QJsonArray roles;
        for (const QJsonValue &row : QJsonDocument::fromJson(listed.out.toUtf8()).array())
            if (row.toObject().value(QStringLiteral("login")).toString() == server)
                roles = row.toObject().value(QStringLiteral("roles")).toArray();
        QCOMPARE(roles, QJsonArray({QStringLiteral("delegate"), QStringLiteral("service")}));
    }

    void anAdminCreatesATokenAndOnlyItsDigestIsStored()
    {
        const auto issued = as(QStringLiteral("admin")).create(std::nullopt, QStringLiteral("backend"), ApiRole::Service, std::nullopt);
        QVERIFY2(issued, qPrintable(issued.error()));
        QCOMPARE(issued->name, QStringLiteral("backend"));
        QVERIFY(issued->token.startsWith(QLatin1String("qdt_")));
        QCOMPARE(issued->token.size(), 4 + 43); // base64url of 32 bytes, unpadded
        QVERIFY(ApiTokens::looksLikeToken(issued->token));

        // The digest is PostgreSQL's sha256() of the token's text; the token is nowhere.
        QVERIFY(m_db->scalar(QStringLiteral("SELECT token_sha256 = sha256(convert_to(?, 'UTF8')) FROM quotadesk.api_tokens WHERE id = ?"),
                             {issued->token, issued->id}).toBool());
        const QString secret = issued->token.mid(4);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM quotadesk.api_tokens t WHERE strpos(t::text, ?) > 0"), {secret}).toInt(), 0);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM public.admin_action_logs a WHERE strpos(a::text, ?) > 0"), {secret}).toInt(), 0);
        // Not even the digest in what viewers read (the action's request, the audit row).
        const QString digestHex = QString::fromLatin1(ApiTokens::digest(issued->token).toHex());
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM quotadesk.admin_actions a WHERE strpos(a::text, ?) > 0 OR strpos(a::text, ?) > 0"),
                              {digestHex, secret}).toInt(), 0);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM public.admin_action_logs a WHERE strpos(a::text, ?) > 0"), {digestHex}).toInt(), 0);

        // Every token is new randomness.
        const auto second = as(QStringLiteral("admin")).create(std::nullopt, QStringLiteral("backend-2"), ApiRole::Service, std::nullopt);
        QVERIFY2(second, qPrintable(second.error()));
        QVERIFY(second->token != issued->token);
    }

    void theServerLoginFindsTheCallerOfAnActiveToken()
    {
        const auto service = as(QStringLiteral("admin")).create(std::nullopt, QStringLiteral("lookup-service"), ApiRole::Service, std::nullopt);
        const auto admin = as(QStringLiteral("admin")).create(std::nullopt, QStringLiteral("lookup-admin"), ApiRole::Admin, m_staff);
        QVERIFY2(service && admin, qPrintable(service.error() + admin.error()));

        const auto found = as(QStringLiteral("server")).callerOf(service->token);
        QVERIFY2(found, qPrintable(found.error()));
        QVERIFY(found->has_value());
        QCOMPARE(found.value()->name, QStringLiteral("lookup-service"));
        QCOMPARE(ApiTokens::roleName(found.value()->role), QStringLiteral("service"));
        QVERIFY(!found.value()->staffId);
        QVERIFY(!m_db->scalar(QStringLiteral("SELECT last_used_at IS NULL FROM quotadesk.api_tokens WHERE id = ?"), {service->id}).toBool());

        const auto staffed = as(QStringLiteral("server")).callerOf(admin->token);
        QVERIFY2(staffed && staffed->has_value(), qPrintable(staffed.error()));
        QCOMPARE(ApiTokens::roleName(staffed.value()->role), QStringLiteral("admin"));
        QCOMPARE(staffed.value()->staffId, std::optional<int>(m_staff));

        // One character off, another prefix, nothing: no caller, and no error.
        QString forged = service->token;
        forged[forged.size() - 1] = forged.back() == u'A' ? u'B' : u'A';
        for (const QString &wrong : {forged, service->token.mid(4), QString()}) {
            const auto none = as(QStringLiteral("server")).callerOf(wrong);
            QVERIFY2(none, qPrintable(none.error()));
            QVERIFY2(!none->has_value(), qPrintable(wrong));
        }
        // Only the server's role may ask.
        QCOMPARE(as(QStringLiteral("viewer")).callerOf(service->token).why(), Failure::NotPermitted);
        QCOMPARE(as(QStringLiteral("admin")).callerOf(service->token).why(), Failure::NotPermitted);
    }

    void aRevokedTokenIsNotFoundAndItsNameIsFreeAgain()
    {
        const auto issued = as(QStringLiteral("admin")).create(std::nullopt, QStringLiteral("rotating"), ApiRole::Viewer, std::nullopt);
        QVERIFY2(issued, qPrintable(issued.error()));
        QVERIFY(as(QStringLiteral("server")).callerOf(issued->token)->has_value());

        const auto revoked = as(QStringLiteral("admin")).revoke(std::nullopt, QStringLiteral("rotating"));
        QVERIFY2(revoked, qPrintable(revoked.error()));
        QCOMPARE(revoked.value(), issued->id);
        const auto after = as(QStringLiteral("server")).callerOf(issued->token);
        QVERIFY2(after, qPrintable(after.error()));
        QVERIFY(!after->has_value());
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT revoked_by FROM quotadesk.api_tokens WHERE id = ?"), {issued->id}).toInt(), m_staff);

        const auto again = as(QStringLiteral("admin")).revoke(std::nullopt, QStringLiteral("rotating"));
        QVERIFY(!again);
        QCOMPARE(again.error(), QStringLiteral("There is no active token named \"rotating\"."));

        const auto renewed = as(QStringLiteral("admin")).create(std::nullopt, QStringLiteral("rotating"), ApiRole::Viewer, std::nullopt);
        QVERIFY2(renewed, qPrintable(renewed.error()));
        QVERIFY(as(QStringLiteral("server")).callerOf(renewed->token)->has_value());
        QVERIFY(!as(QStringLiteral("server")).callerOf(issued->token)->has_value());
    }

    void aViewerListsButTheDatabaseRefusesItCreateAndRevoke()
    {
        const int before = m_db->scalar(QStringLiteral("SELECT count(*) FROM quotadesk.api_tokens")).toInt();
        const auto created = as(QStringLiteral("viewer")).create(std::nullopt, QStringLiteral("by-viewer"), ApiRole::Service, std::nullopt);
        QVERIFY(!created);
        QCOMPARE(created.why(), Failure::NotPermitted);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM quotadesk.api_tokens")).toInt(), before);
        QVERIFY(as(QStringLiteral("admin")).create(std::nullopt, QStringLiteral("kept"), ApiRole::Service, std::nullopt));
        const auto revoked = as(QStringLiteral("viewer")).revoke(std::nullopt, QStringLiteral("kept"));
        QCOMPARE(revoked.why(), Failure::NotPermitted);
        QCOMPARE(activeTokensNamed(QStringLiteral("kept")), 1);
        // Nor by writing the table or reading the digests itself.
        QCOMPARE(stateOf(QStringLiteral("viewer"), QStringLiteral("UPDATE quotadesk.api_tokens SET revoked_at = now() WHERE name = 'kept'")),
                 QStringLiteral("42501"));
        QCOMPARE(stateOf(QStringLiteral("viewer"), QStringLiteral("SELECT token_sha256 FROM quotadesk.api_tokens")), QStringLiteral("42501"));
        QCOMPARE(stateOf(QStringLiteral("server"), QStringLiteral("SELECT name FROM quotadesk.api_tokens")), QStringLiteral("42501"));

        const auto listed = as(QStringLiteral("viewer")).list();
        QVERIFY2(listed, qPrintable(listed.error()));
        QSet<QString> names;
        for (const ApiTokenInfo &token : listed.value()) {
            names.insert(token.name);
            QVERIFY(token.createdAt.isValid());
            QCOMPARE(token.createdBy, QStringLiteral("staff@example.com"));
        }
        QVERIFY(names.contains(QStringLiteral("kept")));
        QCOMPARE(as(QStringLiteral("server")).list().why(), Failure::NotPermitted);
    }

    void namesAreUniqueAmongActiveTokens()
    {
        QVERIFY(as(QStringLiteral("admin")).create(std::nullopt, QStringLiteral("twice"), ApiRole::Service, std::nullopt));
        for (const QString &name : {QStringLiteral("twice"), QStringLiteral("  twice ")}) {
            const auto duplicate = as(QStringLiteral("admin")).create(std::nullopt, name, ApiRole::Viewer, std::nullopt);
            QVERIFY(!duplicate);
            QCOMPARE(duplicate.error(), QStringLiteral("There is already an active token named \"twice\": revoke it first or choose another name."));
        }
        QCOMPARE(activeTokensNamed(QStringLiteral("twice")), 1);
    }

    void badRequestsAreRefusedWithAClearMessage_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("tokenStaff"); // "staff", "inactive", "user", "missing" or empty
        QTest::addColumn<QString>("message");
        const int service = int(ApiRole::Service);
        QTest::newRow("unknown staff") << "t1" << service << "missing" << "No active staff account with id %1 for the token to act as.";
        QTest::newRow("not staff") << "t2" << service << "user" << "No active staff account with id %1 for the token to act as.";
        QTest::newRow("deactivated staff") << "t3" << service << "inactive" << "No active staff account with id %1 for the token to act as.";
        QTest::newRow("admin without staff") << "t4" << int(ApiRole::Admin) << "" << "An admin token needs the staff account it acts as.";
        QTest::newRow("empty name") << "  " << service << "" << "A token needs a name of 1 to 100 characters.";
        QTest::newRow("long name") << QString(101, u'n') << service << "" << "A token needs a name of 1 to 100 characters.";
    }

    void badRequestsAreRefusedWithAClearMessage()
    {
        QFETCH(QString, name);
        QFETCH(int, role);
        QFETCH(QString, tokenStaff);
        QFETCH(QString, message);
        const QMap<QString, int> ids{{QStringLiteral("staff"), m_staff}, {QStringLiteral("inactive"), m_inactiveStaff},
                                     {QStringLiteral("user"), m_user}, {QStringLiteral("missing"), 987654}};
        const std::optional<int> staff = tokenStaff.isEmpty() ? std::nullopt : std::optional<int>(ids.value(tokenStaff));
        const int before = m_db->scalar(QStringLiteral("SELECT count(*) FROM quotadesk.api_tokens")).toInt();
        const auto refused = as(QStringLiteral("admin")).create(std::nullopt, name, ApiRole(role), staff);
        QVERIFY(!refused);
        QCOMPARE(refused.error(), staff ? message.arg(*staff) : message);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM quotadesk.api_tokens")).toInt(), before);
    }

    // A client that bypasses ApiTokens meets the same rules in the database.
    void theDatabaseRefusesAnUnknownRoleAndAShortDigest()
    {
        QCOMPARE(stateOf(QStringLiteral("admin"),
                         QStringLiteral("SELECT quotadesk.admin_api_token_create(NULL, 'root-token', 'root', NULL, sha256('x'::bytea))")),
                 QStringLiteral("QD051"));
        QCOMPARE(stateOf(QStringLiteral("admin"), QStringLiteral("SELECT quotadesk.admin_api_token_create(NULL, 'short', 'service', NULL, 'x'::bytea)")),
                 QStringLiteral("QD056"));
        const QuotactlRun cli = quotactl({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("x"),
                                          QStringLiteral("--role"), QStringLiteral("root")}, conninfoAs(QStringLiteral("admin")));
        QCOMPARE(cli.exitCode, 2);
        QVERIFY2(cli.err.contains(QLatin1String("Unknown token role \"root\": use service, viewer, admin.")), qPrintable(cli.err));
    }

    void theSameActionIdCreatesOnce()
    {
        const QUuid action = QUuid::createUuid();
        const QString call = QStringLiteral("SELECT quotadesk.admin_api_token_create(NULL, 'once', 'service', NULL, sha256('once'::bytea), '%1')")
                                 .arg(action.toString(QUuid::WithoutBraces));
        QSqlQuery query(QSqlDatabase::database(m_logins->connection(QStringLiteral("admin")), false));
        QVERIFY2(query.exec(call) && query.next(), qPrintable(query.lastError().text()));
        const int first = query.value(0).toInt();
        QVERIFY2(query.exec(call) && query.next(), qPrintable(query.lastError().text()));
        QCOMPARE(query.value(0).toInt(), first);
        QCOMPARE(activeTokensNamed(QStringLiteral("once")), 1);
        // ApiTokens makes a new token each call: the same id for another token is refused.
        const auto retried = as(QStringLiteral("admin")).create(std::nullopt, QStringLiteral("once"), ApiRole::Service, std::nullopt, action);
        QVERIFY(!retried);
        QVERIFY2(retried.error().contains(QLatin1String("already used for another request")), qPrintable(retried.error()));
    }

    void createAndRevokeAreAuditedInTheChain()
    {
        QVERIFY(as(QStringLiteral("admin")).create(std::nullopt, QStringLiteral("audited"), ApiRole::Admin, m_staff));
        QVERIFY(as(QStringLiteral("admin")).revoke(std::nullopt, QStringLiteral("audited")));
        QSqlQuery audit(m_db->db());
        QVERIFY(audit.exec(QStringLiteral(
            "SELECT a.action, a.admin_user_id, a.target_type, a.details->>'name', a.details->>'role', a.details->>'login',"
            "       (a.details->>'staff_id')::integer, a.target_id = t.id"
            " FROM public.admin_action_logs a JOIN quotadesk.api_tokens t ON t.name = 'audited'"
            " WHERE a.details->>'name' = 'audited' ORDER BY a.id")));
        QStringList actions;
        while (audit.next()) {
            actions << audit.value(0).toString();
            QCOMPARE(audit.value(1).toInt(), m_staff);
            QCOMPARE(audit.value(2).toString(), QStringLiteral("api_token"));
            QCOMPARE(audit.value(4).toString(), QStringLiteral("admin"));
            QCOMPARE(audit.value(5).toString(), login(QStringLiteral("admin")));
            QCOMPARE(audit.value(6).toInt(), m_staff);
            QVERIFY(audit.value(7).toBool());
        }
        QCOMPARE(actions, QStringList({QStringLiteral("token.create"), QStringLiteral("token.revoke")}));
        const auto verified = AuditChain(m_db->connectionName()).verify();
        QVERIFY2(verified, qPrintable(verified.error()));
        QVERIFY(verified->intact());
    }

    void quotactlPrintsTheTokenOnceAsJsonAndItWorks()
    {
        const QString admin = conninfoAs(QStringLiteral("admin"));
        const QuotactlRun created = quotactl({QStringLiteral("--json"), QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--name"),
                                              QStringLiteral("cli"), QStringLiteral("--role"), QStringLiteral("viewer")}, admin);
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const QJsonObject json = created.json();
        QCOMPARE(json.keys(), QStringList({QStringLiteral("name"), QStringLiteral("token")})); // sorted, exactly these
        QCOMPARE(json.value(QStringLiteral("name")).toString(), QStringLiteral("cli"));
        const QString token = json.value(QStringLiteral("token")).toString();
        const auto caller = as(QStringLiteral("server")).callerOf(token);
        QVERIFY2(caller && caller->has_value(), qPrintable(caller.error()));
        QCOMPARE(ApiTokens::roleName(caller.value()->role), QStringLiteral("viewer"));

        // Without --json: the token alone on stdout, the note on stderr.
        const QuotactlRun plain = quotactl({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("cli-plain"),
                                            QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--staff"),
                                            QStringLiteral("staff@example.com")}, admin);
        QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
        const auto plainCaller = as(QStringLiteral("server")).callerOf(plain.out.trimmed());
        QVERIFY2(plainCaller && plainCaller->has_value(), qPrintable(plain.out));
        QCOMPARE(plainCaller.value()->staffId, std::optional<int>(m_staff));

        // Listed for a viewer, never with the token.
        const QuotactlRun listed = quotactl({QStringLiteral("--json"), QStringLiteral("tokens")}, conninfoAs(QStringLiteral("viewer")));
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QVERIFY(!listed.out.contains(token.mid(4)));
        bool found = false;
        for (const QJsonValue &row : QJsonDocument::fromJson(listed.out.toUtf8()).array()) {
            if (row.toObject().value(QStringLiteral("name")).toString() != QLatin1String("cli"))
                continue;
            found = true;
            QCOMPARE(row.toObject().value(QStringLiteral("role")).toString(), QStringLiteral("viewer"));
            QCOMPARE(row.toObject().value(QStringLiteral("active")).toBool(), true);
        }
        QVERIFY2(found, qPrintable(listed.out));
        QVERIFY(quotactl({QStringLiteral("tokens")}, conninfoAs(QStringLiteral("viewer"))).out.contains(QLatin1String("cli-plain")));

        // A viewer may not create or revoke (exit 4); the admin revokes.
        QCOMPARE(quotactl({QStringLiteral("token"), QStringLiteral("revoke"), QStringLiteral("cli")}, conninfoAs(QStringLiteral("viewer"))).exitCode, 4);
        QCOMPARE(quotactl({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("v"), QStringLiteral("--role"),
                           QStringLiteral("service")}, conninfoAs(QStringLiteral("viewer"))).exitCode, 4);
        const QuotactlRun revoked = quotactl({QStringLiteral("token"), QStringLiteral("revoke"), QStringLiteral("cli")}, admin);
        QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.err));
        QVERIFY(!as(QStringLiteral("server")).callerOf(token)->has_value());
        QCOMPARE(quotactl({QStringLiteral("token"), QStringLiteral("revoke"), QStringLiteral("cli")}, admin).exitCode, 2);
        QCOMPARE(quotactl({QStringLiteral("token")}, admin).exitCode, 2);
    }

    // Should the table ever hold a role this client does not know, it grants nothing by default.
    void aTokenWithAnUnknownRoleAuthenticatesNobody()
    {
        const QString constraint = m_db->scalar(QStringLiteral(
            "SELECT conname FROM pg_constraint WHERE conrelid = 'quotadesk.api_tokens'::regclass AND pg_get_constraintdef(oid) LIKE '%role%'")).toString();
        QVERIFY(!constraint.isEmpty());
        QCOMPARE(m_db->exec(QStringLiteral("ALTER TABLE quotadesk.api_tokens DROP CONSTRAINT %1").arg(constraint)), QString());
        QCOMPARE(m_db->exec(QStringLiteral("INSERT INTO quotadesk.api_tokens (name, role, token_sha256, created_by)"
                                           " VALUES ('future', 'root', sha256(convert_to('qdt_future', 'UTF8')), ?)"), {m_staff}),
                 QString());
        const auto caller = as(QStringLiteral("server")).callerOf(QStringLiteral("qdt_future"));
        QVERIFY(!caller);
        QCOMPARE(caller.error(), QStringLiteral("The database holds a token with an unknown role \"root\"."));
        QVERIFY(!as(QStringLiteral("viewer")).list());
        QCOMPARE(m_db->exec(QStringLiteral("DELETE FROM quotadesk.api_tokens WHERE name = 'future'")), QString());
    }
};

QTEST_GUILESS_MAIN(TestApiTokens)
#include "tst_api_tokens.moc"
