#pragma once

#include <QCoreApplication>

class Invocation;

/// quotactl token create|revoke and tokens: the API tokens of quotadesk-server.
class TokenCommands final
{
    Q_DECLARE_TR_FUNCTIONS(Quotactl) // one translation context for all of quotactl

public:
    TokenCommands() = delete;

    /// token create --name N --role R [--staff S]; token revoke NAME.
    static int token(Invocation &run);
    static int tokens(Invocation &run);

private:
    static int create(Invocation &run);
    static int revoke(Invocation &run, const QString &name);
};
