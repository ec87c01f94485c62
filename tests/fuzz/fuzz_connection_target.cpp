// The connection-target parser (DatabaseConnector over libpq's PQconninfoParse): a URI,
// key=value pairs or a database name, as typed into --database or the connect dialog.
#include <cstddef>
#include <cstdint>

#include "FuzzCheck.h"
#include "db/DatabaseConnector.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    const QString target = QString::fromUtf8(reinterpret_cast<const char *>(bytes), qsizetype(size));
    const QString described = DatabaseConnector::describe(target);
    const QString identity = DatabaseConnector::identity(target);
    const bool hadPassword = DatabaseConnector::hasPassword(target);
    if (identity.isEmpty()) { // unparsable: nothing to say, and open() reports why
        fuzzCheck(!hadPassword && described == DatabaseConnector::tr("(invalid connection string)"), "an unparsable target has no parts");
        fuzzCheck(DatabaseConnector::withPassword(target, QStringLiteral("x")) == target, "an unparsable target is returned unchanged");
        return 0;
    }

    // The password added for a session goes in, quoted so that every other setting keeps
    // its value: the target with it reads as the same target, with that password.
    const QString password = QStringLiteral("s3 'cret\\");
    const QString withPassword = DatabaseConnector::withPassword(target, password);
    fuzzCheck(DatabaseConnector::hasPassword(withPassword), "withPassword() carries the password", withPassword);
    fuzzCheck(DatabaseConnector::describe(withPassword) == described, "withPassword() keeps every other setting",
              described + QStringLiteral("\n") + DatabaseConnector::describe(withPassword));
    fuzzCheck(DatabaseConnector::identity(withPassword) == identity, "withPassword() keeps who logs in where");
    return 0;
}
