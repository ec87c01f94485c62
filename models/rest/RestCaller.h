#pragma once

#include <optional>

#include <QString>

#include "quota/QuotaTypes.h"

/// Who made a request, once authenticated: an app user (their JWT; staff when their users
/// row has admin rights) or a service or script (an API token with its role).
struct RestCaller
{
    enum class Kind {
        User,    ///< a JWT: sees only their own quota; staffId set when the account is staff
        Service, ///< an API token for an AI backend: any user's quota, no admin actions
        Viewer,  ///< an API token that reads: any user's quota, no admin actions
        Admin,   ///< an API token that acts: as its staff account (staffId), if it names one
    };

    Kind kind = Kind::User;
    QString name;               ///< for the request log: "user:42", "token:backend"
    std::optional<int> userId;  ///< Kind::User: the user themselves
    std::optional<int> staffId; ///< the staff account admin actions are taken as
    /// Kind::User on a route that reads its caller's status: the user's status, read with
    /// their account (one round trip instead of two on the quota check's hot path).
    std::optional<QuotaStatus> ownStatus;

    bool isStaff() const { return staffId.has_value(); }
    /// May ask about another user's quota (?user_id=, "user_id" in a body).
    bool mayNameUsers() const { return kind != Kind::User || isStaff(); }
    /// May take admin actions: staff users, and admin tokens naming a staff account.
    bool mayAct() const { return isStaff() && (kind == Kind::User || kind == Kind::Admin); }
};
