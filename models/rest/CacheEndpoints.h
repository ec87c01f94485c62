#pragma once

#include <QCoreApplication>

#include "rest/RestRouter.h"

/// The cache endpoints, each one handler over the core's CacheService: statistics,
/// deleting a key's entries, and the admin warm-up and clean-up.
class CacheEndpoints final
{
    Q_DECLARE_TR_FUNCTIONS(CacheEndpoints)

public:
    static void addTo(RestRouter &router);

private:
    static RestResponse stats(const RestContext &context);
    static RestResponse remove(const RestContext &context);
    static RestResponse warmup(const RestContext &context);
    static RestResponse cleanup(const RestContext &context);
};
