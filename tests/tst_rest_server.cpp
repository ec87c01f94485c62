// quotadesk-server over real HTTP on loopback: the built binary as its own process,
// logged in to the fixture's PostgreSQL as a real non-owner login holding
// quotadesk_service and quotadesk_delegate. Every endpoint and every error status.
#include <thread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include "FaultProxy.h"
#include "api/ApiTokens.h"
#include "RestServerProcess.h"
#include "RestTestWorld.h"
#include "TestTime.h"
#include "db/DatabaseConnector.h"
#include "quota/QuotaService.h"
#include "rest/JwtVerifier.h"

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString detailOf(const HttpReply &reply)
{
    return reply.json().value(QStringLiteral("detail")).toString();
}

// Sends `request` as it is on a new connection and returns all the server answers (the
// server closes: the request says Connection: close). What no HTTP client library sends.
QByteArray rawExchange(int port, const QByteArray &request)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(quint16(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QByteArray answer;
    timeval timeout{30, 0}; // longer than the server's read timeout (10 s), which may end the exchange
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
        && ::send(fd, request.constData(), size_t(request.size()), 0) == request.size()) {
        char buffer[4096];
        for (ssize_t n; (n = ::recv(fd, buffer, sizeof buffer, 0)) > 0;)
            answer.append(buffer, n);
    }
    ::close(fd);
    return answer;
}

} // namespace

class TestRestServer final : public QObject
{
    Q_OBJECT

    std::unique_ptr<RestTestWorld> m_world;
    std::unique_ptr<RestServerProcess> m_server;
    QHash<QString, QByteArray> m_tokens; // API tokens by role name

    // An API token made as a DBA's staff member would with quotactl token create.
    QByteArray issue(const QString &name, ApiRole role, std::optional<int> staff)
    {
        const Result<IssuedToken> issued = ApiTokens(world().db().connectionName()).create(world().adminStaff(), name, role, staff);
        return issued ? issued->token.toUtf8() : QByteArray();
    }

    RestTestWorld &world() { return *m_world; }
    HttpReply get(const QString &path, const QByteArray &token = {}) { return m_server->request("GET", path, token); }
    HttpReply post(const QString &path, const QByteArray &token, const QByteArray &body) { return m_server->request("POST", path, token, body); }
    HttpReply del(const QString &path, const QByteArray &token) { return m_server->request("DELETE", path, token); }
    QByteArray userToken() { return world().jwtFor(world().plainUser()); }
    QByteArray adminToken() { return world().jwtFor(world().adminStaff()); }

    QStringList serverArguments(const QString &database, int threads = 4)
    {
        return {QStringLiteral("--database"), database, QStringLiteral("--jwt-secret-file"), world().secretFile(),
                QStringLiteral("--threads"), QString::number(threads)};
    }

    void addCacheEntry(const QString &key, const QString &type, std::optional<int> user)
    {
        const QString error = world().db().exec(
            QStringLiteral("INSERT INTO ai_cache (cache_key, cache_type, cache_data, user_id, expires_at) "
                           "VALUES (?, ?, '{\"a\": 1}', ?, now() AT TIME ZONE 'UTC' + interval '1 hour')"),
            {key, type, user ? QVariant(*user) : QVariant(QMetaType::fromType<int>())});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

private slots:
    void initTestCase()
    {
        m_world = std::make_unique<RestTestWorld>();
        QVERIFY2(world().isValid(), qPrintable(world().error()));
        m_server = std::make_unique<RestServerProcess>();
        const QString started = m_server->start(serverArguments(world().serverDatabase()));
        QVERIFY2(started.isEmpty(), qPrintable(started));
        m_tokens.insert(QStringLiteral("service"), issue(QStringLiteral("backend"), ApiRole::Service, std::nullopt));
        // A viewer token naming a staff account still may not act.
        m_tokens.insert(QStringLiteral("viewer"), issue(QStringLiteral("dashboard-script"), ApiRole::Viewer, world().adminStaff()));
        m_tokens.insert(QStringLiteral("admin"), issue(QStringLiteral("ops-script"), ApiRole::Admin, world().adminStaff()));
        for (const QByteArray &token : std::as_const(m_tokens))
            QVERIFY(!token.isEmpty());
    }

    void cleanupTestCase()
    {
        m_server.reset();
        m_world.reset();
    }

    void healthAndDocumentsAnswerWithoutAToken()
    {
        const HttpReply health = get(QStringLiteral("/healthz"));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));

        const HttpReply openapi = get(QStringLiteral("/api/v1/openapi.json"));
        QCOMPARE(openapi.status, 200);
        QFile committed(sourcePath(QStringLiteral("docs/openapi.json")));
        QVERIFY(committed.open(QIODevice::ReadOnly));
        // docs/openapi.json is what the server serves (regenerate: curl .../api/v1/openapi.json | python3 -m json.tool)
        QCOMPARE(QJsonDocument::fromJson(committed.readAll()).object(), openapi.json());
        QCOMPARE(openapi.json().value(QStringLiteral("openapi")).toString(), QStringLiteral("3.1.0"));
        QVERIFY(openapi.json().value(QStringLiteral("paths")).toObject().contains(QStringLiteral("/api/v1/admin/quota/reset/{user_id}")));
    }

    void statusAndLimitsAreTheCallersOwn()
    {
        const HttpReply status = get(QStringLiteral("/api/v1/quota/status"), userToken());
        QCOMPARE(status.status, 200);
        const QJsonObject s = status.json();
        QCOMPARE(s.value(QStringLiteral("user_id")).toInt(), world().plainUser());
        QCOMPARE(s.value(QStringLiteral("plan")).toString(), QStringLiteral("freemium"));
        QCOMPARE(s.value(QStringLiteral("daily")).toObject().value(QStringLiteral("limit")).toInt(), 10000);
        for (const char *field : {"daily", "monthly", "hourly_calls", "plan", "resets_at"})
            QVERIFY2(s.contains(QLatin1String(field)), field);

        const HttpReply limits = get(QStringLiteral("/api/v1/quota/limits"), userToken());
        QCOMPARE(limits.status, 200);
        const QJsonObject l = limits.json();
        QCOMPARE(l.value(QStringLiteral("daily_tokens")).toInt(), 10000);
        QCOMPARE(l.value(QStringLiteral("monthly_tokens")).toInt(), 100000);
        QCOMPARE(l.value(QStringLiteral("hourly_calls")).toInt(), 100);
        QCOMPARE(l.value(QStringLiteral("plan")).toString(), QStringLiteral("freemium"));
    }

    void aUserMayNotSeeAnotherUsersQuotaButStaffMay()
    {
        const QString other = QStringLiteral("/api/v1/quota/status?user_id=%1").arg(world().otherUser());
        QCOMPARE(get(other, userToken()).status, 403);
        const HttpReply staff = get(other, adminToken());
        QCOMPARE(staff.status, 200);
        QCOMPARE(staff.json().value(QStringLiteral("user_id")).toInt(), world().otherUser());
        QCOMPARE(get(QStringLiteral("/api/v1/quota/limits?user_id=999999"), adminToken()).status, 404);
    }

    void checkAllowsWithTheRemainingFigures()
    {
        const HttpReply allowed = post(QStringLiteral("/api/v1/quota/check"), userToken(), R"({"task_type": "extraction"})");
        QCOMPARE(allowed.status, 200);
        QCOMPARE(allowed.json().value(QStringLiteral("allowed")).toBool(), true);
        QCOMPARE(allowed.json().value(QStringLiteral("estimated_tokens")).toInt(), 1024);
        QCOMPARE(allowed.json().value(QStringLiteral("quota")).toObject().value(QStringLiteral("daily")).toObject()
                     .value(QStringLiteral("remaining")).toInt(), 10000);
    }

    void refusalIs429WithTheExactStatusHeader()
    {
        const int user = world().otherUser();
        world().data().usage(user, QDateTime::currentDateTimeUtc().addSecs(-60), 10500);
        QVERIFY2(world().data().ok(), qPrintable(world().data().error()));
        const HttpReply refused = post(QStringLiteral("/api/v1/quota/check"), adminToken(),
                                       json({{QStringLiteral("task_type"), QStringLiteral("cv_draft")}, {QStringLiteral("user_id"), user}}));
        QCOMPARE(refused.status, 429);
        const QJsonObject header = QJsonDocument::fromJson(refused.header("X-Quota-Status")).object();
        QVERIFY(!header.isEmpty());
        // The header is the engine's status at the moment it decided, field for field.
        const QDateTime at = QDateTime::fromString(header.value(QStringLiteral("evaluated_at")).toString(), Qt::ISODate);
        const Result<QuotaStatus> expected = QuotaService(world().db().connectionName()).status(user, at);
        QVERIFY2(expected.ok(), qPrintable(expected.error()));
        QCOMPARE(header, expected->toJson());
        QCOMPARE(header.value(QStringLiteral("daily")).toObject().value(QStringLiteral("used")).toInt(), 10500);
        QCOMPARE(detailOf(refused), QuotaService::decide(expected.value(), 2048).message);

        const QByteArray metrics = get(QStringLiteral("/metrics")).body;
        QVERIFY2(metrics.contains(R"(quotadesk_quota_refusals_total{reason="daily_quota_exceeded"} 1)"), metrics.constData());
    }

    void resetWithTheSameActionIdActsOnce()
    {
        const int user = world().plainUser();
        const QString action = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray body = json({{QStringLiteral("period"), QStringLiteral("daily")}, {QStringLiteral("reason"), QStringLiteral("ticket #981")},
                                      {QStringLiteral("action_id"), action}});
        const QString path = QStringLiteral("/api/v1/admin/quota/reset/%1").arg(user);
        const HttpReply first = post(path, adminToken(), body);
        QCOMPARE(first.status, 200);
        const HttpReply second = post(path, adminToken(), body);
        QCOMPARE(second.status, 200);
        QCOMPARE(second.body, first.body);
        QCOMPARE(first.json().value(QStringLiteral("reset_ids")).toArray().size(), 1);
        QCOMPARE(world().db().scalar(QStringLiteral("SELECT count(*) FROM quotadesk.quota_resets WHERE user_id = ?"), {user}).toInt(), 1);
        // Audited as the staff member, through the server's login.
        QCOMPARE(world().db().scalar(QStringLiteral("SELECT count(*) FROM admin_action_logs WHERE action = 'quota.reset' AND target_id = ? "
                                                    "AND admin_user_id = ? AND details->>'login' = ?"),
                                     {user, world().adminStaff(), world().login()}).toInt(), 1);
        QCOMPARE(post(QStringLiteral("/api/v1/admin/quota/reset/999999"), adminToken(),
                      R"({"period": "daily", "reason": "nobody"})").status, 404);
    }

    void adminEndpointsRefuseCallersWithoutAdminRights_data()
    {
        QTest::addColumn<QString>("caller");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        for (const QString &caller : {QStringLiteral("user"), QStringLiteral("viewer"), QStringLiteral("service")}) {
            QTest::addRow("%s reset", qPrintable(caller)) << caller << QByteArray("POST") << QStringLiteral("/api/v1/admin/quota/reset/1")
                                                          << QByteArray(R"({"period": "daily", "reason": "r"})");
            QTest::addRow("%s warmup", qPrintable(caller)) << caller << QByteArray("POST") << QStringLiteral("/api/v1/admin/cache/warmup") << QByteArray();
            QTest::addRow("%s cleanup", qPrintable(caller)) << caller << QByteArray("DELETE") << QStringLiteral("/api/v1/admin/cache/cleanup")
                                                            << QByteArray();
        }
    }

    void adminEndpointsRefuseCallersWithoutAdminRights()
    {
        QFETCH(QString, caller);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        const QByteArray token = caller == QStringLiteral("user") ? userToken() : m_tokens.value(caller);
        const HttpReply reply = m_server->request(method.constData(), path, token, body);
        QCOMPARE(reply.status, 403);
        QVERIFY(!detailOf(reply).isEmpty());
    }

    void apiTokensActByTheirRole()
    {
        const QString other = QStringLiteral("/api/v1/quota/status?user_id=%1").arg(world().plainUser());
        const HttpReply service = get(other, m_tokens.value(QStringLiteral("service")));
        QCOMPARE(service.status, 200);
        QCOMPARE(service.json().value(QStringLiteral("user_id")).toInt(), world().plainUser());
        const HttpReply nobody = get(QStringLiteral("/api/v1/quota/status"), m_tokens.value(QStringLiteral("service")));
        QCOMPARE(nobody.status, 400);
        QVERIFY(detailOf(nobody).startsWith(QStringLiteral("user_id: ")));
        QCOMPARE(get(other, m_tokens.value(QStringLiteral("viewer"))).status, 200);

        // An admin token acts as its staff account, audited through the server's login.
        const HttpReply reset = post(QStringLiteral("/api/v1/admin/quota/reset/%1").arg(world().otherUser()), m_tokens.value(QStringLiteral("admin")),
                                     R"({"period": "hourly", "reason": "token reset"})");
        QCOMPARE(reset.status, 200);
        QCOMPARE(reset.json().value(QStringLiteral("staff_id")).toInt(), world().adminStaff());
        QCOMPARE(world().db().scalar(QStringLiteral("SELECT count(*) FROM admin_action_logs WHERE action = 'quota.reset' AND target_id = ? "
                                                    "AND details->>'reason' = 'token reset' AND details->>'login' = ?"),
                                     {world().otherUser(), world().login()}).toInt(), 1);

        // A revoked token is no token.
        const QByteArray revoked = issue(QStringLiteral("short-lived"), ApiRole::Service, std::nullopt);
        QCOMPARE(get(other, revoked).status, 200);
        QVERIFY(ApiTokens(world().db().connectionName()).revoke(world().adminStaff(), QStringLiteral("short-lived")).ok());
        QCOMPARE(get(other, revoked).status, 401);
        QTRY_VERIFY(m_server->log().contains("\"caller\":\"token:backend\""));
        QVERIFY(!m_server->log().contains(m_tokens.value(QStringLiteral("service"))));
    }

    void theDatabaseRefusesTheServerLoginNamingNoStaff()
    {
        // What the server would do for a caller without staff, made directly in SQL as its
        // login: the database refuses too (42501), and naming a non-staff user as well.
        const QString connection = QStringLiteral("as-server-login");
        QVERIFY(DatabaseConnector::open(world().serverDatabase(), connection));
        {
            QSqlQuery query(QSqlDatabase::database(connection, false));
            query.prepare(QStringLiteral("SELECT quotadesk.admin_reset_quota(NULL, ARRAY[?]::integer[], 'daily', 'sql', NULL, gen_random_uuid())"));
            query.addBindValue(world().otherUser());
            QVERIFY(!query.exec());
            QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("42501"));
            query.prepare(QStringLiteral("SELECT quotadesk.admin_reset_quota(?, ARRAY[?]::integer[], 'daily', 'sql', NULL, gen_random_uuid())"));
            query.addBindValue(world().plainUser());
            query.addBindValue(world().otherUser());
            QVERIFY(!query.exec());
            query.prepare(QStringLiteral("DELETE FROM public.ai_cache"));
            QVERIFY(!query.exec());
            QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("42501"));
        }
        DatabaseConnector::close(connection);
    }

    void cacheEndpoints()
    {
        const HttpReply stats = get(QStringLiteral("/api/v1/cache/stats"), userToken());
        QCOMPARE(stats.status, 200);
        for (const char *field : {"total_entries", "total_hits", "cost_saved_usd", "storage_mb"})
            QVERIFY2(stats.json().contains(QLatin1String(field)), field);

        // A user deletes their own entries, not another's; staff any (audited).
        addCacheEntry(QStringLiteral("mine"), QStringLiteral("session"), world().plainUser());
        addCacheEntry(QStringLiteral("theirs"), QStringLiteral("session"), world().otherUser());
        QCOMPARE(del(QStringLiteral("/api/v1/cache/theirs?user_id=%1").arg(world().otherUser()), userToken()).status, 403);
        QCOMPARE(del(QStringLiteral("/api/v1/cache/theirs"), userToken()).status, 404); // none of the user's own
        const HttpReply mine = del(QStringLiteral("/api/v1/cache/mine?cache_type=session"), userToken());
        QCOMPARE(mine.status, 200);
        QCOMPARE(mine.json().value(QStringLiteral("deleted")).toInt(), 1);
        QCOMPARE(del(QStringLiteral("/api/v1/cache/mine"), userToken()).status, 404);
        const HttpReply staff = del(QStringLiteral("/api/v1/cache/theirs?user_id=%1").arg(world().otherUser()), adminToken());
        QCOMPARE(staff.status, 200);
        QCOMPARE(world().db().scalar(QStringLiteral("SELECT count(*) FROM admin_action_logs WHERE action = 'cache.delete' AND admin_user_id = ?"),
                                     {world().adminStaff()}).toInt(), 1);

        const HttpReply warmup = post(QStringLiteral("/api/v1/admin/cache/warmup"), adminToken(),
                                      R"({"prompts": {"rest_test_prompt": "You are a test."}})");
        QCOMPARE(warmup.status, 200);
        QCOMPARE(warmup.json().value(QStringLiteral("inserted")).toInt(), 1);
        QCOMPARE(world().db().scalar(QStringLiteral("SELECT count(*) FROM ai_cache WHERE cache_key = 'rest_test_prompt' AND cache_type = 'system'")).toInt(), 1);

        world().db().exec(QStringLiteral("UPDATE ai_cache SET expires_at = now() AT TIME ZONE 'UTC' - interval '1 day' WHERE cache_type <> 'system'"));
        addCacheEntry(QStringLiteral("old"), QStringLiteral("content"), world().otherUser());
        world().db().exec(QStringLiteral("UPDATE ai_cache SET expires_at = now() AT TIME ZONE 'UTC' - interval '1 day' WHERE cache_key = 'old'"));
        const HttpReply cleanup = del(QStringLiteral("/api/v1/admin/cache/cleanup"), adminToken());
        QCOMPARE(cleanup.status, 200);
        QCOMPARE(cleanup.json().value(QStringLiteral("deleted")).toInt(), 1);
    }

    void busyCleanupIs409()
    {
        // Another session holds the clean-up (as quotactl cleanup would, from another client).
        QVERIFY(world().db().exec(QStringLiteral("SELECT quotadesk.job_begin('cache.cleanup_expired', gen_random_uuid(), ?)"),
                                  {world().adminStaff()}).isEmpty());
        const HttpReply busy = del(QStringLiteral("/api/v1/admin/cache/cleanup"), adminToken());
        QVERIFY(world().db().exec(QStringLiteral("SELECT quotadesk.job_end('cache.cleanup_expired')")).isEmpty());
        QCOMPARE(busy.status, 409);
        QVERIFY(!detailOf(busy).isEmpty());
        QCOMPARE(del(QStringLiteral("/api/v1/admin/cache/cleanup"), adminToken()).status, 200);
    }

    void unauthenticatedIs401AndNeverSaysWhy_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("no token") << QByteArray();
        QTest::newRow("expired") << JwtVerifier::sign(m_world->secret(), m_world->plainUser(), QDateTime::currentSecsSinceEpoch() - 5);
        QTest::newRow("another secret") << JwtVerifier::sign("not-the-app's", m_world->plainUser(), QDateTime::currentSecsSinceEpoch() + 60);
        QTest::newRow("unknown api token") << QByteArrayLiteral("qd_0123456789");
    }

    void unauthenticatedIs401AndNeverSaysWhy()
    {
        QFETCH(QByteArray, token);
        const HttpReply reply = get(QStringLiteral("/api/v1/quota/status"), token);
        QCOMPARE(reply.status, 401);
        QCOMPARE(detailOf(reply), QStringLiteral("Not authenticated."));
        QCOMPARE(reply.header("WWW-Authenticate"), QByteArray("Bearer"));
    }

    void otherErrorStatuses()
    {
        QCOMPARE(get(QStringLiteral("/api/v1/nothing"), userToken()).status, 404);
        QCOMPARE(del(QStringLiteral("/api/v1/quota/status"), userToken()).status, 405);
        const HttpReply big = post(QStringLiteral("/api/v1/quota/check"), userToken(), QByteArray(2 * 1024 * 1024, ' '));
        QCOMPARE(big.status, 413);
        QVERIFY(!detailOf(big).isEmpty());
        const HttpReply bad = post(QStringLiteral("/api/v1/quota/check"), userToken(), R"({"estimated_tokens": 5})");
        QCOMPARE(bad.status, 400);
        QVERIFY(detailOf(bad).startsWith(QStringLiteral("task_type: ")));
        // A POST without a body that does not say so (curl -X POST without -d): httplib waits
        // for a body until its read timeout (10 s), then the answer is 411, in JSON.
        const QByteArray noLength = rawExchange(m_server->port(), "POST /api/v1/admin/cache/warmup HTTP/1.1\r\nHost: localhost\r\n"
                                                                  "Authorization: Bearer " + userToken() + "\r\nConnection: close\r\n\r\n");
        QVERIFY2(noLength.startsWith("HTTP/1.1 411"), noLength.constData());
        QVERIFY2(noLength.contains(R"({"detail":"Length required: send Content-Length (0 for no body)."})"), noLength.constData());
    }

    void everyRequestIsLoggedAsOneJsonLineWithoutTheToken()
    {
        const QByteArray token = userToken();
        const QByteArray route = "\"route\":\"/api/v1/quota/limits\"";
        const qsizetype before = m_server->log().count(route);
        QCOMPARE(get(QStringLiteral("/api/v1/quota/limits"), token).status, 200);
        QTRY_COMPARE(m_server->log().count(route), before + 1);
        const QList<QByteArray> lines = m_server->log().split('\n');
        const auto line = std::find_if(lines.crbegin(), lines.crend(), [](const QByteArray &l) { return l.contains("/api/v1/quota/limits"); });
        const QJsonObject entry = QJsonDocument::fromJson(*line).object();
        QCOMPARE(entry.value(QStringLiteral("status")).toInt(), 200);
        QCOMPARE(entry.value(QStringLiteral("caller")).toString(), QStringLiteral("user:%1").arg(world().plainUser()));
        QVERIFY(entry.contains(QStringLiteral("id")) && entry.contains(QStringLiteral("ms")));
        QVERIFY(!m_server->log().contains(token.left(20)));
    }

    void databaseGoneIs503ThenRecoversWithoutARestart()
    {
        FaultProxy proxy;
        RestServerProcess server;
        // One worker thread: its one connection is the one cut.
        const QString started = server.start(serverArguments(proxy.route(world().serverDatabase()), 1));
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const QString status = QStringLiteral("/api/v1/quota/status");
        QCOMPARE(server.request("GET", status, userToken()).status, 200);

        // The next statement (kept prepared: its Bind message names LibpqQuery's statement) never arrives.
        proxy.cutOn("quotadesk_lq_", FaultProxy::Cut::BeforeRequest, true);
        const HttpReply cut = server.request("GET", status, userToken());
        QCOMPARE(cut.status, 503);
        QCOMPARE(cut.header("Retry-After"), QByteArray("5"));
        QVERIFY(!detailOf(cut).isEmpty());
        const HttpReply stillGone = server.request("GET", QStringLiteral("/healthz"));
        QCOMPARE(stillGone.status, 503);
        QCOMPARE(stillGone.header("Retry-After"), QByteArray("5"));

        proxy.refuseNewConnections(false);
        QCOMPARE(server.request("GET", QStringLiteral("/healthz")).status, 200);
        QCOMPARE(server.request("GET", status, userToken()).status, 200);
        QCOMPARE(server.terminate(), 0);
    }

    void sigtermDrainsRequestsInFlight()
    {
        RestServerProcess server;
        const QString started = server.start(serverArguments(world().serverDatabase(), 2));
        QVERIFY2(started.isEmpty(), qPrintable(started));

        // Hold the request in the database: the server's user lookup waits for this lock.
        QSqlDatabase db = world().db().db();
        QVERIFY(db.transaction());
        QVERIFY(world().db().exec(QStringLiteral("LOCK TABLE public.users IN ACCESS EXCLUSIVE MODE")).isEmpty());
        HttpReply inFlight;
        std::thread client([&inFlight, port = server.port(), token = userToken()] {
            inFlight = RestServerProcess::send(port, "GET", QStringLiteral("/api/v1/quota/status"), token, {});
        });
        bool locked = true;
        struct ReleaseAtExit // also when a check fails: the lock goes, the client ends
        {
            QSqlDatabase db;
            bool &locked;
            std::thread &thread;
            ~ReleaseAtExit()
            {
                if (locked)
                    db.rollback();
                if (thread.joinable())
                    thread.join();
            }
        } releaseAtExit{db, locked, client};
        // Watched from another session: inside the lock's transaction pg_stat_activity stays one snapshot.
        const QString monitor = QStringLiteral("monitor");
        QVERIFY(world().db().openConnection(monitor));
        auto waiting = [&] {
            QSqlQuery query(QSqlDatabase::database(monitor, false));
            query.prepare(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = ? AND wait_event_type = 'Lock'"));
            query.addBindValue(world().login());
            return query.exec() && query.next() ? query.value(0).toInt() : -1;
        };
        QTRY_COMPARE(waiting(), 1);
        DatabaseConnector::close(monitor);

        ::kill(pid_t(server.process().processId()), SIGTERM);
        // It stops taking connections at once, but answers the one in flight.
        QTRY_COMPARE(RestServerProcess::send(server.port(), "GET", QStringLiteral("/healthz"), {}, {}).status, 0);
        QCOMPARE(server.process().state(), QProcess::Running);
        locked = false;
        QVERIFY(db.rollback());
        client.join();
        QCOMPARE(inFlight.status, 200);
        QVERIFY(server.process().waitForFinished(30000));
        QCOMPARE(server.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.process().exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRestServer)
#include "tst_rest_server.moc"
