// Soak: `quotactl simulate` at 200 requests/s for 10 minutes against a demo database while
// the dashboard (offscreen, every page in turn) refreshes on each notification and
// clean-ups of expired cache rows run every 20 s. Prints the traffic's errors (must be 0),
// usage rows written against those the traffic reported (must be equal), the clean-ups'
// outcomes, and the worst stall of the GUI event loop (must stay at or under 100 ms).
//
//   bench_soak [--seconds 600] [--rate 200] [--clients 4] [--users 2000]
#include <algorithm>
#include <memory>
#include <vector>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include "BenchSupport.h"
#include "cache/CacheService.h"
#include "db/DatabaseConnector.h"
#include "db/DatabaseWorker.h"
#include "demo/DemoData.h"
#include "demo/DemoEnvironment.h"
#include "pages/AuditPage.h"
#include "pages/CachePage.h"
#include "pages/OverviewPage.h"
#include "pages/QuotasPage.h"
#include "shell/AppContext.h"
#include "shell/Dialogs.h"
#include "shell/MainWindow.h"
#include "shell/Settings.h"
#include "users/UserLookup.h"

namespace {

// The longest time the event loop did not get to a 5 ms timer, beyond its interval.
class StallMeter final : public QObject
{
public:
    explicit StallMeter(QObject *parent) : QObject(parent)
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 gap = m_clock.restart() - m_timer.interval();
            m_worst = std::max(m_worst, gap);
            m_gaps << double(gap);
            if (gap > 50)
                m_long << gap;
        });
        m_clock.start();
        m_timer.start();
    }
    qint64 worst() const { return m_worst; }
    /// Stalls over 50 ms, in order.
    QList<qint64> longOnes() const { return m_long; }
    double p99() const { return Bench::percentile(m_gaps, 0.99); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_worst = 0;
    QList<double> m_gaps;
    QList<qint64> m_long;
};

// Times every event handler: what the GUI thread was doing when it stalled.
class TimedApplication final : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (QThread::currentThread() != thread()) // workers' threads may take their time
            return QApplication::notify(receiver, event);
        if (m_depth++ > 0) {
            const bool handled = QApplication::notify(receiver, event);
            --m_depth;
            return handled;
        }
        QElapsedTimer clock;
        clock.start();
        const int type = event->type();
        const bool handled = QApplication::notify(receiver, event);
        --m_depth;
        if (const qint64 ms = clock.elapsed(); ms > 40)
            m_slow << QStringLiteral("%1 ms %2 (%3, event %4)")
                          .arg(ms)
                          .arg(QString::fromLatin1(receiver->metaObject()->className()), receiver->objectName())
                          .arg(type);
        return handled;
    }
    QStringList slowHandlers() const { return m_slow; }
    void forgetSlowHandlers() { m_slow.clear(); }

private:
    int m_depth = 0;
    QStringList m_slow;
};

qint64 usageRows(const QString &connection)
{
    QSqlQuery query(QSqlDatabase::database(connection, false));
    return Bench::run(query, QStringLiteral("SELECT count(*) FROM ai_provider_usage_logs")) && query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    TimedApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("How long the traffic runs (default 600)."), QStringLiteral("S"), QStringLiteral("600")});
    parser.addOption({QStringLiteral("rate"), QStringLiteral("Requests per second (default 200)."), QStringLiteral("R"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("clients"), QStringLiteral("quotactl simulate processes sharing the rate (default 4)."), QStringLiteral("N"),
                      QStringLiteral("4")});
    parser.addOption({QStringLiteral("users"), QStringLiteral("Demo users (default 2000)."), QStringLiteral("N"), QStringLiteral("2000")});
    parser.process(app);
    const int seconds = parser.value(QStringLiteral("seconds")).toInt();
    const int rate = parser.value(QStringLiteral("rate")).toInt();
    const int clients = std::max(1, parser.value(QStringLiteral("clients")).toInt());

    Bench::out() << "Preparing a demo database (" << parser.value(QStringLiteral("users")) << " users)..." << Qt::endl;
    DemoEnvironment demo;
    QString conninfo;
    QString failure;
    QObject::connect(&demo, &DemoEnvironment::ready, &app, [&](const QString &c) { conninfo = c; });
    QObject::connect(&demo, &DemoEnvironment::failed, &app, [&](const QString &m) { failure = m; });
    demo.prepare(parser.value(QStringLiteral("users")).toInt());
    while (conninfo.isEmpty() && failure.isEmpty())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    if (!failure.isEmpty()) {
        Bench::out() << "demo: " << failure << Qt::endl;
        return 1;
    }
    const QString probe = QStringLiteral("soak-probe");
    if (const Status opened = DatabaseConnector::open(conninfo, probe); !opened) {
        Bench::out() << opened.error() << Qt::endl;
        return 1;
    }
    const Result<UserRef> staff = UserLookup(probe).findStaff(DemoData::staffEmail());
    if (!staff) {
        Bench::out() << staff.error() << Qt::endl;
        return 1;
    }
    const qint64 rowsBefore = usageRows(probe);

    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    Dialogs::setScripted(true);
    AppContext context(conninfo, settings);
    MainWindow window(context);
    const QStringList pages{QStringLiteral("overview"), QStringLiteral("quotas"), QStringLiteral("cache"), QStringLiteral("audit")};
    window.addPage(new OverviewPage(context));
    window.addPage(new QuotasPage(context));
    window.addPage(new CachePage(context));
    window.addPage(new AuditPage(context));
    window.resize(1360, 860);
    window.show();
    context.start();

    // The first load and paint of the window is start-up, not the soak: measured from here.
    QElapsedTimer warmUp;
    warmUp.start();
    while (!context.lastUpdated().isValid() && warmUp.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    while (warmUp.elapsed() < 3000 || !context.reader().isIdle())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    app.forgetSlowHandlers();

    int refreshes = 0;
    QObject::connect(&context, &AppContext::updated, &app, [&refreshes] { ++refreshes; });
    int pageIndex = 0;
    QTimer pageTurner;
    QObject::connect(&pageTurner, &QTimer::timeout, &app, [&] { window.showPage(pages.at(++pageIndex % pages.size())); });
    pageTurner.start(5000);

    int cleanups = 0, busy = 0, cleanupFailures = 0;
    qint64 cleaned = 0;
    QTimer cleaner;
    QObject::connect(&cleaner, &QTimer::timeout, &app, [&] {
        context.admin().run<Result<CleanupReport>>(
            &app, [id = staff->id](const QString &connection) { return CacheService(connection).cleanupExpired(id); },
            [&](const Result<CleanupReport> &report) {
                if (report) {
                    ++cleanups;
                    cleaned += report->deleted;
                } else if (report.why() == Failure::Busy) {
                    ++busy;
                } else {
                    ++cleanupFailures;
                    Bench::out() << "clean-up failed: " << report.error() << Qt::endl;
                }
            });
    });
    cleaner.start(20000);

    // One client is one connection doing one request at a time: several share the rate.
    std::vector<std::unique_ptr<QProcess>> traffic;
    for (int c = 0; c < clients; ++c) {
        auto process = std::make_unique<QProcess>();
        process->start(QStringLiteral(QUOTACTL_PATH),
                       {QStringLiteral("simulate"), QStringLiteral("--database"), conninfo, QStringLiteral("--requests"), QStringLiteral("0"),
                        QStringLiteral("--duration"), QString::number(seconds), QStringLiteral("--rate"),
                        QString::number(std::max(1, rate / clients)), QStringLiteral("--seed"), QString::number(c + 1),
                        QStringLiteral("--json")});
        traffic.push_back(std::move(process));
    }
    Bench::out() << "Traffic: " << rate << " requests/s from " << clients << " quotactl simulate for " << seconds
                 << " s; the dashboard refreshes; clean-ups every 20 s..." << Qt::endl;
    StallMeter stalls(&app);
    const auto running = [&traffic] {
        return std::any_of(traffic.cbegin(), traffic.cend(), [](const auto &p) { return p->state() != QProcess::NotRunning; });
    };
    while (running())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    pageTurner.stop();
    cleaner.stop();

    qint64 requests = 0, misses = 0, providerErrors = 0;
    int failedClients = 0;
    QString errors;
    for (const auto &process : traffic) {
        const QJsonObject tally = QJsonDocument::fromJson(process->readAllStandardOutput()).object();
        requests += tally.value(QStringLiteral("requests")).toInteger();
        misses += tally.value(QStringLiteral("cache_misses")).toInteger();
        providerErrors += tally.value(QStringLiteral("errors")).toInteger();
        if (process->exitStatus() != QProcess::NormalExit || process->exitCode() != 0) {
            ++failedClients;
            errors += QString::fromLocal8Bit(process->readAllStandardError()).trimmed() + u' ';
        }
    }
    // A miss and a failed provider call each write one usage row.
    const qint64 expected = misses + providerErrors;
    const qint64 written = usageRows(probe) - rowsBefore;
    QStringList longStalls;
    for (qint64 ms : stalls.longOnes())
        longStalls << QString::number(ms);

    Bench::out() << "\nrequests sent:            " << requests << " (" << QString::number(double(requests) / seconds, 'f', 1) << "/s)\n"
                 << "traffic errors:           " << failedClients << ' ' << errors << '\n'
                 << "usage rows written:       " << written << " vs expected " << expected << " (misses " << misses
                 << " + provider failures " << providerErrors << ")" << (written == expected ? "  equal" : "  DIFFERENT") << '\n'
                 << "clean-ups:                " << cleanups << " done (" << cleaned << " rows), " << busy << " refused as busy, "
                 << cleanupFailures << " failed\n"
                 << "dashboard refreshes:      " << refreshes << '\n'
                 << "GUI event loop stall:     worst " << stalls.worst() << " ms, p99 " << stalls.p99() << " ms (target <= 100 ms)\n"
                 << "stalls over 50 ms:        " << (longStalls.isEmpty() ? QStringLiteral("none") : longStalls.join(QStringLiteral(", ")))
                 << Qt::endl;
    for (const QString &slow : app.slowHandlers())
        Bench::out() << "  slow handler: " << slow << '\n';
    Bench::out().flush();
    Dialogs::setScripted(false);
    const bool passed = failedClients == 0 && written == expected && cleanupFailures == 0 && stalls.worst() <= 100;
    return passed ? 0 : 1;
}
