// The warm-up's prompts-file loader (PromptSet::parse): any bytes give a prompt set that
// passes the same checks as before a warm-up, or one message naming the file.
#include <cstddef>
#include <cstdint>

#include <QByteArray>

#include "FuzzCheck.h"
#include "cache/PromptSet.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    const QString file = QStringLiteral("prompts.json");
    const Result<QJsonObject> prompts =
        PromptSet::parse(QByteArray::fromRawData(reinterpret_cast<const char *>(bytes), qsizetype(size)), file);
    if (prompts.ok()) {
        fuzzCheck(!prompts->isEmpty(), "a loaded prompt set is not empty");
        fuzzCheck(PromptSet::validate(*prompts).isEmpty(), "a loaded prompt set passes validate()", PromptSet::validate(*prompts));
        return 0;
    }
    fuzzCheck(!prompts.error().isEmpty(), "a refusal says why");
    fuzzCheck(prompts.error().contains(file), "a refusal names the file", prompts.error());
    fuzzCheck(!prompts.error().contains(u'\n'), "a refusal is one line", prompts.error());
    return 0;
}
