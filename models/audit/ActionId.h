#pragma once

#include <QString>
#include <QUuid>

/// Every admin action carries an id (a UUID). The database records it under a unique key
/// in the transaction that acts: a retry with the same id acts not again and returns the
/// first outcome. quotactl takes one with --action-id; the dashboard makes one per
/// confirmed click.
namespace ActionId {

/// `id`, or a fresh one when `id` is null.
inline QUuid orFresh(const QUuid &id)
{
    return id.isNull() ? QUuid::createUuid() : id;
}

/// As a `?::uuid` query parameter and as printed: no braces.
inline QString text(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace ActionId
