#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include "common/Result.h"
#include "quota/QuotaService.h"

class ResponseGenerator;

/// The result of generate_cached: the seed's {response, cached, cost_saved_usd,
/// cache_created_at}, or a quota refusal (the REST layer turns that into HTTP 429).
struct GenerationResult
{
    bool refused = false;
    QuotaDecision decision; // the quota check that let it through, or refused it
    QString response;
    bool cached = false;
    double costSavedUsd = 0.0;
    QDateTime cacheCreatedAt; // invalid when nothing is cached (free plans)
    QString cacheKey;
    QJsonObject toJson() const;
};

/// The seed's generate_cached flow: check quota → cache lookup → on a miss call the
/// generator → log the usage row → store in cache → return.
class Orchestrator final
{
    Q_DECLARE_TR_FUNCTIONS(Orchestrator)
    Q_DISABLE_COPY_MOVE(Orchestrator)

public:
    explicit Orchestrator(QString connectionName, ResponseGenerator &generator)
        : m_connectionName(std::move(connectionName)), m_generator(generator) {}

    /// `cacheKey` empty → "<task>_<hash(prompt)>". `at` invalid → now.
    Result<GenerationResult> generateCached(int userId, const QString &task, const QString &prompt,
                                            const QString &cacheKey = {}, const QDateTime &at = {});

    /// Which cache type a task's answers go to.
    static QString cacheTypeForTask(const QString &task);

private:
    Result<int> providerConfigId(const QString &providerType, const QString &modelName);
    Result<double> savedPerHit(const QString &cacheType);
    Status logUsage(int userId, const QString &task, const struct GeneratedResponse &response, const QDateTime &at);

    QString m_connectionName;
    ResponseGenerator &m_generator;
    int m_providerConfigId = 0;
    QHash<QString, double> m_savedPerHit;
};
