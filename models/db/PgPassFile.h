#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "common/Result.h"

/// libpq's password file (~/.pgpass, or $PGPASSFILE), written only when the user asks.
/// The file is never readable by others, not even for a moment: the new version is a
/// QSaveFile made 0600 before its first byte, then renamed over the old one.
class PgPassFile final
{
    Q_DECLARE_TR_FUNCTIONS(PgPassFile)

public:
    PgPassFile() = delete;

    struct Entry
    {
        QString host; // empty = localhost
        int port = 5432;
        QString database; // empty = any (*)
        QString user;
        QString password;
    };

    /// $PGPASSFILE when set, else ~/.pgpass.
    static QString path();
    /// A field as libpq reads it back: `\` and `:` escaped with a backslash.
    static QString escapeField(const QString &value);
    /// The fields of one line, unescaped (libpq's reading).
    static QStringList splitLine(const QString &line);
    /// Stores `entry` in path(): an existing line for the same host:port:database:user is
    /// replaced, every other line (comments included) kept as it was.
    static Status store(const Entry &entry);
    /// The same, in the file at `path`.
    static Status store(const QString &path, const Entry &entry);
};
