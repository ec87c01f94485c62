#include "DemoCommands.h"

#include <algorithm>

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QThread>

#include "ai/LocalResponseGenerator.h"
#include "CommandTable.h"
#include "db/DatabaseConnector.h"
#include "db/Migrator.h"
#include "demo/DemoData.h"
#include "demo/DemoMarker.h"
#include "demo/ThrowawayPostgres.h"
#include "demo/TrafficSimulator.h"
#include "Invocation.h"

namespace {

// What DemoData::generate() loaded, for people.
QString loadedSummary(const QJsonObject &counts, qint64 milliseconds)
{
    const auto count = [&counts](const char *key) { return Invocation::count(counts.value(QLatin1String(key)).toInteger()); };
    return DemoCommands::tr("Demo data loaded in %1 s: users %2, usage rows %3, cache rows %4 (expired %5). Staff account: %6.")
        .arg(Invocation::seconds(milliseconds), count("users"), count("usage_rows"), count("cache_rows"), count("expired_cache_rows"),
             DemoData::staffEmail());
}

} // namespace

int DemoCommands::demoData(Invocation &run)
{
    const auto users = run.wholeNumber(QStringLiteral("users"));
    const auto days = run.wholeNumber(QStringLiteral("days"));
    const auto seed = run.wholeNumber(QStringLiteral("seed"));
    for (const auto *n : {&users, &days, &seed})
        if (!*n)
            return run.fail(n->error());
    const auto at = run.time(QStringLiteral("at"));
    if (!at)
        return run.fail(at.error());
    DemoData::Options options;
    options.users = int(std::min<qint64>(users.value(), 1000000));
    options.days = int(std::min<qint64>(days.value(), 10000));
    options.seed = int(seed.value() % 2147483647);
    options.at = at.value();
    QElapsedTimer timer;
    timer.start();
    const auto counts = DemoData::generate(Invocation::connection(), options);
    if (!counts)
        return run.fail(counts.error());
    if (run.json())
        run.printJson(*counts);
    else
        run.out() << loadedSummary(*counts, timer.elapsed()) << '\n';
    return ExitCode::Done;
}

int DemoCommands::simulate(Invocation &run)
{
    const auto requests = run.wholeNumber(QStringLiteral("requests"));
    const auto duration = run.wholeNumber(QStringLiteral("duration"));
    const auto rate = run.wholeNumber(QStringLiteral("rate"));
    const auto seed = run.wholeNumber(QStringLiteral("seed"));
    for (const auto *n : {&requests, &duration, &rate, &seed})
        if (!*n)
            return run.fail(n->error());
    if (requests.value() == 0 && duration.value() == 0)
        return run.fail(tr("simulate needs --requests or --duration, or it would never stop."));

    Invocation::catchInterrupts();
    LocalResponseGenerator generator;
    TrafficSimulator simulator(Invocation::connection(), generator, quint32(seed.value()));
    if (const Status ready = simulator.prepare(); !ready)
        return run.fail(ready.error());

    QDeadlineTimer deadline = duration.value() > 0 ? QDeadlineTimer(duration.value() * 1000) : QDeadlineTimer(QDeadlineTimer::Forever);
    QElapsedTimer clock;
    clock.start();
    qint64 sent = 0;
    while (!Invocation::interrupted() && !deadline.hasExpired() && (requests.value() == 0 || sent < requests.value())) {
        if (const Status stepped = simulator.step(); !stepped)
            return run.fail(stepped.error());
        ++sent;
        if (rate.value() > 0) {
            const qint64 due = sent * 1000 / rate.value();
            if (due > clock.elapsed())
                QThread::msleep(quint64(due - clock.elapsed()));
        }
    }
    const auto &t = simulator.tally();
    if (run.json())
        run.printJson(t.toJson());
    else
        run.out() << tr("Requests %1 in %2 s: cache hits %3, misses %4, refused by quota %5, provider errors %6.")
                         .arg(Invocation::count(t.requests), Invocation::seconds(clock.elapsed()), Invocation::count(t.hits),
                              Invocation::count(t.misses), Invocation::count(t.refused), Invocation::count(t.errors))
                  << '\n';
    return ExitCode::Done;
}

Status DemoCommands::openDemoDatabase(Invocation &run, ThrowawayPostgres &cluster)
{
    Invocation::catchInterrupts();
    run.err() << tr("Starting a private PostgreSQL with demo data...") << Qt::endl;
    if (const Status started = cluster.start(); !started)
        return started;
    if (const Status made = cluster.execAdmin(QStringLiteral("CREATE DATABASE quotadesk_demo")); !made)
        return made;
    if (const Status connected = DatabaseConnector::open(cluster.conninfo(QStringLiteral("quotadesk_demo")), Invocation::connection()); !connected)
        return connected;
    if (const Status marked = DemoMarker::mark(Invocation::connection()); !marked)
        return marked;
    if (const auto migrated = Migrator(Invocation::connection()).migrate(); !migrated)
        return Status::failure(migrated.error());
    QElapsedTimer timer;
    timer.start();
    const auto loaded = DemoData::generate(Invocation::connection(), DemoData::Options{});
    if (!loaded)
        return Status::failure(loaded.error());
    run.err() << loadedSummary(*loaded, timer.elapsed()) << Qt::endl;
    qputenv("QUOTADESK_STAFF", DemoData::staffEmail().toUtf8());
    return {};
}
