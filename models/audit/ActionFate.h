#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>
#include <QUuid>

#include "audit/AdminActions.h"

/// What became of an admin action whose connection broke before its reply came: the
/// database is asked again, on a new connection, by the action's id — never guessed, and
/// the action is never replayed.
struct ActionFate
{
    enum class Kind {
        Applied,    ///< the database recorded it (for a clean-up: at least one batch)
        NotApplied, ///< the database has no trace of it, and no transaction of it is still open
        Unknown,    ///< the database could not be reached (or asked) in time
    };

    Kind kind = Kind::Unknown;
    QUuid actionId;
    std::optional<ActionRecord> record; ///< when Applied
    QString why;                        ///< when Unknown: what failed

    /// One line for people: "applied", "not applied" or "unknown: check action <id>".
    QString message() const;
};

class ActionFates final
{
    Q_DECLARE_TR_FUNCTIONS(ActionFates)

public:
    /// Asks, on a new connection with the settings of `connectionName` (whose own
    /// connection is left alone: its worker reconnects by itself), whether `actionId` was
    /// applied. Tries to connect for up to `patienceMs`, then waits up to as long for a
    /// transaction of the action that is still open (it commits or rolls back).
    static ActionFate settle(const QString &connectionName, const QUuid &actionId, int patienceMs = 15000);
};
