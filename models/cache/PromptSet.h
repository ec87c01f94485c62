#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include "common/Result.h"

/// A prompts file for the system-cache warm-up: a JSON object mapping cache keys
/// (<= CacheService::MaxKeyLength characters) to non-empty prompt texts.
class PromptSet final
{
    Q_DECLARE_TR_FUNCTIONS(PromptSet)

public:
    static constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;

    /// Reads and checks a prompts file; problems name the file and, where it can be
    /// found, the line. Empty path = the bundled default set (:/prompts/default.json).
    static Result<QJsonObject> load(const QString &path);
    /// Checks the bytes of a prompts file as load() does; `file` names it in problems.
    static Result<QJsonObject> parse(const QByteArray &bytes, const QString &file);
    /// Checks a prompts object as load() does; empty string when valid.
    static QString validate(const QJsonObject &prompts);
};
