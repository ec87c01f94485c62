#pragma once

#include "ai/ResponseGenerator.h"

/// Deterministic, offline: the same task and prompt always give the same answer and
/// token counts. Fails (status "error"/"timeout") for prompts that ask it to, so the
/// error paths can be exercised.
class LocalResponseGenerator final : public ResponseGenerator
{
public:
    GeneratedResponse generate(const QString &task, const QString &prompt) override;
};
