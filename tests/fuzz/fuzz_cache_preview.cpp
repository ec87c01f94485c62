// The Cache page's text for an entry's data and metadata (CacheEntryText), from any bytes
// stored in cache_data / cache_metadata by another program.
#include <cstddef>
#include <cstdint>

#include "FuzzCheck.h"
#include "cache/CacheEntryText.h"
#include "cache/CacheTypes.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    CacheEntry entry;
    entry.data = QString::fromUtf8(reinterpret_cast<const char *>(bytes), qsizetype(size));
    entry.dataIsJson = CacheEntry::parseJson(entry.data).has_value();
    entry.metadata = entry.data;
    entry.metadataIsJson = entry.dataIsJson;

    const QString shown = CacheEntryText::data(entry);
    if (!entry.dataIsJson) {
        fuzzCheck(shown == entry.data, "text that is not JSON is shown as stored", shown);
        return 0;
    }
    const QJsonValue value = entry.dataValue();
    if (value.isString()) {
        fuzzCheck(shown == value.toString(), "a JSON string is shown as its text", shown);
        return 0;
    }
    // What is shown is the same JSON value again: indenting neither loses nor invents data.
    const std::optional<QJsonValue> again = CacheEntry::parseJson(shown);
    fuzzCheck(again.has_value(), "the indented JSON parses", shown);
    fuzzCheck(*again == value, "the indented JSON is the stored value", shown);

    const QString compact = CacheEntryText::json(entry.metadataValue(), QJsonDocument::Compact);
    const std::optional<QJsonValue> metadata = CacheEntry::parseJson(compact);
    fuzzCheck(metadata.has_value() && *metadata == value, "the compact metadata is the stored value", compact);
    return 0;
}
