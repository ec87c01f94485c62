// The running usage counters (migration 0012) against the raw-row rules: quota_status_at
// (counters), and quota_status_one (0019) user by user, must equal quota_status_raw (the raw rows, word for word 0003's rules) for every
// user, in every column, at every moment: after random inserts, updates, deletes, resets
// and clock moves across day and month boundaries; while writers race each other and a
// reader; and while a database that had rows before migrating is being backfilled.
#include <atomic>
#include <random>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include "db/Migrator.h"
#include "quota/UsageCounters.h"
#include "CacheTestData.h"
#include "QuotaTestData.h"
#include "QuotactlProcess.h"
#include "TestDatabase.h"

using Run = QuotactlRun;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Second = 1000 * 1000; // microseconds
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

qint64 micros(const QDateTime &dt)
{
    return dt.toMSecsSinceEpoch() * 1000;
}

// A time as SQL computes it from microseconds since the epoch, exactly.
const QString At = u"('1970-01-01'::timestamp + ?::bigint * interval '1 microsecond')"_s;

// A NULL user id: every user.
QVariant everyone()
{
    return QVariant(QMetaType::fromType<int>());
}

// How the status under test is read: the set-based quota_status_at, or quota_status_one
// (0019, the hot path) called once per user.
enum class Reader { SetBased, OneByOne };

// The status under test and the raw rows in one statement (one snapshot): the first row
// that differs, as "counters: {...} / raw: {...}", or empty. p_user NULL: every user.
QString differences(QSqlDatabase db, const QVariant &atMicros, const QVariant &user = everyone(),
                    Reader reader = Reader::SetBased)
{
    const QString tested = reader == Reader::SetBased
        ? u"SELECT * FROM quotadesk.quota_status_at(%1, ?::integer)"_s.arg(At)
        : u"SELECT s.* FROM public.users u CROSS JOIN LATERAL quotadesk.quota_status_one(%1, u.id) s "
          u"WHERE u.id = coalesce(?::integer, u.id)"_s.arg(At);
    QSqlQuery q(db);
    q.prepare(uR"(WITH a AS (%2),
                   b AS (SELECT * FROM quotadesk.quota_status_raw(%1, ?::integer))
              SELECT (SELECT count(*) FROM a), (SELECT count(*) FROM b),
                     (SELECT row_to_json(x)::text FROM (SELECT * FROM a EXCEPT ALL SELECT * FROM b) x ORDER BY x.user_id LIMIT 1),
                     (SELECT row_to_json(y)::text FROM (SELECT * FROM b EXCEPT ALL SELECT * FROM a) y ORDER BY y.user_id LIMIT 1))"_s.arg(At, tested));
    q.addBindValue(atMicros);
    q.addBindValue(user);
    q.addBindValue(atMicros);
    q.addBindValue(user);
    if (!q.exec() || !q.next())
        return u"query failed: "_s + q.lastError().text();
    if (q.value(0).toLongLong() != q.value(1).toLongLong())
        return u"%1 users from the counters, %2 from the raw rows"_s.arg(q.value(0).toLongLong()).arg(q.value(1).toLongLong());
    if (q.isNull(2) && q.isNull(3))
        return {};
    return u"counters: %1\n   raw:      %2"_s.arg(q.value(2).toString(), q.value(3).toString());
}

// The rates of time to exhaustion (usage_rates, 0025), for everyone at once and user by
// user, against 0021's rule over raw rows, in one statement: the first difference or empty.
// A user without tokens in the window may have a row of zeros there: dropped.
QString rateDifferences(QSqlDatabase db, const QVariant &atMicros)
{
    QSqlQuery q(db);
    q.prepare(uR"(WITH raw AS (
                       SELECT l.user_id,
                              coalesce(sum(quotadesk.row_tokens(l.total_tokens, l.input_tokens, l.output_tokens))
                                           FILTER (WHERE l.created_at > %1 - interval '60 minutes'), 0)::bigint AS hour,
                              coalesce(sum(quotadesk.row_tokens(l.total_tokens, l.input_tokens, l.output_tokens)), 0)::bigint AS week
                       FROM public.ai_provider_usage_logs l
                       WHERE l.status = 'success' AND l.created_at > %1 - interval '7 days' AND l.created_at <= %1
                       GROUP BY l.user_id),
                   everyone AS (SELECT * FROM quotadesk.usage_rates(%1, NULL) r WHERE (r.tokens_last_hour, r.tokens_last_7_days) <> (0, 0)),
                   one_by_one AS (SELECT r.* FROM public.users u CROSS JOIN LATERAL quotadesk.usage_rates(%1, u.id) r
                                  WHERE (r.tokens_last_hour, r.tokens_last_7_days) <> (0, 0))
              SELECT (SELECT row_to_json(x)::text FROM (SELECT * FROM everyone EXCEPT ALL SELECT * FROM raw WHERE (hour, week) <> (0, 0)) x LIMIT 1),
                     (SELECT row_to_json(x)::text FROM (SELECT * FROM raw WHERE (hour, week) <> (0, 0) EXCEPT ALL SELECT * FROM everyone) x LIMIT 1),
                     (SELECT row_to_json(x)::text FROM (SELECT * FROM one_by_one EXCEPT ALL SELECT * FROM everyone) x LIMIT 1),
                     (SELECT row_to_json(x)::text FROM (SELECT * FROM everyone EXCEPT ALL SELECT * FROM one_by_one) x LIMIT 1))"_s
                  .arg(At));
    for (int i = 0; i < 5; ++i) // each %1 above
        q.addBindValue(atMicros);
    if (!q.exec() || !q.next())
        return u"query failed: "_s + q.lastError().text();
    if (q.isNull(0) && q.isNull(1) && q.isNull(2) && q.isNull(3))
        return {};
    return u"usage_rates: %1 / raw: %2 / one by one: %3 / everyone: %4"_s.arg(q.value(0).toString(), q.value(1).toString(),
                                                                               q.value(2).toString(), q.value(3).toString());
}

QString drift(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT row_to_json(d)::text, count(*) OVER () FROM quotadesk.usage_counter_drift() d LIMIT 1"_s))
        return u"query failed: "_s + q.lastError().text();
    return q.next() ? u"%1 drifted, first %2"_s.arg(q.value(1).toLongLong()).arg(q.value(0).toString()) : QString();
}

bool countersReady(const TestDatabase &db)
{
    return db.scalar(u"SELECT quotadesk.usage_counters_ready()"_s).toBool();
}

// A value for a token column: NULL, negative or a count.
QVariant tokens(std::mt19937_64 &rng)
{
    const auto kind = rng() % 10;
    if (kind == 0)
        return QVariant(QMetaType::fromType<int>());
    if (kind == 1)
        return int(-1 - qint64(rng() % 300));
    return int(rng() % 3000);
}

QString status(std::mt19937_64 &rng)
{
    const auto kind = rng() % 20;
    return kind < 14 ? u"success"_s : kind < 17 ? u"error"_s : kind < 19 ? u"timeout"_s : u"Success"_s;
}

} // namespace

class TestUsageCounters final : public QObject
{
    Q_OBJECT

private slots:
    void aFreshDatabaseReadsTheCounters()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QVERIFY(countersReady(db));
        QCOMPARE(db.scalar(u"SELECT watermark FROM quotadesk.usage_counter_state"_s).toLongLong(), 0);
        QCOMPARE(db.scalar(u"SELECT completed_at IS NOT NULL FROM quotadesk.usage_counter_state"_s).toBool(), true);
    }

    // Random interleavings, evaluated after every step at the clock, for one user, and at
    // an earlier time of this or the previous month (quotactl status --at).
    void countersEqualTheRawRulesAfterEveryStep_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<QDateTime>("start");
        // Late on the last day of a month (rollovers come soon), and a leap February.
        QTest::addRow("seed 7, January end") << quint64(7) << QDateTime(QDate(2026, 1, 31), QTime(21, 10), Qt::UTC);
        QTest::addRow("seed 11, leap February") << quint64(11) << QDateTime(QDate(2028, 2, 28), QTime(22, 59, 59, 999), Qt::UTC);
        QTest::addRow("seed 42, December end") << quint64(42) << QDateTime(QDate(2026, 12, 31), QTime(23, 0), Qt::UTC);
    }

    void countersEqualTheRawRulesAfterEveryStep()
    {
        QFETCH(quint64, seed);
        QFETCH(QDateTime, start);
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QVERIFY(countersReady(db));
        QuotaTestData data(db);
        const int staff = data.addStaff();
        QList<int> users{staff};
        for (int i = 0; i < 6; ++i)
            users << data.addUser();
        data.subscribe(users.at(1), u"pro"_s);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        const int provider = db.scalar(u"SELECT max(id) FROM ai_provider_configs"_s).toInt();

        std::mt19937_64 rng(seed);
        auto below = [&rng](qint64 n) { return n <= 0 ? 0 : qint64(rng() % quint64(n)); };
        const auto pick = [&](const QList<int> &list) { return list.at(int(below(list.size()))); };
        qint64 now = micros(start);
        const auto dayStart = [](qint64 t) { return t - ((t % Day) + Day) % Day; };
        const auto monthStart = [](qint64 t) {
            const QDate d = QDateTime::fromMSecsSinceEpoch(t / 1000, Qt::UTC).date();
            return micros(QDateTime(QDate(d.year(), d.month(), 1), QTime(0, 0), Qt::UTC));
        };
        const QList<qint64> nudges{-Second, -1, 0, 1, Second};
        const auto someTime = [&]() -> qint64 {
            const qint64 nudge = nudges.at(int(below(nudges.size())));
            switch (below(10)) {
            case 0: return dayStart(now) + nudge;
            case 1: return monthStart(now) + nudge;
            case 2: return now + nudge;
            case 3: return now - Hour + nudge;
            case 4: return now + below(3 * Hour);        // future-dated, maybe past midnight
            case 5: return now - below(40 * Day);        // old, often last month
            case 6: return dayStart(now) + Day + nudge;  // tomorrow's first instant
            default: return now - below(90 * Minute);
            }
        };

        QSqlQuery q(db.db());
        QStringList log;
        const int steps = 200;
        for (int step = 0; step < steps; ++step) {
            QString what;
            const qint64 kind = below(100);
            if (kind < 40) { // insert 1..4 rows in one statement
                const int n = 1 + int(below(4));
                QStringList values;
                QVariantList binds;
                for (int i = 0; i < n; ++i) {
                    values << u"(?, ?, 'extraction', ?::integer, ?::integer, ?::integer, ?, %1)"_s.arg(At);
                    binds << pick(users) << provider << tokens(rng) << tokens(rng)
                          << (below(3) == 0 ? QVariant(QMetaType::fromType<int>()) : tokens(rng)) << status(rng) << someTime();
                }
                q.prepare(u"INSERT INTO ai_provider_usage_logs (user_id, provider_config_id, task_type, input_tokens, output_tokens,"
                          " total_tokens, status, created_at) VALUES "_s + values.join(u", "_s));
                for (const QVariant &v : binds)
                    q.addBindValue(v);
                what = u"insert %1 rows"_s.arg(n);
            } else if (kind < 58) { // update some rows: tokens, status, time, user or all of them
                const qint64 maxId = db.scalar(u"SELECT coalesce(max(id), 0) FROM ai_provider_usage_logs"_s).toLongLong();
                const QVariantList ids{1 + below(maxId), 1 + below(maxId), 1 + below(maxId)};
                switch (below(5)) {
                case 0:
                    q.prepare(u"UPDATE ai_provider_usage_logs SET total_tokens = ?::integer WHERE id IN (?, ?, ?)"_s);
                    q.addBindValue(tokens(rng));
                    what = u"update tokens"_s;
                    break;
                case 1:
                    q.prepare(u"UPDATE ai_provider_usage_logs SET status = ? WHERE id IN (?, ?, ?)"_s);
                    q.addBindValue(status(rng));
                    what = u"update status"_s;
                    break;
                case 2:
                    q.prepare(u"UPDATE ai_provider_usage_logs SET created_at = created_at + ?::bigint * interval '1 microsecond' WHERE id IN (?, ?, ?)"_s);
                    q.addBindValue(below(2) ? below(2 * Day) : -below(35 * Day));
                    what = u"update created_at"_s;
                    break;
                case 3:
                    q.prepare(u"UPDATE ai_provider_usage_logs SET user_id = ? WHERE id IN (?, ?, ?)"_s);
                    q.addBindValue(pick(users));
                    what = u"update user_id"_s;
                    break;
                default:
                    q.prepare(u"UPDATE ai_provider_usage_logs SET user_id = ?, status = ?, input_tokens = ?::integer, total_tokens = ?::integer,"
                              " created_at = %1, latency_ms = 5 WHERE id IN (?, ?, ?)"_s.arg(At));
                    q.addBindValue(pick(users));
                    q.addBindValue(status(rng));
                    q.addBindValue(tokens(rng));
                    q.addBindValue(below(2) ? QVariant(QMetaType::fromType<int>()) : tokens(rng));
                    q.addBindValue(someTime());
                    what = u"update everything"_s;
                }
                for (const QVariant &id : ids)
                    q.addBindValue(id);
            } else if (kind < 63) { // an update that changes nothing counted
                q.prepare(u"UPDATE ai_provider_usage_logs SET latency_ms = coalesce(latency_ms, 0) + 1 WHERE user_id = ?"_s);
                q.addBindValue(pick(users));
                what = u"update latency"_s;
            } else if (kind < 73) {
                const qint64 maxId = db.scalar(u"SELECT coalesce(max(id), 0) FROM ai_provider_usage_logs"_s).toLongLong();
                q.prepare(u"DELETE FROM ai_provider_usage_logs WHERE id IN (?, ?)"_s);
                q.addBindValue(1 + below(maxId));
                q.addBindValue(1 + below(maxId));
                what = u"delete"_s;
            } else if (kind < 83) { // a reset: now, at a boundary, earlier, or later than the clock
                qint64 when = 0;
                switch (below(5)) {
                case 0: when = now; break;
                case 1: when = dayStart(now) + nudges.at(int(below(nudges.size()))); break;
                case 2: when = monthStart(now) + nudges.at(int(below(nudges.size()))); break;
                case 3: when = now + below(6 * Hour); break; // counts once the clock passes it
                default: when = now - below(3 * Day);
                }
                q.prepare(u"INSERT INTO quotadesk.quota_resets (user_id, period, reset_at, reset_by, reason) VALUES (?, ?, %1, ?, 'property')"_s.arg(At));
                q.addBindValue(pick(users));
                q.addBindValue(QStringList{u"daily"_s, u"monthly"_s, u"hourly"_s}.at(int(below(3))));
                q.addBindValue(when);
                q.addBindValue(staff);
                what = u"reset"_s;
            } else if (kind < 99) { // the clock moves: minutes, hours, or onto a boundary
                switch (below(4)) {
                case 0: now += below(20 * Minute); break;
                case 1: now += below(7 * Hour); break;
                case 2: now = dayStart(now) + Day + nudges.at(int(below(nudges.size()))); break;
                default: now += Minute + below(Day);
                }
                what = u"clock to %1"_s.arg(QDateTime::fromMSecsSinceEpoch(now / 1000, Qt::UTC).toString(Qt::ISODateWithMs));
            } else {
                what = u"truncate"_s;
            }
            const bool prepared = what != u"truncate"_s && !what.startsWith(u"clock"_s);
            if (!prepared)
                q.clear();
            QVERIFY2(prepared ? q.exec() : q.exec(what == u"truncate"_s ? u"TRUNCATE ai_provider_usage_logs"_s : u"SELECT 1"_s), qPrintable(u"step %1 (%2): %3"_s.arg(step).arg(what, q.lastError().text())));
            log << what;
            if (log.size() > 8)
                log.removeFirst();

            const QString context = u"seed %1, step %2; last steps: %3"_s.arg(seed).arg(step).arg(log.join(u"; "_s));
            QString diff = differences(db.db(), now);
            QVERIFY2(diff.isEmpty(), qPrintable(u"all users at the clock, %1\n   %2"_s.arg(context, diff)));
            diff = differences(db.db(), now, pick(users));
            QVERIFY2(diff.isEmpty(), qPrintable(u"one user at the clock, %1\n   %2"_s.arg(context, diff)));
            diff = differences(db.db(), now, everyone(), Reader::OneByOne);
            QVERIFY2(diff.isEmpty(), qPrintable(u"quota_status_one of every user at the clock, %1\n   %2"_s.arg(context, diff)));
            const qint64 earlier = below(2) ? now - below(45 * Day) : monthStart(now) - 1 - below(2 * Hour);
            diff = differences(db.db(), earlier, everyone(), Reader::OneByOne);
            QVERIFY2(diff.isEmpty(), qPrintable(u"quota_status_one of every user at %1, %2\n   %3"_s
                                                     .arg(QDateTime::fromMSecsSinceEpoch(earlier / 1000, Qt::UTC).toString(Qt::ISODateWithMs), context, diff)));
            diff = differences(db.db(), earlier);
            QVERIFY2(diff.isEmpty(), qPrintable(u"all users at %1, %2\n   %3"_s
                                                     .arg(QDateTime::fromMSecsSinceEpoch(earlier / 1000, Qt::UTC).toString(Qt::ISODateWithMs), context, diff)));
            for (const qint64 moment : {now, earlier, now - 7 * Day + below(2 * Hour)}) {
                diff = rateDifferences(db.db(), moment);
                QVERIFY2(diff.isEmpty(), qPrintable(u"usage rates at %1, %2\n   %3"_s
                                                         .arg(QDateTime::fromMSecsSinceEpoch(moment / 1000, Qt::UTC).toString(Qt::ISODateWithMs), context, diff)));
            }
            if (step % 16 == 0 || step == steps - 1) {
                const QString drifted = drift(db.db());
                QVERIFY2(drifted.isEmpty(), qPrintable(context + u"\n   "_s + drifted));
            }
        }
        QVERIFY(db.scalar(u"SELECT count(*) FROM ai_provider_usage_logs"_s).toLongLong() > 0);
    }

    // Writers in parallel (single and multi-row inserts in any user order, updates,
    // deletes) and a reader that compares counters with raw rows in one snapshot.
    void concurrentWritersAndAReaderAgree()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QuotaTestData data(db);
        QList<int> users;
        for (int i = 0; i < 12; ++i)
            users << data.addUser();
        QVERIFY2(data.ok(), qPrintable(data.error()));
        const int provider = db.scalar(u"SELECT max(id) FROM ai_provider_configs"_s).toInt();

        constexpr int Writers = 3;
        std::atomic<int> writersLeft{Writers};
        std::atomic<int> readings{0};
        const QStringList errors = CacheTest::runConcurrently(db, Writers + 1, [&](const QString &connection, int index) -> QString {
            QSqlDatabase conn = QSqlDatabase::database(connection, false);
            QSqlQuery q(conn);
            if (index == Writers) { // the reader
                while (writersLeft.load() > 0) {
                    const QString diff = differences(conn, micros(QDateTime::currentDateTimeUtc()));
                    if (!diff.isEmpty())
                        return u"reading %1: %2"_s.arg(readings.load()).arg(diff);
                    if (!q.exec(u"SELECT count(*) FROM quotadesk.quota_status()"_s) || !q.next())
                        return q.lastError().text();
                    ++readings;
                }
                return {};
            }
            std::mt19937_64 rng(1000 + index);
            QString error;
            for (int i = 0; i < 300 && error.isEmpty(); ++i) {
                const auto kind = rng() % 10;
                if (kind < 5) {
                    q.prepare(u"INSERT INTO ai_provider_usage_logs (user_id, provider_config_id, task_type, total_tokens, status, created_at)"
                              " VALUES (?, ?, 'extraction', ?::integer, ?, quotadesk.utc_now() - ?::integer * interval '1 minute')"_s);
                    q.addBindValue(users.at(int(rng() % users.size())));
                    q.addBindValue(provider);
                    q.addBindValue(tokens(rng));
                    q.addBindValue(status(rng));
                    q.addBindValue(int(rng() % 90));
                } else if (kind < 8) { // several users in one statement, in any order
                    q.prepare(u"INSERT INTO ai_provider_usage_logs (user_id, provider_config_id, task_type, total_tokens, status, created_at)"
                              " SELECT u, ?, 'cv_draft', 100, 'success', quotadesk.utc_now() - (u % 3) * interval '20 hours'"
                              " FROM unnest(?::integer[]) u"_s);
                    q.addBindValue(provider);
                    QStringList some;
                    for (int k = 0; k < 4; ++k)
                        some << QString::number(users.at(int(rng() % users.size())));
                    q.addBindValue(u"{%1}"_s.arg(some.join(u',')));
                } else if (kind < 9) {
                    q.prepare(u"UPDATE ai_provider_usage_logs SET total_tokens = total_tokens + 7, user_id = ?"
                              " WHERE id = (SELECT max(id) - ? FROM ai_provider_usage_logs)"_s);
                    q.addBindValue(users.at(int(rng() % users.size())));
                    q.addBindValue(int(rng() % 20));
                } else {
                    q.prepare(u"DELETE FROM ai_provider_usage_logs WHERE id = (SELECT max(id) - ? FROM ai_provider_usage_logs)"_s);
                    q.addBindValue(int(rng() % 20));
                }
                if (!q.exec())
                    error = u"writer step %1: %2 (%3)"_s.arg(i).arg(q.lastError().text(), q.lastError().nativeErrorCode());
            }
            --writersLeft;
            return error;
        });
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QVERIFY(readings.load() > 0);
        qInfo("%d consistent readings while writing", readings.load());
        const QString diff = differences(db.db(), micros(QDateTime::currentDateTimeUtc()));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        const QString drifted = drift(db.db());
        QVERIFY2(drifted.isEmpty(), qPrintable(drifted));
    }

    // A database with rows before migration 0012: the backfill counts them in batches
    // while writers insert, update, delete and re-insert old ids; then counters == raw.
    void backfillOfAnExistingDatabaseWhileWritersWrite()
    {
        TestDatabase db(TestDatabase::Schema::Empty);
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const auto before = Migrator(db.connectionName()).migrate({}, 11);
        QVERIFY2(before.ok(), qPrintable(before.error()));
        QCOMPARE(before->toVersion, 11);

        QuotaTestData data(db);
        const int staff = data.addStaff();
        QList<int> users{staff};
        for (int i = 0; i < 25; ++i)
            users << data.addUser();
        QVERIFY2(data.ok(), qPrintable(data.error()));
        const int provider = db.scalar(u"SELECT max(id) FROM ai_provider_configs"_s).toInt();
        const int firstUser = users.first();
        QCOMPARE(db.exec(u"SELECT setseed(0.25)"_s), QString());
        QCOMPARE(db.exec(u"INSERT INTO ai_provider_usage_logs (user_id, provider_config_id, task_type, input_tokens, output_tokens, total_tokens, status, created_at)"
                         " SELECT ? + g % 26, ?, 'extraction', 10, 20,"
                         "        CASE WHEN g % 11 = 0 THEN NULL WHEN g % 53 = 0 THEN -5 ELSE g % 1000 END,"
                         "        CASE WHEN g % 7 = 0 THEN 'error' ELSE 'success' END,"
                         "        quotadesk.utc_now() - random() * interval '50 days'"
                         " FROM generate_series(1, 40000) g"_s,
                         {firstUser, provider}),
                 QString());
        QCOMPARE(db.exec(u"INSERT INTO quotadesk.quota_resets (user_id, period, reset_at, reset_by, reason)"
                         " VALUES (?, 'monthly', quotadesk.utc_now() - interval '3 days', ?, 'before'),"
                         "        (?, 'daily', quotadesk.utc_now() - interval '1 minute', ?, 'before')"_s,
                         {users.at(3), staff, users.at(4), staff}),
                 QString());
        const qint64 watermarkBefore = db.scalar(u"SELECT max(id) FROM ai_provider_usage_logs"_s).toLongLong();

        constexpr int Writers = 3;
        std::atomic<bool> backfilled{false};
        std::atomic<qint64> slowestInsertMs{0};
        std::atomic<int> batches{0};
        const QStringList errors = CacheTest::runConcurrently(db, Writers + 1, [&](const QString &connection, int index) -> QString {
            QSqlDatabase conn = QSqlDatabase::database(connection, false);
            QSqlQuery q(conn);
            if (index == 0) { // the migrator: 0012, one batch, then small batches
                QThread::msleep(30); // writers are already writing
                const auto migrated = Migrator(connection).migrate([](const Migrator::CounterBackfill &) { return false; });
                QString error = migrated ? QString() : migrated.error();
                while (error.isEmpty()) {
                    if (!q.exec(u"SELECT complete FROM quotadesk.usage_counters_backfill(1499)"_s) || !q.next()) {
                        error = q.lastError().text();
                        break;
                    }
                    ++batches;
                    if (q.value(0).toBool())
                        break;
                    QThread::msleep(2);
                }
                backfilled = true;
                return error;
            }
            std::mt19937_64 rng(77 + index);
            QString error;
            int rounds = 0;
            while (error.isEmpty() && (!backfilled.load() || rounds < 40)) {
                ++rounds;
                const auto kind = rng() % 8;
                const qint64 oldId = 1 + qint64(rng() % quint64(watermarkBefore));
                QElapsedTimer timer;
                timer.start();
                if (kind < 3) {
                    q.prepare(u"INSERT INTO ai_provider_usage_logs (user_id, provider_config_id, task_type, total_tokens, status, created_at)"
                              " VALUES (?, ?, 'extraction', ?::integer, ?, quotadesk.utc_now() - ?::integer * interval '1 hour')"_s);
                    q.addBindValue(users.at(int(rng() % users.size())));
                    q.addBindValue(provider);
                    q.addBindValue(tokens(rng));
                    q.addBindValue(status(rng));
                    q.addBindValue(int(rng() % 30));
                    if (!q.exec())
                        error = q.lastError().text();
                    slowestInsertMs = std::max<qint64>(slowestInsertMs.load(), timer.elapsed());
                    continue;
                }
                if (kind == 3) {
                    q.prepare(u"UPDATE ai_provider_usage_logs SET total_tokens = ?::integer, status = ? WHERE id = ?"_s);
                    q.addBindValue(tokens(rng));
                    q.addBindValue(status(rng));
                } else if (kind == 4) {
                    q.prepare(u"UPDATE ai_provider_usage_logs SET created_at = created_at - interval '9 days', user_id = ? WHERE id = ?"_s);
                    q.addBindValue(users.at(int(rng() % users.size())));
                } else if (kind == 5) {
                    q.prepare(u"DELETE FROM ai_provider_usage_logs WHERE id = ?"_s);
                } else if (kind == 6) { // an old id again: deleted, then inserted with that id
                    q.prepare(u"WITH gone AS (DELETE FROM ai_provider_usage_logs WHERE id = ? RETURNING *)"
                              " SELECT count(*) FROM gone"_s);
                    q.addBindValue(oldId);
                    if (!q.exec()) {
                        error = q.lastError().text();
                        continue;
                    }
                    q.prepare(u"INSERT INTO ai_provider_usage_logs (id, user_id, provider_config_id, task_type, total_tokens, status, created_at)"
                              " VALUES (?, ?, ?, 'extraction', 321, 'success', quotadesk.utc_now() - interval '2 days')"_s);
                    q.addBindValue(oldId);
                    q.addBindValue(users.at(int(rng() % users.size())));
                    q.addBindValue(provider);
                    if (!q.exec())
                        error = q.lastError().text();
                    continue;
                } else { // a transaction that updates two old rows
                    if (!conn.transaction())
                        return conn.lastError().text();
                    q.prepare(u"UPDATE ai_provider_usage_logs SET total_tokens = coalesce(total_tokens, 0) + 1 WHERE id IN (?, ?)"_s);
                    q.addBindValue(oldId);
                    q.addBindValue(1 + qint64(rng() % quint64(watermarkBefore)));
                    if (!q.exec())
                        error = q.lastError().text();
                    if (error.isEmpty() ? !conn.commit() : !conn.rollback())
                        error = conn.lastError().text();
                    continue;
                }
                q.addBindValue(oldId);
                if (!q.exec())
                    error = q.lastError().text();
            }
            return error;
        });
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        qInfo("backfill: %d batches; slowest insert meanwhile %lld ms", batches.load(), qlonglong(slowestInsertMs.load()));
        QVERIFY(batches.load() > 10);
        QVERIFY2(slowestInsertMs.load() < 2000, "an insert waited for the backfill for more than a second (plus slack)");
        QVERIFY(countersReady(db));
        QCOMPARE(db.scalar(u"SELECT watermark >= ? FROM quotadesk.usage_counter_state"_s, {watermarkBefore}).toBool(), true);

        const QString drifted = drift(db.db());
        QVERIFY2(drifted.isEmpty(), qPrintable(drifted));
        const qint64 now = micros(QDateTime::currentDateTimeUtc());
        for (const qint64 at : {now, now - 3 * Day - 5 * Minute, now - 20 * Day, now - 45 * Day}) {
            const QString diff = differences(db.db(), at);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
            const QString oneByOne = differences(db.db(), at, everyone(), Reader::OneByOne);
            QVERIFY2(oneByOne.isEmpty(), qPrintable(oneByOne));
        }
    }

    // The status functions read raw rows until the backfill is complete.
    void anUnfinishedBackfillReadsRawRows()
    {
        TestDatabase db(TestDatabase::Schema::Empty);
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QVERIFY(Migrator(db.connectionName()).migrate({}, 11).ok());
        QuotaTestData data(db);
        const int user = data.addUser();
        data.usageRows(user, QDateTime::currentDateTimeUtc(), 5, 100);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        int calls = 0;
        const auto migrated = Migrator(db.connectionName()).migrate([&calls](const Migrator::CounterBackfill &) { return ++calls < 0; });
        QVERIFY2(migrated.ok(), qPrintable(migrated.error()));
        // Five rows fit one batch: stopping after it still completes. Undo that to see the raw path.
        QCOMPARE(db.exec(u"UPDATE quotadesk.usage_counter_state SET backfilled_through = 0; TRUNCATE quotadesk.usage_daily, quotadesk.usage_monthly"_s),
                 QString());
        QVERIFY(!countersReady(db));
        QCOMPARE(db.scalar(u"SELECT daily_used FROM quotadesk.quota_status(NULL, ?)"_s, {user}).toLongLong(), 500);
        const auto report = Migrator(db.connectionName()).migrate();
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QVERIFY(report->counters.complete());
        QVERIFY(countersReady(db));
        QCOMPARE(db.scalar(u"SELECT daily_used FROM quotadesk.quota_status(NULL, ?)"_s, {user}).toLongLong(), 500);
    }

    void verifyCountersFindsNoDriftThenTheDeliberateOne()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QuotaTestData data(db);
        const int first = data.addUser();
        const int second = data.addUser();
        data.usageRows(first, QDateTime(QDate(2026, 3, 4), QTime(10, 0), Qt::UTC), 3, 50);
        data.usageRows(second, QDateTime(QDate(2026, 3, 5), QTime(11, 0), Qt::UTC), 2, 70);
        QVERIFY2(data.ok(), qPrintable(data.error()));

        Run run = quotactl({u"--database"_s, db.conninfo(), u"verify-counters"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(u"Usage counters match the raw usage rows: 4 counters checked."_s), qPrintable(run.out));

        // A superuser changes a counter behind the triggers' back.
        QCOMPARE(db.exec(u"UPDATE quotadesk.usage_daily SET tokens = tokens + 5 WHERE user_id = ? AND day = '2026-03-05'"_s, {second}),
                 QString());
        run = quotactl({u"--database"_s, db.conninfo(), u"verify-counters"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(u"Usage counters DRIFTED: 1 counter differs from the raw usage rows."_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"User %1, day 2026-03-05: the counter says 145 tokens, 2 calls, 0 bad rows; the raw rows say 140 tokens, 2 calls, 0 bad rows."_s
                                      .arg(second)),
                 qPrintable(run.out));

        run = quotactl({u"--database"_s, db.conninfo(), u"--json"_s, u"verify-counters"_s});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(u"drift"_s).toBool(), true);
        QCOMPARE(json.value(u"drifted"_s).toInt(), 1);
        const QJsonObject firstDrift = json.value(u"first"_s).toObject();
        QCOMPARE(firstDrift.value(u"user_id"_s).toInt(), second);
        QCOMPARE(firstDrift.value(u"period"_s).toString(), u"daily"_s);
        QCOMPARE(firstDrift.value(u"bucket"_s).toString(), u"2026-03-05"_s);
        QCOMPARE(firstDrift.value(u"counted_tokens"_s).toInt(), 145);
        QCOMPARE(firstDrift.value(u"actual_tokens"_s).toInt(), 140);

        // A missing counter is drift too; an unreachable database is an error (2).
        QCOMPARE(db.exec(u"UPDATE quotadesk.usage_daily SET tokens = tokens - 5 WHERE user_id = ?"_s, {second}), QString());
        QCOMPARE(db.exec(u"DELETE FROM quotadesk.usage_monthly WHERE user_id = ?"_s, {first}), QString());
        run = quotactl({u"--database"_s, db.conninfo(), u"verify-counters"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(u"User %1, month 2026-03: no counter, but the raw rows say 150 tokens, 3 calls, 0 bad rows."_s.arg(first)),
                 qPrintable(run.out));
        run = quotactl({u"--database"_s, db.conninfo() + u"_missing"_s, u"verify-counters"_s});
        QCOMPARE(run.exitCode, 2);
    }

    // migrate prints the backfill's progress on stderr and says when it is complete.
    void migrateReportsBackfillProgress()
    {
        TestDatabase db(TestDatabase::Schema::Empty);
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QVERIFY(Migrator(db.connectionName()).migrate({}, 11).ok());
        QuotaTestData data(db);
        const int user = data.addUser();
        data.usageRows(user, QDateTime::currentDateTimeUtc(), 30, 10);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        const qint64 last = db.scalar(u"SELECT max(id) FROM ai_provider_usage_logs"_s).toLongLong();
        const Run run = quotactl({u"--database"_s, db.conninfo(), u"migrate"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.err.contains(u"Counting existing usage rows into the usage counters: up to id %1 of %1 (100 %)."_s.arg(last)), qPrintable(run.err));
        QVERIFY(countersReady(db));
        QCOMPARE(UsageCounters(db.connectionName()).verify().value().clean(), true);
    }
};

QTEST_GUILESS_MAIN(TestUsageCounters)
#include "tst_usage_counters.moc"
