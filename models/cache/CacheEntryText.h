#pragma once

#include <QJsonDocument>
#include <QJsonValue>
#include <QString>

struct CacheEntry;

/// How the Cache page writes an entry's stored JSON as text. Pure: no widgets, no
/// database, so that it can be tested and fuzzed on its own (tests/fuzz).
class CacheEntryText final
{
public:
    /// What the data pane shows for an entry: indented JSON for an object or array, the
    /// text of a JSON string, the JSON of another value, or the raw text when not JSON.
    static QString data(const CacheEntry &entry);
    /// The JSON encoding of any value, scalars included (QJsonDocument writes only
    /// objects and arrays).
    static QString json(const QJsonValue &value, QJsonDocument::JsonFormat format);
};
