#include "quota/UsageCounters.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>

#include "db/Migrator.h"
#include "db/SqlError.h"

QString CounterDrift::periodName(Period period)
{
    return period == Period::Daily ? QStringLiteral("daily") : QStringLiteral("monthly");
}

QJsonObject CounterDrift::toJson() const
{
    const auto counted = [this](qint64 value) { return counterMissing ? QJsonValue() : QJsonValue(value); };
    return {{QStringLiteral("user_id"), userId},
            {QStringLiteral("period"), periodName(period)},
            {QStringLiteral("bucket"), bucket.toString(Qt::ISODate)},
            {QStringLiteral("counted_tokens"), counted(countedTokens)},
            {QStringLiteral("counted_calls"), counted(countedCalls)},
            {QStringLiteral("counted_bad_rows"), counted(countedBadRows)},
            {QStringLiteral("actual_tokens"), actualTokens},
            {QStringLiteral("actual_calls"), actualCalls},
            {QStringLiteral("actual_bad_rows"), actualBadRows}};
}

QJsonObject CounterVerification::toJson() const
{
    QJsonArray list;
    for (const CounterDrift &drift : drifts)
        list.append(drift.toJson());
    return {{QStringLiteral("drift"), !clean()},
            {QStringLiteral("checked"), checked},
            {QStringLiteral("drifted"), driftCount},
            {QStringLiteral("first"), drifts.isEmpty() ? QJsonValue() : QJsonValue(drifts.first().toJson())},
            {QStringLiteral("differences"), list},
            {QStringLiteral("backfill_complete"), backfillComplete},
            {QStringLiteral("backfilled_through"), backfilledThrough},
            {QStringLiteral("watermark"), watermark}};
}

Result<CounterVerification> UsageCounters::verify() const
{
    const Result<Migrator::CounterBackfill> state = Migrator(m_connectionName).counterBackfill();
    if (!state)
        return Result<CounterVerification>::failure(state.error(), state.why());
    if (!state->installed)
        return Result<CounterVerification>::failure(tr("This database has no usage counters yet: run `quotactl migrate` first."));

    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // One snapshot for the comparison and the counts.
    if (!db.transaction())
        return Result<CounterVerification>::failure(SqlError::message(db));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const auto fail = [&db](const QSqlQuery &q) {
        const auto result = Result<CounterVerification>::failure(SqlError::message(q), SqlError::failureOf(q));
        db.rollback();
        return result;
    };
    if (!query.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")))
        return fail(query);

    CounterVerification result;
    if (!query.exec(QStringLiteral("SELECT (SELECT count(*) FROM quotadesk.usage_daily) + (SELECT count(*) FROM quotadesk.usage_monthly),"
                                   " s.backfilled_through, s.watermark FROM quotadesk.usage_counter_state s"))
        || !query.next())
        return fail(query);
    result.checked = query.value(0).toLongLong();
    result.backfilledThrough = query.value(1).toLongLong();
    result.watermark = query.value(2).toLongLong();
    result.backfillComplete = result.backfilledThrough >= result.watermark;

    query.prepare(QStringLiteral("SELECT user_id, period, bucket, counted_tokens IS NULL, coalesce(counted_tokens, 0),"
                                 " coalesce(counted_calls, 0), coalesce(counted_bad_rows, 0), actual_tokens, actual_calls, actual_bad_rows,"
                                 " count(*) OVER () FROM quotadesk.usage_counter_drift() LIMIT ?"));
    query.addBindValue(CounterVerification::MaxDriftsListed);
    if (!query.exec())
        return fail(query);
    while (query.next()) {
        CounterDrift drift;
        drift.userId = query.value(0).toInt();
        drift.period = query.value(1).toString() == QLatin1String("monthly") ? CounterDrift::Period::Monthly : CounterDrift::Period::Daily;
        drift.bucket = query.value(2).toDate();
        drift.counterMissing = query.value(3).toBool();
        drift.countedTokens = query.value(4).toLongLong();
        drift.countedCalls = query.value(5).toLongLong();
        drift.countedBadRows = query.value(6).toLongLong();
        drift.actualTokens = query.value(7).toLongLong();
        drift.actualCalls = query.value(8).toLongLong();
        drift.actualBadRows = query.value(9).toLongLong();
        result.driftCount = query.value(10).toLongLong();
        result.drifts << drift;
    }
    query.finish();
    db.commit();
    return result;
}
