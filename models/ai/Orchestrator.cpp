#include "ai/Orchestrator.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "ai/ResponseGenerator.h"
#include "cache/CacheService.h"
#include "db/SqlError.h"
#include "db/SqlTime.h"

QJsonObject GenerationResult::toJson() const
{
    QJsonObject json;
    if (refused) {
        json.insert(QStringLiteral("refused"), true);
        json.insert(QStringLiteral("reason"), decision.reason);
        json.insert(QStringLiteral("detail"), decision.message);
        json.insert(QStringLiteral("quota"), decision.status.toJson());
        return json;
    }
    json.insert(QStringLiteral("response"), response);
    json.insert(QStringLiteral("cached"), cached);
    json.insert(QStringLiteral("cost_saved_usd"), costSavedUsd);
    json.insert(QStringLiteral("cache_created_at"), cacheCreatedAt.isValid() ? QJsonValue(SqlTime::toIso(cacheCreatedAt)) : QJsonValue());
    return json;
}

QString Orchestrator::cacheTypeForTask(const QString &task)
{
    if (task == QLatin1String("extraction"))
        return QStringLiteral("extraction");
    if (task == QLatin1String("cv_draft") || task == QLatin1String("cover_letter"))
        return QStringLiteral("content");
    return QStringLiteral("session");
}

Result<int> Orchestrator::providerConfigId(const QString &providerType, const QString &modelName)
{
    if (m_providerConfigId > 0)
        return m_providerConfigId;
    // Usage rows need a provider config; the local generator registers itself once.
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral(
        "WITH found AS (SELECT id FROM public.ai_provider_configs WHERE provider_type = ? AND model_name = ? ORDER BY id LIMIT 1),"
        "     made AS (INSERT INTO public.ai_provider_configs (provider_type, model_name, display_name, created_at)"
        "              SELECT ?, ?, ?, quotadesk.utc_now() WHERE NOT EXISTS (SELECT 1 FROM found) RETURNING id) "
        "SELECT id FROM found UNION ALL SELECT id FROM made"));
    query.addBindValue(providerType);
    query.addBindValue(modelName);
    query.addBindValue(providerType);
    query.addBindValue(modelName);
    query.addBindValue(tr("Quotadesk local generator"));
    if (!query.exec() || !query.next())
        return Result<int>::failure(SqlError::message(query));
    m_providerConfigId = query.value(0).toInt();
    return m_providerConfigId;
}

Result<double> Orchestrator::savedPerHit(const QString &cacheType)
{
    if (!m_savedPerHit.contains(cacheType)) {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(QStringLiteral("SELECT coalesce((SELECT saved_usd FROM quotadesk.cache_hit_savings WHERE cache_type = ?), 0)::float8"));
        query.addBindValue(cacheType);
        if (!query.exec() || !query.next())
            return Result<double>::failure(SqlError::message(query));
        m_savedPerHit.insert(cacheType, query.value(0).toDouble());
    }
    return m_savedPerHit.value(cacheType);
}

Status Orchestrator::logUsage(int userId, const QString &task, const GeneratedResponse &response, const QDateTime &at)
{
    const Result<int> provider = providerConfigId(response.providerType, response.modelName);
    if (!provider)
        return Status::failure(provider.error());
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral(
        "INSERT INTO public.ai_provider_usage_logs (user_id, provider_config_id, task_type, input_tokens, output_tokens,"
        "  total_tokens, estimated_cost_usd, status, error_message, latency_ms, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::timestamp)"));
    query.addBindValue(userId);
    query.addBindValue(provider.value());
    query.addBindValue(task.left(50));
    query.addBindValue(response.inputTokens);
    query.addBindValue(response.outputTokens);
    query.addBindValue(response.inputTokens + response.outputTokens);
    query.addBindValue(response.costCents);
    query.addBindValue(response.status);
    query.addBindValue(response.errorMessage.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(response.errorMessage));
    query.addBindValue(response.latencyMs);
    query.addBindValue(SqlTime::bind(at));
    if (!query.exec())
        return Status::failure(SqlError::message(query));
    return {};
}

Result<GenerationResult> Orchestrator::generateCached(int userId, const QString &task, const QString &prompt,
                                                      const QString &cacheKey, const QDateTime &at)
{
    const QDateTime when = at.isValid() ? at.toUTC() : SqlTime::nowUtc();
    GenerationResult result;

    const Result<QuotaDecision> decision = QuotaService(m_connectionName).check(userId, task, std::nullopt, when);
    if (!decision)
        return Result<GenerationResult>::failure(decision.error());
    result.decision = decision.value();
    if (!decision->allowed) {
        result.refused = true;
        return result;
    }

    const CacheService cache(m_connectionName);
    const QString type = cacheTypeForTask(task);
    result.cacheKey = cacheKey.isEmpty() ? task + u'_' + CacheService::hash(prompt) : cacheKey;
    const auto hit = cache.get(result.cacheKey, type, userId, when);
    if (!hit)
        return Result<GenerationResult>::failure(hit.error());
    if (hit->has_value()) {
        const CacheEntry &entry = **hit;
        const QJsonObject stored = QJsonDocument::fromJson(entry.data.toUtf8()).object();
        result.response = stored.contains(QStringLiteral("response")) ? stored.value(QStringLiteral("response")).toString() : entry.data;
        result.cached = true;
        const Result<double> saved = savedPerHit(type);
        if (!saved)
            return Result<GenerationResult>::failure(saved.error());
        result.costSavedUsd = saved.value();
        result.cacheCreatedAt = entry.createdAt;
        return result;
    }

    const GeneratedResponse generated = m_generator.generate(task, prompt);
    // Failed calls are logged too: they count against the hourly call limit.
    const Status logged = logUsage(userId, task, generated, when);
    if (!logged)
        return Result<GenerationResult>::failure(logged.error());
    if (!generated.ok)
        return Result<GenerationResult>::failure(tr("The AI provider failed (%1): %2").arg(generated.status, generated.errorMessage));

    const QJsonObject data{{QStringLiteral("response"), generated.text},
                           {QStringLiteral("task"), task},
                           {QStringLiteral("model"), generated.modelName}};
    const QJsonObject metadata{{QStringLiteral("input_tokens"), generated.inputTokens},
                               {QStringLiteral("output_tokens"), generated.outputTokens},
                               {QStringLiteral("provider"), generated.providerType}};
    const auto stored = cache.set(result.cacheKey, type, userId, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)), metadata, when);
    if (!stored)
        return Result<GenerationResult>::failure(stored.error());
    result.response = generated.text;
    if (stored->stored) // the database keeps whole seconds of it, as iso() reports them
        result.cacheCreatedAt = when.addMSecs(-when.time().msec());
    return result;
}
