#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "common/Result.h"

struct UserRef
{
    int id = 0;
    QString email;
    QString fullName;
    bool isStaff = false;
    bool isActive = true;
};

/// Finds a user by id or email (the USER and STAFF arguments of every front end).
class UserLookup final
{
    Q_DECLARE_TR_FUNCTIONS(UserLookup)

public:
    explicit UserLookup(QString connectionName) : m_connectionName(std::move(connectionName)) {}

    /// `idOrEmail`: digits are an id, anything else an email (case-insensitive).
    Result<UserRef> find(const QString &idOrEmail) const;
    /// Like find(), but refuses accounts that may not take admin actions.
    Result<UserRef> findStaff(const QString &idOrEmail) const;
    /// Active staff accounts, by email: who may take admin actions.
    Result<QList<UserRef>> staffAccounts() const;

private:
    QString m_connectionName;
};
