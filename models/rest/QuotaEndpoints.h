#pragma once

#include <QCoreApplication>

#include "rest/RestRouter.h"

class RestMetrics;

/// The quota endpoints, each one handler over the core's QuotaService (the rules stay
/// there and in the database): status, limits, check, and the admin reset.
class QuotaEndpoints final
{
    Q_DECLARE_TR_FUNCTIONS(QuotaEndpoints)

public:
    static void addTo(RestRouter &router, RestMetrics &metrics);

private:
    static RestResponse status(const RestContext &context);
    static RestResponse limits(const RestContext &context);
    static RestResponse check(const RestContext &context, RestMetrics &metrics);
    static RestResponse reset(const RestContext &context);
};
