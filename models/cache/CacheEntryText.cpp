#include "cache/CacheEntryText.h"

#include <QJsonArray>
#include <QJsonObject>

#include "cache/CacheTypes.h"

QString CacheEntryText::data(const CacheEntry &entry)
{
    if (!entry.dataIsJson)
        return entry.data;
    const QJsonValue value = entry.dataValue();
    if (value.isString())
        return value.toString();
    return json(value, QJsonDocument::Indented);
}

QString CacheEntryText::json(const QJsonValue &value, QJsonDocument::JsonFormat format)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(format)).trimmed();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(format)).trimmed();
    // A scalar: its JSON encoding, from a one-element array.
    const QString wrapped = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    return wrapped.mid(1, wrapped.size() - 2);
}
