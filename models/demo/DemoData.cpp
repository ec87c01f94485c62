#include "demo/DemoData.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "cache/CacheService.h"
#include "cache/PromptSet.h"
#include "db/SqlError.h"
#include "db/SqlTime.h"
#include "demo/DemoMarker.h"
#include "users/UserLookup.h"

Result<QJsonObject> DemoData::generate(const QString &connectionName, const Options &options)
{
    if (const Status demo = DemoMarker::require(connectionName); !demo)
        return Result<QJsonObject>::failure(demo.error());
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    QFile script(QStringLiteral(":/demo/demo_data.sql"));
    if (!script.open(QIODevice::ReadOnly))
        return Result<QJsonObject>::failure(tr("The demo data script is missing from this build."));

    QSqlQuery query(db);
    if (!query.exec(QString::fromUtf8(script.readAll())))
        return Result<QJsonObject>::failure(SqlError::message(query));

    if (!db.transaction())
        return Result<QJsonObject>::failure(SqlError::message(db));
    query.prepare(QStringLiteral("SELECT pg_temp.quotadesk_demo_data(?, ?, ?, ?::timestamp, ?)::text"));
    query.addBindValue(options.users);
    query.addBindValue(options.days);
    query.addBindValue(options.seed);
    query.addBindValue(SqlTime::bind(options.at));
    query.addBindValue(staffEmail());
    if (!query.exec() || !query.next()) {
        const QString why = SqlError::message(query);
        query = QSqlQuery();
        db.rollback();
        return Result<QJsonObject>::failure(why);
    }
    QJsonObject counts = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    query = QSqlQuery();
    if (!db.commit())
        return Result<QJsonObject>::failure(SqlError::message(db));

    // System prompts go in the way staff put them there: an audited warm-up.
    const Result<UserRef> admin = UserLookup(connectionName).findStaff(staffEmail());
    if (!admin)
        return Result<QJsonObject>::failure(admin.error());
    const Result<QJsonObject> prompts = PromptSet::load(QString());
    if (!prompts)
        return Result<QJsonObject>::failure(prompts.error());
    const CacheService cache(connectionName);
    const auto warmed = cache.warmup(admin->id, prompts.value());
    if (!warmed)
        return Result<QJsonObject>::failure(warmed.error());
    counts.insert(QStringLiteral("system_prompts"), warmed->inserted + warmed->updated + warmed->unchanged);
    return counts;
}
