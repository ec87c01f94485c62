// Cost breakdowns (migration 0020, CostService, quotactl costs) against an oracle computed
// here, in C++, from the rows the test generated: NULL and negative costs and tokens,
// failed and odd statuses, rows on the exact edges of UTC days and outside the range,
// several providers, models, tasks and plans.
#include <map>
#include <random>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "QuotaTestData.h"
#include "QuotactlProcess.h"
#include "TestDatabase.h"
#include "costs/CostReport.h"

using namespace Qt::StringLiterals;

namespace {

struct GeneratedCall
{
    int user = 0;
    QString model; // provider/model
    int config = 0;
    QString task;
    QVariant total, input, output, cost; // invalid: NULL
    QString status;
    QDateTime at;
};

struct Totals
{
    qint64 calls = 0, tokens = 0, cents = 0, failedCents = 0;
    bool operator==(const Totals &) const = default;
};

qint64 tokensOf(const GeneratedCall &c)
{
    const qint64 raw = c.total.isValid() ? c.total.toLongLong() : (c.input.isValid() ? c.input.toLongLong() : 0) + (c.output.isValid() ? c.output.toLongLong() : 0);
    return std::max<qint64>(raw, 0);
}

qint64 centsOf(const GeneratedCall &c)
{
    return c.cost.isValid() ? std::max<qint64>(c.cost.toLongLong(), 0) : 0;
}

QString text(const Totals &t)
{
    return u"calls %1, tokens %2, cents %3, failed %4"_s.arg(t.calls).arg(t.tokens).arg(t.cents).arg(t.failedCents);
}

} // namespace

class TestCosts final : public QObject
{
    Q_OBJECT

private:
    // The report's range: 2026-02-26 .. 2026-03-02 (across a month end, in a leap-free year).
    const QDate m_from{2026, 2, 26};
    const QDate m_to{2026, 3, 2};

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QuotaTestData> m_data;
    QList<GeneratedCall> m_calls;
    std::map<int, QString> m_planOf;

    void addConfig(const QString &provider, const QString &model, QMap<QString, int> &configs)
    {
        QCOMPARE(m_db->exec(u"INSERT INTO ai_provider_configs (provider_type, model_name) VALUES (?, ?)"_s, {provider, model}), QString());
        configs.insert(provider + u'/' + model, m_db->scalar(u"SELECT max(id) FROM ai_provider_configs"_s).toInt());
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        m_data = std::make_unique<QuotaTestData>(*m_db); // adds gemini/gemini-pro
        QuotaTestData &data = *m_data;
        QMap<QString, int> configs{{u"gemini/gemini-pro"_s, m_db->scalar(u"SELECT max(id) FROM ai_provider_configs"_s).toInt()}};
        addConfig(u"gemini"_s, u"gemini-1.5-flash"_s, configs);
        addConfig(u"openai"_s, u"gpt-4o-mini"_s, configs);
        addConfig(u"claude"_s, u"claude-3-haiku"_s, configs);

        QList<int> users;
        const QList<std::pair<QString, QString>> plans{{u"freemium"_s, {}}, {u"pro"_s, u"active"_s}, {u"pro"_s, u"paused"_s},
                                                        {u"annual"_s, u"active"_s}, {u"paygo"_s, u"active"_s}, {u"freemium"_s, {}}};
        for (const auto &[plan, status] : plans) {
            const int user = data.addUser();
            if (!status.isEmpty())
                data.subscribe(user, plan, status);
            users << user;
            m_planOf[user] = status == u"active"_s ? plan : u"freemium"_s; // a paused plan is freemium now
        }
        QVERIFY2(data.ok(), qPrintable(data.error()));

        std::mt19937_64 rng(20261203);
        auto below = [&rng](quint64 n) { return qint64(rng() % n); };
        const QStringList tasks{u"extraction"_s, u"cv_draft"_s, u"cover_letter"_s, u"validation"_s};
        const QStringList statuses{u"success"_s, u"success"_s, u"success"_s, u"error"_s, u"timeout"_s, u"Success"_s};
        const QDateTime start(m_from.addDays(-2), QTime(0, 0), Qt::UTC);
        const QList<QString> models = configs.keys();
        for (int i = 0; i < 900; ++i) {
            GeneratedCall c;
            c.user = users.at(below(users.size()));
            c.model = models.at(below(models.size()));
            c.config = configs.value(c.model);
            c.task = tasks.at(below(tasks.size()));
            const auto value = [&](int nullOneIn, int negativeOneIn, int max) -> QVariant {
                if (below(nullOneIn) == 0)
                    return {};
                return below(negativeOneIn) == 0 ? QVariant(int(-1 - below(50))) : QVariant(int(below(max)));
            };
            c.total = value(4, 15, 5000);
            c.input = value(3, 20, 3000);
            c.output = value(3, 20, 3000);
            c.cost = value(10, 12, 400);
            c.status = statuses.at(below(statuses.size()));
            // Most anywhere in the 9 days around the range; some on the exact edges of a day.
            const qint64 edge = below(6);
            const QDateTime day = start.addDays(below(9));
            c.at = edge == 0 ? day : edge == 1 ? day.addMSecs(86400000 - 1) : day.addMSecs(below(86400000));
            m_calls << c;
            QCOMPARE(m_db->exec(u"INSERT INTO ai_provider_usage_logs (user_id, provider_config_id, task_type, input_tokens, output_tokens, "
                                "total_tokens, estimated_cost_usd, status, created_at) "
                                "VALUES (?, ?, ?, ?::integer, ?::integer, ?::integer, ?::integer, ?, ?::timestamp)"_s,
                                {c.user, c.config, c.task, c.input.isValid() ? c.input : QVariant(QMetaType::fromType<int>()),
                                 c.output.isValid() ? c.output : QVariant(QMetaType::fromType<int>()),
                                 c.total.isValid() ? c.total : QVariant(QMetaType::fromType<int>()),
                                 c.cost.isValid() ? c.cost : QVariant(QMetaType::fromType<int>()), c.status,
                                 c.at.toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s)}),
                     QString());
        }
    }

    void cleanupTestCase()
    {
        m_data.reset();
        m_db.reset();
    }

    void everyBreakdownEqualsTheOracle_data()
    {
        QTest::addColumn<QString>("by");
        for (const QString &by : CostService::breakdowns())
            QTest::newRow(qPrintable(by)) << by;
    }

    void everyBreakdownEqualsTheOracle()
    {
        QFETCH(QString, by);
        std::map<QString, Totals> expected;
        if (by == u"day"_s)
            for (QDate d = m_from; d <= m_to; d = d.addDays(1))
                expected[d.toString(Qt::ISODate)]; // every day of the range, calls or not
        for (const GeneratedCall &c : std::as_const(m_calls)) {
            const QDate day = c.at.date();
            if (day < m_from || day > m_to)
                continue;
            const QString key = by == u"day"_s ? day.toString(Qt::ISODate)
                : by == u"model"_s             ? c.model
                : by == u"task"_s              ? c.task
                : by == u"plan"_s              ? m_planOf.at(c.user)
                                               : QString::number(c.user);
            Totals &t = expected[key];
            ++t.calls;
            t.tokens += tokensOf(c);
            t.cents += centsOf(c);
            if (c.status == u"error"_s || c.status == u"timeout"_s)
                t.failedCents += centsOf(c);
        }

        const Result<CostReport> report = CostService(m_db->connectionName()).between(m_from, m_to, by);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->rows.size(), qsizetype(expected.size()));
        QVERIFY(report->totalCents() > 0);
        for (qsizetype i = 0; i < report->rows.size(); ++i) {
            const CostRow &row = report->rows.at(i);
            QVERIFY2(expected.count(row.key), qPrintable(u"unexpected key "_s + row.key));
            const Totals got{row.calls, row.tokens, row.costCents, row.failedCostCents};
            QVERIFY2(got == expected.at(row.key), qPrintable(u"%1: got %2, expected %3"_s.arg(row.key, text(got), text(expected.at(row.key)))));
            if (i == 0)
                continue;
            const CostRow &before = report->rows.at(i - 1);
            if (by == u"day"_s)
                QVERIFY(before.key < row.key); // oldest first
            else
                QVERIFY(before.costCents > row.costCents || (before.costCents == row.costCents && before.key < row.key));
        }
    }

    void badRequestsAreRefusedWithAReason()
    {
        CostService costs(m_db->connectionName());
        const Result<CostReport> unknown = costs.between(m_from, m_to, u"provider; DROP TABLE users"_s);
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.error().contains(u"day, model, task, plan, user"_s), qPrintable(unknown.error()));
        const Result<CostReport> backwards = costs.between(m_to, m_from, u"day"_s);
        QVERIFY(!backwards.ok());
        QVERIFY2(backwards.error().contains(u"no later than"_s), qPrintable(backwards.error()));
        QVERIFY(!costs.lastDays(0, u"day"_s).ok());
    }

    // The JSON contract: {"from", "to", "by", "rows": [{"key", "calls", "tokens", "cost_usd",
    // "failed_cost_usd"}]}, --days N = the N UTC days ending today.
    void quotactlCostsJson()
    {
        const int user = m_data->addUser();
        QVERIFY2(m_data->ok(), qPrintable(m_data->error()));
        QCOMPARE(m_db->exec(u"INSERT INTO ai_provider_usage_logs (user_id, provider_config_id, task_type, total_tokens, estimated_cost_usd, status, created_at) "
                            "SELECT ?, min(id), 'extraction', 10, 1234, 'error', quotadesk.utc_now() FROM ai_provider_configs"_s,
                            {user}),
                 QString());
        const QString today = m_db->scalar(u"SELECT to_char(quotadesk.utc_now(), 'YYYY-MM-DD')"_s).toString();
        const QuotactlRun run = quotactl({u"--json"_s, u"costs"_s, u"--days"_s, u"3"_s, u"--by"_s, u"user"_s}, m_db->conninfo());
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(u"to"_s).toString(), today);
        QCOMPARE(json.value(u"from"_s).toString(), QDate::fromString(today, Qt::ISODate).addDays(-2).toString(Qt::ISODate));
        QCOMPARE(json.value(u"by"_s).toString(), u"user"_s);
        const QJsonArray rows = json.value(u"rows"_s).toArray();
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.at(0).toObject();
        QCOMPARE(row.keys(), (QStringList{u"calls"_s, u"cost_usd"_s, u"failed_cost_usd"_s, u"key"_s, u"tokens"_s}));
        QCOMPARE(row.value(u"key"_s).toString(), QString::number(user));
        QCOMPARE(row.value(u"calls"_s).toInteger(), 1);
        QCOMPARE(row.value(u"tokens"_s).toInteger(), 10);
        QCOMPARE(row.value(u"cost_usd"_s).toDouble(), 12.34);
        QCOMPARE(row.value(u"failed_cost_usd"_s).toDouble(), 12.34);

        const QuotactlRun days = quotactl({u"--json"_s, u"costs"_s, u"--days"_s, u"7"_s}, m_db->conninfo());
        QCOMPARE(days.exitCode, 0);
        const QJsonArray perDay = QJsonDocument::fromJson(days.out.toUtf8()).object().value(u"rows"_s).toArray();
        QCOMPARE(perDay.size(), 7);
        QCOMPARE(perDay.last().toObject().value(u"key"_s).toString(), today);
        QCOMPARE(perDay.last().toObject().value(u"cost_usd"_s).toDouble(), 12.34);

        const QuotactlRun table = quotactl({u"costs"_s, u"--days"_s, u"1"_s, u"--by"_s, u"model"_s}, m_db->conninfo());
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains(u"gemini/gemini-pro"_s) && table.out.contains(u"$12.34"_s), qPrintable(table.out));

        const QuotactlRun bad = quotactl({u"costs"_s, u"--by"_s, u"week"_s}, m_db->conninfo());
        QVERIFY(bad.exitCode != 0);
        QVERIFY2(bad.err.contains(u"--by"_s), qPrintable(bad.err));
    }
};

QTEST_GUILESS_MAIN(TestCosts)
#include "tst_costs.moc"
