#include "demo/DemoEnvironment.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include "ai/LocalResponseGenerator.h"
#include "db/DatabaseConnector.h"
#include "db/DatabaseWorker.h"
#include "db/Migrator.h"
#include "demo/DemoData.h"
#include "demo/DemoMarker.h"
#include "demo/ThrowawayPostgres.h"
#include "demo/TrafficSimulator.h"

DemoEnvironment::DemoEnvironment(QObject *parent) : QObject(parent)
{
    connect(&m_trafficTimer, &QTimer::timeout, this, [this] {
        if (m_stepPending || !m_trafficWorker)
            return; // never pile up requests behind a slow one
        m_stepPending = true;
        m_trafficWorker->run<bool>(
            this,
            [simulator = m_simulator](const QString &) { return simulator->step().ok(); },
            [this](bool) { m_stepPending = false; });
    });
}

DemoEnvironment::~DemoEnvironment()
{
    m_trafficTimer.stop();
    delete m_trafficWorker; // its thread ends before the server goes away
    m_trafficWorker = nullptr;
    m_setupThread.quit();
    m_setupThread.wait();
    m_cluster.reset();
}

void DemoEnvironment::prepare(int users, int days)
{
    m_cluster = std::make_unique<ThrowawayPostgres>();
    ThrowawayPostgres *cluster = m_cluster.get();
    auto *job = new QObject;
    job->moveToThread(&m_setupThread);
    connect(&m_setupThread, &QThread::finished, job, &QObject::deleteLater);
    m_setupThread.start();
    QMetaObject::invokeMethod(job, [this, cluster, users, days] {
        const auto report = [this](const QString &message) { emit progress(message); };
        const auto fail = [this](const QString &message) { emit failed(message); };
        report(tr("Starting a private PostgreSQL server…"));
        if (const Status started = cluster->start(); !started)
            return fail(started.error());
        if (const Status made = cluster->execAdmin(QStringLiteral("CREATE DATABASE quotadesk_demo")); !made)
            return fail(made.error());
        const QString conninfo = cluster->conninfo(QStringLiteral("quotadesk_demo"));
        const QString connection = QStringLiteral("demo-setup");
        if (const Status opened = DatabaseConnector::open(conninfo, connection); !opened)
            return fail(opened.error());
        if (const Status marked = DemoMarker::mark(connection); !marked) {
            DatabaseConnector::close(connection);
            return fail(marked.error());
        }
        report(tr("Creating the schema…"));
        if (const auto migrated = Migrator(connection).migrate(); !migrated) {
            DatabaseConnector::close(connection);
            return fail(migrated.error());
        }
        report(tr("Loading demo data: %1 users, %2 days of usage…").arg(users).arg(days));
        DemoData::Options options;
        options.users = users;
        options.days = days;
        const auto loaded = DemoData::generate(connection, options);
        if (loaded) {
            // Statistics and visibility maps of what was just loaded, now rather than from
            // autovacuum in the demo's first minutes (which would also skew benchmarks run
            // on the demo). Not needed for correctness: a failure here is ignored.
            report(tr("Analysing the demo data…"));
            QSqlQuery(QSqlDatabase::database(connection, false)).exec(QStringLiteral("VACUUM (ANALYZE)"));
        }
        DatabaseConnector::close(connection);
        if (!loaded)
            return fail(loaded.error());
        QMetaObject::invokeMethod(this, [this, conninfo] {
            m_conninfo = conninfo;
            emit ready(conninfo);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void DemoEnvironment::startTraffic(double perSecond)
{
    if (perSecond <= 0 || m_conninfo.isEmpty()) {
        stopTraffic();
        return;
    }
    if (!m_trafficWorker) {
        m_trafficWorker = new DatabaseWorker(m_conninfo, QStringLiteral("demo-traffic"));
        m_trafficWorker->setHealthInterval(5000);
        m_trafficWorker->start();
        m_generator = std::make_shared<LocalResponseGenerator>();
        m_simulator = std::make_shared<TrafficSimulator>(m_trafficWorker->connectionName(), *m_generator, 20261124u);
        m_trafficWorker->post([simulator = m_simulator](const QString &) { simulator->prepare(); });
    }
    m_trafficTimer.start(int(1000.0 / perSecond));
}

void DemoEnvironment::stopTraffic()
{
    m_trafficTimer.stop();
}
