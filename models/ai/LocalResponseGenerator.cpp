#include "ai/LocalResponseGenerator.h"

#include <QCryptographicHash>

GeneratedResponse LocalResponseGenerator::generate(const QString &task, const QString &prompt)
{
    GeneratedResponse response;
    response.providerType = QStringLiteral("local");
    response.modelName = QStringLiteral("quotadesk-local-1");

    const QByteArray digest = QCryptographicHash::hash((task + u'\n' + prompt).toUtf8(), QCryptographicHash::Sha256);
    const auto byte = [&digest](int i) { return static_cast<unsigned char>(digest.at(i)); };

    // Roughly 4 characters a token, as the usual tokenizers.
    response.inputTokens = static_cast<int>(prompt.size() / 4) + 40;
    response.outputTokens = 200 + (byte(0) << 2) + byte(1); // 200..1475
    response.latencyMs = 300 + byte(2) * 8;
    response.costCents = std::max(1, (response.inputTokens + response.outputTokens * 3) / 2000);

    if (prompt.contains(QLatin1String("[fail]"))) {
        response.ok = false;
        response.status = QStringLiteral("error");
        response.errorMessage = QStringLiteral("provider returned HTTP 500");
        response.outputTokens = 0;
        return response;
    }
    if (prompt.contains(QLatin1String("[timeout]"))) {
        response.ok = false;
        response.status = QStringLiteral("timeout");
        response.errorMessage = QStringLiteral("provider did not answer in 30 s");
        response.outputTokens = 0;
        response.latencyMs = 30000;
        return response;
    }
    response.text = QStringLiteral("[%1 · %2] Draft for: %3").arg(task, QString::fromLatin1(digest.toHex().left(8)), prompt.left(120));
    return response;
}
