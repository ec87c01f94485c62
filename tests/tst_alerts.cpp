// Budgets and alerts (migration 0023, quotactl budget and alerts): budgets set by admins
// only, audited, one action id acting once; alerts listed with cron's exit codes; each new
// alert delivered to a webhook receiver on loopback exactly once, and none marked sent
// when the receiver refuses.
#include <atomic>
#include <mutex>
#include <thread>

#include <httplib.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

#include "QuotaTestData.h"
#include "QuotactlProcess.h"
#include "TestDatabase.h"
#include "TestLogins.h"
#include "costs/Budgets.h"

using namespace Qt::StringLiterals;

namespace {

// A webhook on loopback: keeps every body it is sent; answers `status`.
class WebhookReceiver final
{
public:
    WebhookReceiver()
    {
        m_server.Post("/hook", [this](const httplib::Request &req, httplib::Response &res) {
            std::lock_guard lock(m_mutex);
            m_bodies << QByteArray::fromStdString(req.body);
            res.status = m_status;
        });
        m_port = m_server.bind_to_any_port("127.0.0.1");
        m_thread = std::thread([this] { m_server.listen_after_bind(); });
    }
    ~WebhookReceiver()
    {
        m_server.stop();
        m_thread.join();
    }
    QString url() const { return u"http://127.0.0.1:%1/hook"_s.arg(m_port); }
    QList<QByteArray> bodies()
    {
        std::lock_guard lock(m_mutex);
        return m_bodies;
    }
    void answer(int status) { m_status = status; }

private:
    httplib::Server m_server;
    std::thread m_thread;
    std::mutex m_mutex;
    QList<QByteArray> m_bodies;
    std::atomic_int m_status{200};
    int m_port = 0;
};

} // namespace

class TestAlerts final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QuotaTestData> m_data;
    std::unique_ptr<TestLogins> m_logins;
    int m_staff = 0;
    int m_user = 0;

    QString as(const QString &role) const { return m_logins->conninfo(role); }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        m_data = std::make_unique<QuotaTestData>(*m_db);
        m_staff = m_data->addStaff();
        m_user = m_data->addUser(); // freemium: 10,000 tokens a day
        // Over the daily quota now, and some spend this month.
        m_data->exec(u"INSERT INTO ai_provider_usage_logs (user_id, provider_config_id, task_type, total_tokens, estimated_cost_usd, status, created_at) "
                     "SELECT ?, (SELECT max(id) FROM ai_provider_configs), 'extraction', 10500, 2500, 'success', quotadesk.utc_now() - interval '1 second'"_s,
                     {m_user});
        QVERIFY2(m_data->ok(), qPrintable(m_data->error()));
        m_logins = std::make_unique<TestLogins>(*m_db, u"alr"_s);
        for (const QString &role : {u"admin"_s, u"viewer"_s})
            QCOMPARE(m_logins->add(role, {role}, m_staff), QString());
    }

    void cleanupTestCase()
    {
        m_logins.reset();
        m_data.reset();
        m_db.reset();
    }

    void dollarsAreReadExactly()
    {
        QCOMPARE(BudgetService::centsFromDollars(u"15000"_s), std::optional<qint64>(1500000));
        QCOMPARE(BudgetService::centsFromDollars(u"$15,000.5"_s), std::optional<qint64>(1500050));
        QCOMPARE(BudgetService::centsFromDollars(u"0.01"_s), std::optional<qint64>(1));
        for (const QString &bad : {u"0"_s, u"-5"_s, u"1.234"_s, u"1,23"_s, u"ten"_s, u""_s, u"1e9"_s})
            QVERIFY2(!BudgetService::centsFromDollars(bad), qPrintable(bad));
    }

    void budgetsAreForAdminsAndAudited()
    {
        const QuotactlRun refused = quotactl({u"budget"_s, u"set"_s, u"100"_s}, as(u"viewer"_s));
        QCOMPARE(refused.exitCode, 4); // not permitted: the database refuses the viewer
        QCOMPARE(m_db->scalar(u"SELECT count(*) FROM quotadesk.cost_budgets"_s).toInt(), 0);

        const QString action = QUuid::createUuid().toString(QUuid::WithoutBraces);
        for (int i = 0; i < 2; ++i) { // the same action id twice acts once
            const QuotactlRun set = quotactl({u"budget"_s, u"set"_s, u"20.00"_s, u"--action-id"_s, action}, as(u"admin"_s));
            QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        }
        QCOMPARE(m_db->scalar(u"SELECT cents FROM quotadesk.cost_budgets WHERE scope = 'all'"_s).toLongLong(), 2000);
        QCOMPARE(m_db->scalar(u"SELECT count(*) FROM admin_action_logs WHERE action = 'cost.budget'"_s).toInt(), 1);
        QCOMPARE(m_db->scalar(u"SELECT details->>'after_cents' FROM admin_action_logs WHERE action = 'cost.budget'"_s).toString(), u"2000"_s);

        const QuotactlRun unknownPlan = quotactl({u"budget"_s, u"set"_s, u"5"_s, u"--plan"_s, u"platinum"_s}, as(u"admin"_s));
        QVERIFY(unknownPlan.exitCode != 0);
        QVERIFY2(unknownPlan.err.contains(u"platinum"_s), qPrintable(unknownPlan.err));

        const QuotactlRun listed = quotactl({u"--json"_s, u"budget"_s}, as(u"viewer"_s));
        QCOMPARE(listed.exitCode, 0);
        const QJsonObject all = QJsonDocument::fromJson(listed.out.toUtf8()).array().at(0).toObject();
        QCOMPARE(all.value(u"scope"_s).toString(), u"all"_s);
        QCOMPARE(all.value(u"budget_usd"_s).toDouble(), 20.0);
        QCOMPARE(all.value(u"month_to_date_usd"_s).toDouble(), 25.0);
        QVERIFY(all.value(u"projected_usd"_s).toDouble() >= 25.0);
    }

    void alertsExitOneWhenSomeAreActive()
    {
        const QuotactlRun run = quotactl({u"--json"_s, u"alerts"_s}, as(u"viewer"_s));
        QCOMPARE(run.exitCode, 1);
        QStringList kinds;
        for (const QJsonValue &v : QJsonDocument::fromJson(run.out.toUtf8()).array())
            kinds << v.toObject().value(u"kind"_s).toString();
        QVERIFY2(kinds.contains(u"budget"_s) && kinds.contains(u"user_exceeded"_s), qPrintable(kinds.join(u' ')));
    }

    void eachNewAlertReachesTheWebhookOnce()
    {
        WebhookReceiver receiver;
        receiver.answer(500); // refused: nothing is marked sent
        const QuotactlRun refused = quotactl({u"alerts"_s, u"--webhook"_s, receiver.url()}, as(u"viewer"_s));
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(receiver.bodies().size(), 1);
        QCOMPARE(m_db->scalar(u"SELECT count(*) FROM quotadesk.alert_deliveries"_s).toInt(), 0);

        receiver.answer(200);
        const QuotactlRun first = quotactl({u"alerts"_s, u"--webhook"_s, receiver.url()}, as(u"viewer"_s));
        QCOMPARE(first.exitCode, 1); // alerts are active
        const QList<QByteArray> bodies = receiver.bodies().mid(1);
        QCOMPARE(bodies.size(), 2); // the budget, and the user at exceeded
        QStringList texts;
        for (const QByteArray &body : bodies)
            texts << QJsonDocument::fromJson(body).object().value(u"text"_s).toString();
        QVERIFY2(texts.join(u'\n').contains(u"over the budget of $20.00"_s), qPrintable(texts.join(u'\n')));
        QVERIFY2(texts.join(u'\n').contains(u"105 % of the daily quota"_s), qPrintable(texts.join(u'\n')));

        const QuotactlRun again = quotactl({u"alerts"_s, u"--webhook"_s, receiver.url()}, as(u"viewer"_s));
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(receiver.bodies().size(), 3); // nothing new: nothing sent
        QVERIFY2(again.out.contains(u"0 new alerts sent"_s), qPrintable(again.out));

        const QuotactlRun badUrl = quotactl({u"alerts"_s, u"--webhook"_s, u"ftp://example.com/x"_s}, as(u"viewer"_s));
        QCOMPARE(badUrl.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestAlerts)
#include "tst_alerts.moc"
