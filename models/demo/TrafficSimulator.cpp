#include "demo/TrafficSimulator.h"

#include <cmath>

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "db/SqlError.h"
#include "demo/DemoMarker.h"

QJsonObject TrafficSimulator::Tally::toJson() const
{
    QJsonObject byReason;
    for (auto it = refusals.cbegin(); it != refusals.cend(); ++it)
        byReason.insert(it.key(), it.value());
    return {{QStringLiteral("requests"), requests}, {QStringLiteral("cache_hits"), hits},
            {QStringLiteral("cache_misses"), misses}, {QStringLiteral("refused"), refused},
            {QStringLiteral("errors"), errors}, {QStringLiteral("refusals"), byReason}};
}

TrafficSimulator::TrafficSimulator(QString connectionName, ResponseGenerator &generator, quint32 seed)
    : m_connectionName(std::move(connectionName)), m_orchestrator(m_connectionName, generator), m_random(seed)
{
}

Status TrafficSimulator::prepare()
{
    if (const Status demo = DemoMarker::require(m_connectionName); !demo)
        return demo;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("SELECT id FROM public.users WHERE is_active AND NOT quotadesk.is_staff(is_admin, role::text) ORDER BY id")))
        return Status::failure(SqlError::message(query));
    m_users.clear();
    while (query.next())
        m_users << query.value(0).toInt();
    if (m_users.isEmpty())
        return Status::failure(tr("There are no active customer accounts to simulate: load some with `quotactl demo-data`."));
    // One user in twenty is heavy and sends a third of the traffic: they meet their limits.
    m_heavyUsers.clear();
    for (qsizetype i = 0; i < m_users.size(); i += 20)
        m_heavyUsers << m_users.at(i);
    return {};
}

Status TrafficSimulator::step(const QDateTime &at)
{
    if (m_users.isEmpty())
        return Status::failure(tr("The simulation has no users: call prepare() first."));
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const QList<int> &pool = unit(m_random) < 0.33 ? m_heavyUsers : m_users;
    const int user = pool.at(std::uniform_int_distribution<qsizetype>(0, pool.size() - 1)(m_random));

    static const QStringList tasks{QStringLiteral("extraction"), QStringLiteral("cv_draft"), QStringLiteral("cover_letter"),
                                   QStringLiteral("validation")};
    const QString task = tasks.at(std::uniform_int_distribution<int>(0, int(tasks.size()) - 1)(m_random));
    // Skewed: a few prompts come back again and again (hits), most are rare.
    const int topic = int(std::floor(std::pow(unit(m_random), 2.5) * 60));
    QString prompt = QStringLiteral("%1 for job posting #%2 (user %3)").arg(task).arg(topic).arg(user);
    if (unit(m_random) < 0.01)
        prompt += QStringLiteral(" [fail]");

    ++m_tally.requests;
    const Result<GenerationResult> result = m_orchestrator.generateCached(user, task, prompt, QString(), at);
    if (!result) {
        ++m_tally.errors;
        // A lost connection is the simulation's failure; a provider error is traffic.
        if (!QSqlDatabase::database(m_connectionName, false).isOpen())
            return Status::failure(result.error());
        return {};
    }
    if (result->refused) {
        ++m_tally.refused;
        ++m_tally.refusals[result->decision.reason];
    } else if (result->cached) {
        ++m_tally.hits;
    } else {
        ++m_tally.misses;
    }
    return {};
}
