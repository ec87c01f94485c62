// quotactl end to end: the real binary against a real database — exit codes, JSON, messages.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "db/Migrator.h"
#include "QuotactlProcess.h"
#include "TestDatabase.h"

namespace {

using Run = QuotactlRun;

} // namespace

class TestQuotactl final : public QObject
{
    Q_OBJECT

private:
    // A freemium user who used 9,000 of 10,000 tokens today, a pro user, and a staff account.
    static void seed(TestDatabase &db)
    {
        QCOMPARE(db.exec(QStringLiteral(
                     "INSERT INTO users (id, email, full_name, hashed_password, referral_code, role, is_admin) VALUES"
                     " (1, 'free@example.com', 'Fran O''Free 100%', 'x', 'REF00001', 'candidate', false),"
                     " (2, 'pro@example.com', 'Pat Pro', 'x', 'REF00002', 'candidate', false),"
                     " (3, 'staff@example.com', 'Sam Staff', 'x', 'REF00003', 'support_agent', false);"
                     "SELECT setval('users_id_seq', 3);"
                     "INSERT INTO plans (id, plan_type, name, price, period) VALUES (1, 'pro', 'Pro', 100, 'monthly');"
                     "INSERT INTO subscriptions (user_id, plan_id, status) VALUES (2, 1, 'active');"
                     "INSERT INTO ai_provider_configs (id, provider_type, model_name) VALUES (1, 'gemini', 'flash');"
                     "INSERT INTO ai_provider_usage_logs (user_id, provider_config_id, task_type, total_tokens, status, created_at)"
                     " VALUES (1, 1, 'extraction', 9000, 'success', date_trunc('day', now() AT TIME ZONE 'UTC') + interval '1 second');"
                     "INSERT INTO ai_cache (cache_key, cache_type, cache_data, user_id, expires_at) VALUES"
                     " ('old1', 'session', '{}', 2, now() AT TIME ZONE 'UTC' - interval '1 hour'),"
                     " ('old2', 'content', 'not json', 2, now() AT TIME ZONE 'UTC' - interval '1 day'),"
                     " ('live', 'content', '{}', 2, now() AT TIME ZONE 'UTC' + interval '1 hour');")),
                 QString());
    }

private slots:
    void messagesFollowTheLocaleButJsonStaysEnglish()
    {
        const Run english = quotactl({QStringLiteral("--help")});
        QCOMPARE(english.exitCode, 0);
        QVERIFY2(english.out.contains(QStringLiteral("Global options:")), qPrintable(english.out));
        const Run german = quotactl({QStringLiteral("--help")}, {}, QStringLiteral("de_DE.UTF-8"));
        QCOMPARE(german.exitCode, 0);
        QVERIFY2(german.out.contains(QStringLiteral("Globale Optionen:")), qPrintable(german.out));

        // Nothing listens on this socket: the connection error, translated or not.
        const QString nowhere = QStringLiteral("host=/nonexistent-quotadesk-socket dbname=x connect_timeout=2");
        const QString cannotReach = QStringLiteral("Cannot reach the PostgreSQL server");
        const Run plain = quotactl({QStringLiteral("overview")}, nowhere, QStringLiteral("de_DE.UTF-8"));
        QCOMPARE(plain.exitCode, 2);
        QVERIFY2(!plain.err.contains(cannotReach), qPrintable(plain.err));
        const Run json = quotactl({QStringLiteral("--json"), QStringLiteral("overview")}, nowhere, QStringLiteral("de_DE.UTF-8"));
        QCOMPARE(json.exitCode, 2);
        QVERIFY2(json.err.contains(cannotReach), qPrintable(json.err));
    }

    void helpListsEveryCommand()
    {
        const Run general = quotactl({QStringLiteral("--help")});
        QCOMPARE(general.exitCode, 0);
        for (const char *command : {"migrate", "overview", "status", "limits", "check", "reset", "cache-stats", "cleanup",
                                    "cleanup-user", "delete-cache", "warmup", "demo-data", "simulate", "token create", "tokens"})
            QVERIFY2(general.out.contains(QLatin1String(command)), command);
        const Run one = quotactl({QStringLiteral("check"), QStringLiteral("--help")});
        QCOMPARE(one.exitCode, 0);
        QVERIFY(one.out.contains(QLatin1String("--task")));
        QVERIFY(one.out.contains(QLatin1String("--tokens")));
    }

    void unknownCommandAndBadConnectionAreErrors()
    {
        const Run unknown = quotactl({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QLatin1String("unknown command")));

        const Run refused = quotactl({QStringLiteral("overview")},
                                     QStringLiteral("postgresql://nobody:TopSecret9@127.0.0.1:%1/postgres").arg(TestDatabase::clusterPort()));
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.startsWith(QLatin1String("quotactl: ")), qPrintable(refused.err));
        QVERIFY2(!refused.err.contains(QLatin1String("TopSecret9")), qPrintable(refused.err));
        QCOMPARE(refused.err.count(u'\n'), 1);
    }

    void migrateThenNothingToDo()
    {
        TestDatabase db(TestDatabase::Schema::Empty);
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const Run before = quotactl({QStringLiteral("overview")}, db.conninfo());
        QCOMPARE(before.exitCode, 2);
        QVERIFY2(before.err.contains(QLatin1String("quotactl migrate")), qPrintable(before.err));

        const Run first = quotactl({QStringLiteral("--json"), QStringLiteral("migrate")}, db.conninfo());
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.json().value(QStringLiteral("to_version")).toInt(), Migrator::latestVersion());
        QVERIFY(!first.json().value(QStringLiteral("applied")).toArray().isEmpty());
        const Run second = quotactl({QStringLiteral("migrate"), QStringLiteral("--json")}, db.conninfo());
        QCOMPARE(second.exitCode, 0);
        QVERIFY(second.json().value(QStringLiteral("applied")).toArray().isEmpty());
    }

    void statusJsonHasTheSeedFields()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        seed(db);
        const Run run = quotactl({QStringLiteral("--json"), QStringLiteral("status"), QStringLiteral("free@example.com")}, db.conninfo());
        QCOMPARE(run.exitCode, 0);
        const QJsonObject s = run.json();
        QCOMPARE(s.value(QStringLiteral("plan")).toString(), QStringLiteral("freemium"));
        const QJsonObject daily = s.value(QStringLiteral("daily")).toObject();
        QCOMPARE(daily.value(QStringLiteral("used")).toInteger(), 9000);
        QCOMPARE(daily.value(QStringLiteral("limit")).toInteger(), 10000);
        QCOMPARE(daily.value(QStringLiteral("remaining")).toInteger(), 1000);
        QCOMPARE(daily.value(QStringLiteral("percentage")).toInt(), 90);
        QCOMPARE(daily.value(QStringLiteral("warning_level")).toString(), QStringLiteral("critical"));
        for (const char *key : {"used", "limit", "remaining", "percentage", "warning_level"})
            QVERIFY2(s.value(QStringLiteral("monthly")).toObject().contains(QLatin1String(key)), key);
        for (const char *key : {"made", "limit", "remaining", "percentage", "warning_level"})
            QVERIFY2(s.value(QStringLiteral("hourly_calls")).toObject().contains(QLatin1String(key)), key);
        QVERIFY(s.value(QStringLiteral("resets_at")).toObject().value(QStringLiteral("daily")).toString().endsWith(u'Z'));
        QVERIFY(s.value(QStringLiteral("resets_at")).toObject().value(QStringLiteral("monthly")).toString().endsWith(u'Z'));

        const Run byId = quotactl({QStringLiteral("status"), QStringLiteral("1")}, db.conninfo());
        QCOMPARE(byId.exitCode, 0);
        QVERIFY(byId.out.contains(QLatin1String("Fran O'Free 100%")));

        const Run limits = quotactl({QStringLiteral("--json"), QStringLiteral("limits"), QStringLiteral("pro@example.com")}, db.conninfo());
        QCOMPARE(limits.exitCode, 0);
        QCOMPARE(limits.json().value(QStringLiteral("daily_tokens")).toInteger(), 1000000);
        QCOMPARE(limits.json().value(QStringLiteral("plan")).toString(), QStringLiteral("pro"));

        const Run unknown = quotactl({QStringLiteral("status"), QStringLiteral("ghost@example.com")}, db.conninfo());
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QLatin1String("No user")));
    }

    void checkExitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("reason");
        QTest::newRow("validation fits") << QStringList{QStringLiteral("check"), QStringLiteral("1"), QStringLiteral("--task"), QStringLiteral("validation")} << 0 << QString();
        QTest::newRow("cv draft does not fit") << QStringList{QStringLiteral("check"), QStringLiteral("1"), QStringLiteral("--task"), QStringLiteral("cv_draft")} << 3 << QStringLiteral("daily_quota_insufficient");
        QTest::newRow("explicit tokens fit") << QStringList{QStringLiteral("check"), QStringLiteral("1"), QStringLiteral("--task"), QStringLiteral("cv_draft"), QStringLiteral("--tokens"), QStringLiteral("1000")} << 0 << QString();
        QTest::newRow("negative tokens") << QStringList{QStringLiteral("check"), QStringLiteral("1"), QStringLiteral("--task"), QStringLiteral("cv_draft"), QStringLiteral("--tokens"), QStringLiteral("-5")} << 2 << QString();
        QTest::newRow("missing task") << QStringList{QStringLiteral("check"), QStringLiteral("1")} << 2 << QString();
        QTest::newRow("unknown user") << QStringList{QStringLiteral("check"), QStringLiteral("999"), QStringLiteral("--task"), QStringLiteral("extraction")} << 2 << QString();
    }
    void checkExitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, reason);
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        seed(db);
        const Run run = quotactl(QStringList{QStringLiteral("--json")} + args, db.conninfo());
        QCOMPARE(run.exitCode, exitCode);
        if (exitCode == 2)
            QVERIFY2(run.err.startsWith(QLatin1String("quotactl: ")), qPrintable(run.err));
        else
            QCOMPARE(run.json().value(QStringLiteral("allowed")).toBool(), exitCode == 0);
        if (!reason.isEmpty())
            QCOMPARE(run.json().value(QStringLiteral("reason")).toString(), reason);
    }

    void resetNeedsStaffAndReasonAndIsAudited()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        seed(db);
        const QStringList base{QStringLiteral("reset"), QStringLiteral("free@example.com"), QStringLiteral("--period"), QStringLiteral("daily")};
        const QString reason = QStringLiteral("Ticket #12: 'double' charge, 100% refund");

        // No --as: the login's own staff account, and the superuser of the test cluster has none.
        const Run noStaff = quotactl(base + QStringList{QStringLiteral("--reason"), reason}, db.conninfo());
        QCOMPARE(noStaff.exitCode, 4);
        QVERIFY2(noStaff.err.contains(QLatin1String("quotactl grant")), qPrintable(noStaff.err));
        const Run notStaff = quotactl(base + QStringList{QStringLiteral("--reason"), reason, QStringLiteral("--as"), QStringLiteral("pro@example.com")}, db.conninfo());
        QCOMPARE(notStaff.exitCode, 2);
        QVERIFY2(notStaff.err.contains(QLatin1String("not a staff account")), qPrintable(notStaff.err));
        QCOMPARE(quotactl(base + QStringList{QStringLiteral("--reason"), QStringLiteral("  "), QStringLiteral("--as"), QStringLiteral("3")}, db.conninfo()).exitCode, 2);
        const Run oneUnknown = quotactl(base + QStringList{QStringLiteral("ghost@example.com"), QStringLiteral("--reason"), reason, QStringLiteral("--as"), QStringLiteral("3")}, db.conninfo());
        QCOMPARE(oneUnknown.exitCode, 2);
        QVERIFY(oneUnknown.err.contains(QLatin1String("Nothing was reset")));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM quotadesk.quota_resets")).toInt(), 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM admin_action_logs")).toInt(), 0);

        const Run done = quotactl(QStringList{QStringLiteral("--json")} + base + QStringList{QStringLiteral("--reason"), reason, QStringLiteral("--as"), QStringLiteral("staff@example.com")}, db.conninfo());
        QCOMPARE(done.exitCode, 0);
        QCOMPARE(done.json().value(QStringLiteral("reset_ids")).toArray().size(), 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT reason FROM quotadesk.quota_resets")).toString(), reason);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM admin_action_logs WHERE action = 'quota.reset' AND admin_user_id = 3 AND target_id = 1")).toInt(), 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ai_provider_usage_logs")).toInt(), 1); // usage kept

        const Run after = quotactl({QStringLiteral("--json"), QStringLiteral("check"), QStringLiteral("1"), QStringLiteral("--task"), QStringLiteral("cv_draft")}, db.conninfo());
        QCOMPARE(after.exitCode, 0);
    }

    void cacheCommands()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        seed(db);
        const Run stats = quotactl({QStringLiteral("--json"), QStringLiteral("cache-stats")}, db.conninfo());
        QCOMPARE(stats.exitCode, 0);
        for (const char *key : {"total_entries", "total_hits", "cost_saved_usd", "storage_mb", "average_ttl_minutes", "expired_entries", "by_type", "hit_rate"})
            QVERIFY2(stats.json().contains(QLatin1String(key)), key);
        QCOMPARE(stats.json().value(QStringLiteral("total_entries")).toInt(), 3);
        QVERIFY(stats.json().value(QStringLiteral("hit_rate")).isNull()); // no lookups recorded yet

        const Run dry = quotactl({QStringLiteral("--json"), QStringLiteral("cleanup"), QStringLiteral("--dry-run")}, db.conninfo());
        QCOMPARE(dry.exitCode, 0);
        QCOMPARE(dry.json().value(QStringLiteral("expired_entries")).toInt(), 2);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ai_cache")).toInt(), 3);

        QCOMPARE(quotactl({QStringLiteral("cleanup")}, db.conninfo()).exitCode, 4); // no --as, and no staff account of the login
        const Run cleaned = quotactl({QStringLiteral("--json"), QStringLiteral("cleanup"), QStringLiteral("--as"), QStringLiteral("3"), QStringLiteral("--batch"), QStringLiteral("1")}, db.conninfo());
        QCOMPARE(cleaned.exitCode, 0);
        QCOMPARE(cleaned.json().value(QStringLiteral("deleted")).toInt(), 2);
        QCOMPARE(db.scalar(QStringLiteral("SELECT string_agg(cache_key, ',') FROM ai_cache")).toString(), QStringLiteral("live"));

        const Run longKey = quotactl({QStringLiteral("delete-cache"), QString(10000, u'k'), QStringLiteral("--as"), QStringLiteral("3")}, db.conninfo());
        QCOMPARE(longKey.exitCode, 2);
        QVERIFY2(longKey.err.contains(QLatin1String("255")), qPrintable(longKey.err));

        const Run deleted = quotactl({QStringLiteral("--json"), QStringLiteral("delete-cache"), QStringLiteral("live"), QStringLiteral("--type"), QStringLiteral("content"),
                                      QStringLiteral("--user"), QStringLiteral("pro@example.com"), QStringLiteral("--as"), QStringLiteral("3")},
                                     db.conninfo());
        QCOMPARE(deleted.exitCode, 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ai_cache")).toInt(), 0);

        const Run first = quotactl({QStringLiteral("--json"), QStringLiteral("warmup"), QStringLiteral("--as"), QStringLiteral("3")}, db.conninfo());
        QCOMPARE(first.exitCode, 0);
        const int inserted = first.json().value(QStringLiteral("inserted")).toInt();
        QVERIFY(inserted > 0);
        const Run second = quotactl({QStringLiteral("--json"), QStringLiteral("warmup"), QStringLiteral("--as"), QStringLiteral("3")}, db.conninfo());
        QCOMPARE(second.json().value(QStringLiteral("unchanged")).toInt(), inserted);
        QCOMPARE(second.json().value(QStringLiteral("inserted")).toInt(), 0);

        QTemporaryDir tmp;
        QFile bad(tmp.filePath(QStringLiteral("prompts.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"broken\": ");
        bad.close();
        const Run invalid = quotactl({QStringLiteral("warmup"), QStringLiteral("--prompts"), bad.fileName(), QStringLiteral("--as"), QStringLiteral("3")}, db.conninfo());
        QCOMPARE(invalid.exitCode, 2);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM admin_action_logs WHERE action = 'cache.warmup'")).toInt(), 2);
    }

    void demoDataOverviewAndSimulation()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const QList<QStringList> demoCommands{{QStringLiteral("demo-data"), QStringLiteral("--users"), QStringLiteral("5")},
                                              {QStringLiteral("simulate"), QStringLiteral("--requests"), QStringLiteral("5")}};
        for (const QStringList &command : demoCommands) {
            const Run refused = quotactl(command, db.conninfo());
            QCOMPARE(refused.exitCode, 2);
            QVERIFY2(refused.err.contains(QLatin1String("not created by Quotadesk as a demo database")), qPrintable(refused.err));
            QCOMPARE(refused.err.trimmed().count(u'\n'), 0); // one line
        }
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM users")).toInt(), 0);
        QVERIFY(db.markAsDemo().ok());
        const Run loaded = quotactl({QStringLiteral("--json"), QStringLiteral("demo-data"), QStringLiteral("--users"), QStringLiteral("60"),
                                     QStringLiteral("--days"), QStringLiteral("3"), QStringLiteral("--seed"), QStringLiteral("7")},
                                    db.conninfo());
        QCOMPARE(loaded.exitCode, 0);
        QCOMPARE(loaded.json().value(QStringLiteral("users")).toInt(), 60);
        QVERIFY(loaded.json().value(QStringLiteral("usage_rows")).toInt() > 60);
        const Run again = quotactl({QStringLiteral("demo-data"), QStringLiteral("--users"), QStringLiteral("60"), QStringLiteral("--seed"), QStringLiteral("7")}, db.conninfo());
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(QLatin1String("already loaded")), qPrintable(again.err));

        const Run overview = quotactl({QStringLiteral("--json"), QStringLiteral("overview"), QStringLiteral("--limit"), QStringLiteral("5")}, db.conninfo());
        QCOMPARE(overview.exitCode, 0);
        QCOMPARE(overview.json().value(QStringLiteral("total_users")).toInt(), 63); // 60 + 3 staff
        const QJsonArray top = overview.json().value(QStringLiteral("users")).toArray();
        QCOMPARE(top.size(), 5);
        for (qsizetype i = 1; i < top.size(); ++i)
            QVERIFY(top.at(i - 1).toObject().value(QStringLiteral("daily")).toObject().value(QStringLiteral("percentage")).toInt()
                    >= top.at(i).toObject().value(QStringLiteral("daily")).toObject().value(QStringLiteral("percentage")).toInt());

        const qint64 logsBefore = db.scalar(QStringLiteral("SELECT count(*) FROM ai_provider_usage_logs")).toLongLong();
        const Run simulated = quotactl({QStringLiteral("--json"), QStringLiteral("simulate"), QStringLiteral("--requests"), QStringLiteral("150")}, db.conninfo());
        QCOMPARE(simulated.exitCode, 0);
        const QJsonObject tally = simulated.json();
        QCOMPARE(tally.value(QStringLiteral("requests")).toInt(), 150);
        QCOMPARE(tally.value(QStringLiteral("cache_hits")).toInt() + tally.value(QStringLiteral("cache_misses")).toInt()
                     + tally.value(QStringLiteral("refused")).toInt() + tally.value(QStringLiteral("errors")).toInt(),
                 150);
        const qint64 logsAfter = db.scalar(QStringLiteral("SELECT count(*) FROM ai_provider_usage_logs")).toLongLong();
        QCOMPARE(logsAfter - logsBefore, qint64(tally.value(QStringLiteral("cache_misses")).toInt() + tally.value(QStringLiteral("errors")).toInt()));
    }
};

QTEST_GUILESS_MAIN(TestQuotactl)
#include "tst_quotactl.moc"
