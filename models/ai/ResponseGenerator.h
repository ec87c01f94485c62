#pragma once

#include <QString>

/// What one AI provider call produced (or why it failed).
struct GeneratedResponse
{
    bool ok = true;
    QString text;
    QString status = QStringLiteral("success"); // success, error, timeout: as logged upstream
    QString errorMessage;
    int inputTokens = 0;
    int outputTokens = 0;
    int latencyMs = 0;
    int costCents = 0;
    QString providerType;
    QString modelName;
};

/// The AI provider behind the orchestrator. The built-in one is local and deterministic;
/// a real deployment would plug in a network client here.
class ResponseGenerator
{
public:
    virtual ~ResponseGenerator() = default;
    virtual GeneratedResponse generate(const QString &task, const QString &prompt) = 0;
};
