#include <atomic>
#include <csignal>
#include <cstdlib>

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QTimer>

#include "db/DatabaseWorker.h"
#include "shell/Dashboard.h"
#include "shell/WindowTheme.h"
#include "Translations.h"

namespace {
std::atomic_bool stopRequested{false};
void requestStop(int)
{
    stopRequested = true;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("quotadesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Quotadesk"));
    QApplication::setApplicationVersion(QStringLiteral(QUOTADESK_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Quotadesk"));
    QApplication::setDesktopFileName(QStringLiteral("io.quotadesk.Quotadesk"));

    // The language comes first: option descriptions are translated too.
    QString language;
    const QStringList args = QApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            language = args.at(i + 1);
        else if (args.at(i).startsWith(QLatin1String("--lang=")))
            language = args.at(i).mid(7);
    }
    Translations::install(language.isEmpty() ? QLocale::system() : QLocale(language));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Quota and AI-cache dashboard for PostgreSQL."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("demo"), QApplication::translate("main", "Run on a private demo database with live simulated traffic.")});
    parser.addOption({{QStringLiteral("d"), QStringLiteral("database")},
                      QApplication::translate("main", "Connection: postgresql:// URI, key=value string, service=NAME or database name."),
                      QApplication::translate("main", "CONN")});
    parser.addOption({QStringLiteral("read-database"),
                      QApplication::translate("main", "A hot standby of the database: the pages read from it; admin actions and notifications stay on --database."),
                      QApplication::translate("main", "CONN")});
    parser.addOption({QStringLiteral("lang"), QApplication::translate("main", "Language, e.g. de or sw (default: the system's)."),
                      QApplication::translate("main", "LANG")});
    parser.addOption({QStringLiteral("screenshot"), QApplication::translate("main", "Save a screenshot of the page once loaded, then quit."),
                      QApplication::translate("main", "FILE")});
    parser.addOption({QStringLiteral("page"), QApplication::translate("main", "Page to open: overview, quotas, costs, cache or audit."),
                      QApplication::translate("main", "PAGE")});
    parser.addOption({QStringLiteral("settings"), QApplication::translate("main", "Use this settings file instead of the user's."),
                      QApplication::translate("main", "FILE")});
    parser.addOption({QStringLiteral("traffic"), QApplication::translate("main", "Demo: simulated requests per second (default 4)."),
                      QApplication::translate("main", "RATE"), QStringLiteral("4")});
    parser.addOption({QStringLiteral("theme"), QApplication::translate("main", "Colors: light, dark or system (default)."),
                      QApplication::translate("main", "THEME"), QStringLiteral("system")});
    parser.process(app);
    if (parser.value(QStringLiteral("theme")) == QLatin1String("dark"))
        WindowTheme::useDark();
    else if (parser.value(QStringLiteral("theme")) == QLatin1String("light"))
        WindowTheme::useLight();

    Dashboard::Options options;
    options.demo = parser.isSet(QStringLiteral("demo"));
    options.database = parser.value(QStringLiteral("database"));
    options.readDatabase = parser.value(QStringLiteral("read-database"));
    options.screenshot = parser.value(QStringLiteral("screenshot"));
    options.page = parser.value(QStringLiteral("page"));
    options.settingsFile = parser.value(QStringLiteral("settings"));
    options.trafficPerSecond = parser.value(QStringLiteral("traffic")).toDouble();

    // Ctrl+C or a kill end the event loop normally, so --demo removes its server.
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    QTimer stopWatch;
    QObject::connect(&stopWatch, &QTimer::timeout, &app, [] {
        if (stopRequested)
            QCoreApplication::quit();
    });
    stopWatch.start(200);

    int exitCode = 0;
    {
        Dashboard dashboard(options);
        QObject::connect(&dashboard, &Dashboard::finished, &app, &QCoreApplication::exit);
        if (!dashboard.start())
            return 0;
        exitCode = app.exec();
    }
    // The window is gone and running statements were cancelled. A job still stuck on a
    // dead network is abandoned rather than waited for: the server rolls back its
    // transaction when the connection goes, and an admin action's fate is in the audit log.
    if (!DatabaseWorker::waitForRetired(2000))
        std::_Exit(exitCode);
    return exitCode;
}
