#pragma once
// Users, plans and subscriptions for the test suites: the one place in tests/support that
// writes them. CacheTestData.h and QuotaTestData.h pick their own names and prices and
// call these. Errors read "<database error> in: <sql>".

#include <QString>

#include "common/Result.h"

class TestDatabase;

namespace TestUsers {

struct NewUser
{
    QString email;
    QString fullName;
    QString referralCode; ///< at most 8 characters, unique
    QString role = QStringLiteral("candidate");
    bool isAdmin = false;
    bool isActive = true;
};

/// A plan of the upstream plan_type_enum (freemium, paygo, pro, annual).
bool isUpstreamPlan(const QString &plan);

/// Adds a value to plan_type_enum, committed on its own: a new enum value cannot be used
/// in the transaction that adds it. `plan` is a test constant, never user text.
Status addPlanType(const TestDatabase &db, const QString &plan);

/// The id of the plans row of `plan` (a monthly plan at `price`, inserted when missing).
/// The enum value must exist already: a misspelt plan fails instead of being created.
Result<int> ensurePlan(const TestDatabase &db, const QString &plan, int price);

/// Inserts a user; returns its id.
Result<int> insertUser(const TestDatabase &db, const NewUser &user);

Status subscribe(const TestDatabase &db, int userId, int planId, const QString &status = QStringLiteral("active"));

} // namespace TestUsers
