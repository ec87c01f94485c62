#pragma once

#include <QString>
#include <QStringList>

/// Splits an SQL script into statements, respecting quotes, comments and $tag$ bodies.
/// QPSQL reports only some errors of a multi-statement exec, so migrations run one
/// statement at a time.
namespace SqlScript {
QStringList split(const QString &script);
}
