// The REST API as plain functions, without sockets: JWT verification (tokens made here
// with Qt's HMAC, independently of libjwt), routing, body validation, metrics, and the
// database workers that HTTP threads hand requests to.
#include <atomic>
#include <thread>
#include <vector>

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTest>

#include "RestTestWorld.h"
#include "quota/QuotaService.h"
#include "rest/JwtVerifier.h"
#include "rest/RestApi.h"
#include "rest/RestWorkers.h"

namespace {

const QByteArray Secret = QByteArrayLiteral("the-app-SECRET_KEY-for-tests");

QByteArray b64(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray part(const QJsonObject &object)
{
    return b64(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// header.payload.HMAC(secret) as any JWT library makes it.
QByteArray signedToken(const QString &alg, const QJsonObject &payload, QCryptographicHash::Algorithm hash = QCryptographicHash::Sha256,
                       const QByteArray &secret = Secret)
{
    const QByteArray input = part({{QStringLiteral("alg"), alg}, {QStringLiteral("typ"), QStringLiteral("JWT")}}) + '.' + part(payload);
    return input + '.' + b64(QMessageAuthenticationCode::hash(input, secret, hash));
}

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

QJsonObject claims(const QJsonValue &sub, qint64 exp)
{
    return {{QStringLiteral("sub"), sub}, {QStringLiteral("exp"), exp}};
}

RestRequest request(const QByteArray &method, const QString &path, const QByteArray &token = {}, const QByteArray &body = {})
{
    RestRequest r;
    r.method = method;
    const qsizetype question = path.indexOf(u'?');
    r.path = path.left(question);
    if (question >= 0)
        r.query = QUrlQuery(path.mid(question + 1));
    if (!token.isEmpty())
        r.headers.insert("authorization", "Bearer " + token);
    r.body = body;
    return r;
}

QString detail(const RestResponse &response)
{
    return QJsonDocument::fromJson(response.body).object().value(QStringLiteral("detail")).toString();
}

} // namespace

class TestRestApi final : public QObject
{
    Q_OBJECT

private slots:
    void jwtAcceptsTheAppsHs256Tokens_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<int>("user");
        QTest::newRow("sub as a string") << signedToken(QStringLiteral("HS256"), claims(QStringLiteral("42"), now() + 60)) << 42;
        QTest::newRow("sub as an integer") << signedToken(QStringLiteral("HS256"), claims(7, now() + 60)) << 7;
        QTest::newRow("libjwt's own") << JwtVerifier::sign(Secret, 99, now() + 60) << 99;
    }

    void jwtAcceptsTheAppsHs256Tokens()
    {
        QFETCH(QByteArray, token);
        QFETCH(int, user);
        QCOMPARE(JwtVerifier(Secret).subject(token, now()), std::optional<int>(user));
    }

    void jwtRefusesEveryOtherToken_data()
    {
        QTest::addColumn<QByteArray>("token");
        const QJsonObject good = claims(QStringLiteral("42"), now() + 60);
        const QByteArray valid = signedToken(QStringLiteral("HS256"), good);
        const QByteArray unsignedInput = part({{QStringLiteral("alg"), QStringLiteral("none")}, {QStringLiteral("typ"), QStringLiteral("JWT")}})
                                         + '.' + part(good);
        QByteArray badSignature = valid;
        const qsizetype middle = valid.lastIndexOf('.') + 10;
        badSignature[middle] = badSignature.at(middle) == 'A' ? 'B' : 'A';

        QTest::newRow("alg none, no signature") << QByteArray(unsignedInput + '.');
        QTest::newRow("alg none with a signature") << QByteArray(unsignedInput + '.' + valid.mid(valid.lastIndexOf('.') + 1));
        QTest::newRow("wrong alg: HS512 with the same secret") << signedToken(QStringLiteral("HS512"), good, QCryptographicHash::Sha512);
        QTest::newRow("wrong alg: HS384 with the same secret") << signedToken(QStringLiteral("HS384"), good, QCryptographicHash::Sha384);
        QTest::newRow("wrong alg: RS256 header, HMAC signature") << signedToken(QStringLiteral("RS256"), good);
        QTest::newRow("bad signature") << badSignature;
        QTest::newRow("another secret") << signedToken(QStringLiteral("HS256"), good, QCryptographicHash::Sha256, "other");
        QTest::newRow("expired") << signedToken(QStringLiteral("HS256"), claims(QStringLiteral("42"), now() - 1));
        QTest::newRow("no exp") << signedToken(QStringLiteral("HS256"), {{QStringLiteral("sub"), QStringLiteral("42")}});
        QTest::newRow("exp not a number") << signedToken(QStringLiteral("HS256"), {{QStringLiteral("sub"), QStringLiteral("42")},
                                                                                  {QStringLiteral("exp"), QStringLiteral("tomorrow")}});
        QTest::newRow("missing sub") << signedToken(QStringLiteral("HS256"), {{QStringLiteral("exp"), now() + 60}});
        QTest::newRow("sub not a number") << signedToken(QStringLiteral("HS256"), claims(QStringLiteral("alice"), now() + 60));
        QTest::newRow("sub zero") << signedToken(QStringLiteral("HS256"), claims(0, now() + 60));
        QTest::newRow("sub negative") << signedToken(QStringLiteral("HS256"), claims(QStringLiteral("-3"), now() + 60));
        QTest::newRow("two parts") << valid.left(valid.lastIndexOf('.'));
        QTest::newRow("empty") << QByteArray();
    }

    void jwtRefusesEveryOtherToken()
    {
        QFETCH(QByteArray, token);
        QCOMPARE(JwtVerifier(Secret).subject(token, now()), std::nullopt);
    }

    // A verified token is remembered by its exact bytes: its expiry still counts on every
    // request, and a token differing in any byte is verified afresh.
    void jwtRememberedTokensStillExpireAndMustMatchExactly()
    {
        const JwtVerifier verifier(Secret);
        const QByteArray token = signedToken(QStringLiteral("HS256"), claims(7, now() + 60));
        QCOMPARE(verifier.subject(token, now()), std::optional<int>(7));
        QCOMPARE(verifier.subject(token, now()), std::optional<int>(7));
        QCOMPARE(verifier.subject(token, now() + 61), std::nullopt);
        QByteArray forged = token;
        forged[forged.size() - 2] = forged.at(forged.size() - 2) == 'A' ? 'B' : 'A';
        QCOMPARE(verifier.subject(forged, now()), std::nullopt);
        QCOMPARE(verifier.subject(forged, now()), std::nullopt);
        const QByteArray otherSecret = signedToken(QStringLiteral("HS256"), claims(7, now() + 60), QCryptographicHash::Sha256, "another");
        QCOMPARE(verifier.subject(otherSecret, now()), std::nullopt);
        // Past the bound, the remembered tokens are dropped, not the answers.
        for (int i = 0; i <= JwtVerifier::MaxRemembered; ++i)
            QVERIFY(verifier.subject(signedToken(QStringLiteral("HS256"), claims(i + 1, now() + 60)), now()) == i + 1);
        QCOMPARE(verifier.subject(token, now()), std::optional<int>(7));
    }

    void jwtWithoutASecretAcceptsNothing()
    {
        QCOMPARE(JwtVerifier({}).subject(signedToken(QStringLiteral("HS256"), claims(1, now() + 60), QCryptographicHash::Sha256, {}), now()),
                 std::nullopt);
    }

    void routesAnswerUnknownPathsAndMethods()
    {
        RestTestWorld world;
        QVERIFY2(world.isValid(), qPrintable(world.error()));
        RestApi api({world.serverDatabase(), world.secret()});
        const RestResponse unknown = api.handle(request("GET", QStringLiteral("/api/v1/nothing")));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.route, QStringLiteral("unmatched"));
        QCOMPARE(api.handle(request("PUT", QStringLiteral("/api/v1/quota/status"))).status, 405);
        const RestResponse status = api.handle(request("GET", QStringLiteral("/api/v1/quota/status"), world.jwtFor(world.plainUser())));
        QCOMPARE(status.status, 200);
        QCOMPARE(status.route, QStringLiteral("/api/v1/quota/status"));
        QCOMPARE(status.caller, QStringLiteral("user:%1").arg(world.plainUser()));
        const RestResponse key = api.handle(request("DELETE", QStringLiteral("/api/v1/cache/some_key"), world.jwtFor(world.plainUser())));
        QCOMPARE(key.route, QStringLiteral("/api/v1/cache/{cache_key}"));
    }

    void refusesUnauthenticatedCallersAlike_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("none") << QByteArray();
        QTest::newRow("not bearer") << QByteArrayLiteral("Basic dXNlcjpwYXNz");
        QTest::newRow("garbage jwt") << QByteArrayLiteral("Bearer a.b.c");
        QTest::newRow("unknown api token") << QByteArrayLiteral("Bearer qd_nosuchtoken");
        QTest::newRow("user that does not exist") << QByteArray("Bearer " + JwtVerifier::sign("test-secret-of-the-app-0123456789abcdef", 999999, now() + 60));
    }

    void refusesUnauthenticatedCallersAlike()
    {
        QFETCH(QByteArray, authorization);
        RestTestWorld world;
        QVERIFY2(world.isValid(), qPrintable(world.error()));
        RestApi api({world.serverDatabase(), world.secret()});
        RestRequest r = request("GET", QStringLiteral("/api/v1/quota/status"));
        if (!authorization.isEmpty())
            r.headers.insert("authorization", authorization);
        const RestResponse response = api.handle(r);
        QCOMPARE(response.status, 401);
        QCOMPARE(detail(response), QStringLiteral("Not authenticated.")); // the same words whatever failed
    }

    // status and check read a JWT user's status with their account (one statement): the
    // same figures as the engine's own status at that moment; a deactivated account is 401
    // on those routes as on the others; staff naming another user get that user's.
    void theCallersOwnStatusIsTheEnginesStatus()
    {
        RestTestWorld world;
        QVERIFY2(world.isValid(), qPrintable(world.error()));
        const int user = world.plainUser();
        world.data().usage(user, QDateTime::currentDateTimeUtc().addSecs(-120), 1234);
        world.data().usage(world.otherUser(), QDateTime::currentDateTimeUtc().addSecs(-120), 4321);
        QVERIFY2(world.data().ok(), qPrintable(world.data().error()));
        RestApi api({world.serverDatabase(), world.secret()});
        const QuotaService engine(world.db().connectionName());
        auto expectedAt = [&engine](const QJsonObject &status) {
            const QDateTime at = QDateTime::fromString(status.value(QStringLiteral("evaluated_at")).toString(), Qt::ISODate);
            return engine.status(status.value(QStringLiteral("user_id")).toInt(), at);
        };

        const RestResponse status = api.handle(request("GET", QStringLiteral("/api/v1/quota/status"), world.jwtFor(user)));
        QCOMPARE(status.status, 200);
        const QJsonObject own = QJsonDocument::fromJson(status.body).object();
        QCOMPARE(own.value(QStringLiteral("user_id")).toInt(), user);
        QCOMPARE(own.value(QStringLiteral("daily")).toObject().value(QStringLiteral("used")).toInt(), 1234);
        QCOMPARE(own, expectedAt(own)->toJson());

        const RestResponse check = api.handle(request("POST", QStringLiteral("/api/v1/quota/check"), world.jwtFor(user),
                                                      R"({"task_type": "extraction", "estimated_tokens": 9000})"));
        QCOMPARE(check.status, 429); // 1,234 used of 10,000: 8,766 left
        const QJsonObject header = QJsonDocument::fromJson(check.header("X-Quota-Status")).object();
        QCOMPARE(header, expectedAt(header)->toJson());

        const RestResponse staff = api.handle(request("GET", QStringLiteral("/api/v1/quota/status?user_id=%1").arg(world.otherUser()),
                                                      world.jwtFor(world.adminStaff())));
        QCOMPARE(staff.status, 200);
        const QJsonObject other = QJsonDocument::fromJson(staff.body).object();
        QCOMPARE(other.value(QStringLiteral("daily")).toObject().value(QStringLiteral("used")).toInt(), 4321);
        QCOMPARE(other, expectedAt(other)->toJson());

        QCOMPARE(world.db().exec(QStringLiteral("UPDATE public.users SET is_active = false WHERE id = %1").arg(user)), QString());
        for (const auto &[method, path] : {std::pair<QByteArray, QString>{"GET", QStringLiteral("/api/v1/quota/status")},
                                           {"POST", QStringLiteral("/api/v1/quota/check")},
                                           {"GET", QStringLiteral("/api/v1/quota/limits")}})
            QCOMPARE(api.handle(request(method, path, world.jwtFor(user), method == "POST" ? R"({"task_type": "extraction"})" : "")).status, 401);
    }

    void badInputIs400NamingTheField_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        const QString check = QStringLiteral("/api/v1/quota/check");
        QTest::newRow("not json") << QByteArray("POST") << check << QByteArray("{task") << QStringLiteral("body");
        QTest::newRow("not an object") << QByteArray("POST") << check << QByteArray("[1]") << QStringLiteral("body");
        QTest::newRow("no task_type") << QByteArray("POST") << check << QByteArray("{}") << QStringLiteral("task_type");
        QTest::newRow("task_type a number") << QByteArray("POST") << check << QByteArray(R"({"task_type": 3})") << QStringLiteral("task_type");
        QTest::newRow("estimate negative") << QByteArray("POST") << check << QByteArray(R"({"task_type": "cv_draft", "estimated_tokens": -5})")
                                           << QStringLiteral("estimated_tokens");
        QTest::newRow("estimate fractional") << QByteArray("POST") << check << QByteArray(R"({"task_type": "cv_draft", "estimated_tokens": 1.5})")
                                             << QStringLiteral("estimated_tokens");
        QTest::newRow("user_id text") << QByteArray("POST") << check << QByteArray(R"({"task_type": "cv_draft", "user_id": "x"})")
                                      << QStringLiteral("user_id");
        QTest::newRow("status user_id") << QByteArray("GET") << QStringLiteral("/api/v1/quota/status?user_id=abc") << QByteArray()
                                        << QStringLiteral("user_id");
        const QString reset = QStringLiteral("/api/v1/admin/quota/reset/1");
        QTest::newRow("reset period") << QByteArray("POST") << reset << QByteArray(R"({"period": "weekly", "reason": "r"})") << QStringLiteral("period");
        QTest::newRow("reset reason") << QByteArray("POST") << reset << QByteArray(R"({"period": "daily"})") << QStringLiteral("reason");
        QTest::newRow("reset action_id") << QByteArray("POST") << reset << QByteArray(R"({"period": "daily", "reason": "r", "action_id": "nope"})")
                                         << QStringLiteral("action_id");
        QTest::newRow("reset user in path") << QByteArray("POST") << QStringLiteral("/api/v1/admin/quota/reset/me")
                                            << QByteArray(R"({"period": "daily", "reason": "r"})") << QStringLiteral("user_id");
        QTest::newRow("cache type") << QByteArray("DELETE") << QStringLiteral("/api/v1/cache/k?cache_type=weird") << QByteArray()
                                    << QStringLiteral("cache_type");
        QTest::newRow("warmup prompts") << QByteArray("POST") << QStringLiteral("/api/v1/admin/cache/warmup") << QByteArray(R"({"prompts": [1]})")
                                        << QStringLiteral("prompts");
    }

    void badInputIs400NamingTheField()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        RestTestWorld world;
        QVERIFY2(world.isValid(), qPrintable(world.error()));
        RestApi api({world.serverDatabase(), world.secret()});
        const RestResponse response = api.handle(request(method, path, world.jwtFor(world.adminStaff()), body));
        QCOMPARE(response.status, 400);
        QVERIFY2(detail(response).startsWith(field + QStringLiteral(": ")), qPrintable(detail(response)));
    }

    void bodyOverTheLimitIs413()
    {
        RestTestWorld world;
        QVERIFY2(world.isValid(), qPrintable(world.error()));
        RestApi api({world.serverDatabase(), world.secret(), 100});
        const QByteArray big = "{\"task_type\": \"cv_draft\", \"pad\": \"" + QByteArray(200, 'x') + "\"}";
        QCOMPARE(api.handle(request("POST", QStringLiteral("/api/v1/quota/check"), world.jwtFor(world.plainUser()), big)).status, 413);
        const QByteArray small = R"({"task_type": "cv_draft"})";
        QCOMPARE(api.handle(request("POST", QStringLiteral("/api/v1/quota/check"), world.jwtFor(world.plainUser()), small)).status, 200);
    }

    // Many callers at once (the HTTP threads), two workers: every request answered, each
    // with its own caller's figures.
    void fewWorkersAnswerManyCallers()
    {
        RestTestWorld world;
        QVERIFY2(world.isValid(), qPrintable(world.error()));
        RestApi api({world.serverDatabase(), world.secret()});
        RestWorkers workers(api, 2, std::chrono::seconds(30));
        const int users[] = {world.plainUser(), world.otherUser()};
        std::atomic_int answered{0};
        std::atomic_int wrong{0};
        std::vector<std::thread> callers;
        for (int c = 0; c < 8; ++c) {
            callers.emplace_back([&, c] {
                const int user = users[c % 2];
                for (int i = 0; i < 10; ++i) {
                    const RestResponse response = workers.handle(request("GET", QStringLiteral("/api/v1/quota/status"), world.jwtFor(user)));
                    const int answeredFor = QJsonDocument::fromJson(response.body).object().value(QStringLiteral("user_id")).toInt();
                    (response.status == 200 && answeredFor == user ? answered : wrong)++;
                }
            });
        }
        for (std::thread &caller : callers)
            caller.join();
        QCOMPARE(wrong.load(), 0);
        QCOMPARE(answered.load(), 80);
    }

    // The only worker is stuck on a lock: a request that waits past the queue timeout is
    // answered 503 and never runs (its reset does not happen); the stuck one completes once
    // the lock goes, and the worker serves again.
    void aRequestNoWorkerTakesIsRefusedAndNeverRuns()
    {
        RestTestWorld world;
        QVERIFY2(world.isValid(), qPrintable(world.error()));
        RestApi api({world.serverDatabase(), world.secret()});
        RestWorkers workers(api, 1, std::chrono::milliseconds(300));
        const QByteArray user = world.jwtFor(world.plainUser());
        QCOMPARE(workers.handle(request("GET", QStringLiteral("/api/v1/quota/status"), user)).status, 200); // connected

        QSqlDatabase locker = world.db().db();
        QVERIFY(locker.transaction());
        QCOMPARE(world.db().exec(QStringLiteral("LOCK TABLE public.users IN ACCESS EXCLUSIVE MODE")), QString());
        RestResponse stuck;
        std::thread first([&] { stuck = workers.handle(request("GET", QStringLiteral("/api/v1/quota/status"), user)); });
        QTRY_VERIFY(world.db().scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                                                     "AND datname = current_database()")).toInt() == 1);

        const QString path = QStringLiteral("/api/v1/admin/quota/reset/%1").arg(world.plainUser());
        const RestResponse refused = workers.handle(request("POST", path, world.jwtFor(world.adminStaff()),
                                                            R"({"period": "daily", "reason": "queued too long"})"));
        QCOMPARE(refused.status, 503);
        QCOMPARE(refused.route, QStringLiteral("queued"));
        QVERIFY(refused.header("retry-after").toInt() > 0);

        QVERIFY(locker.rollback());
        first.join();
        QCOMPARE(stuck.status, 200);
        QCOMPARE(world.db().scalar(QStringLiteral("SELECT count(*) FROM quotadesk.quota_resets WHERE user_id = ?"), {world.plainUser()}).toInt(), 0);
        QCOMPARE(workers.handle(request("GET", QStringLiteral("/api/v1/quota/status"), user)).status, 200);
    }

    void metricsCountRequestsByRouteAndStatus()
    {
        RestTestWorld world;
        QVERIFY2(world.isValid(), qPrintable(world.error()));
        RestApi api({world.serverDatabase(), world.secret()});
        for (int i = 0; i < 3; ++i)
            api.handle(request("GET", QStringLiteral("/api/v1/quota/status"), world.jwtFor(world.plainUser())));
        api.handle(request("GET", QStringLiteral("/api/v1/quota/status")));
        const QByteArray text = api.handle(request("GET", QStringLiteral("/metrics"))).body;
        QVERIFY2(text.contains(R"(quotadesk_http_requests_total{method="GET",route="/api/v1/quota/status",status="200"} 3)"), text.constData());
        QVERIFY2(text.contains(R"(quotadesk_http_requests_total{method="GET",route="/api/v1/quota/status",status="401"} 1)"), text.constData());
        QVERIFY2(text.contains(R"(quotadesk_http_request_duration_seconds_count{method="GET",route="/api/v1/quota/status"} 4)"), text.constData());
        QVERIFY2(text.contains(R"(quotadesk_cache_lookups_total{result="hit"} 0)"), text.constData());
    }
};

QTEST_GUILESS_MAIN(TestRestApi)
#include "tst_rest_api.moc"
