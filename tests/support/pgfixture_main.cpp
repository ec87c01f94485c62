// qd-pgfixture start|stop STATEFILE: the ctest fixture that starts one throwaway
// PostgreSQL per test run and removes it afterwards, even when tests failed.
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include "demo/ThrowawayPostgres.h"

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() != 3 || (args.at(1) != QLatin1String("start") && args.at(1) != QLatin1String("stop"))) {
        err << "usage: qd-pgfixture start|stop STATEFILE\n";
        return 2;
    }
    QFile state(args.at(2));

    if (args.at(1) == QLatin1String("stop")) {
        if (!state.open(QIODevice::ReadOnly))
            return 0; // nothing was started
        const QString directory = QString::fromUtf8(state.readLine()).trimmed();
        state.close();
        state.remove();
        const Status stopped = ThrowawayPostgres::stopAndRemove(directory);
        if (!stopped) {
            err << stopped.error() << '\n';
            return 1;
        }
        return 0;
    }

    if (state.exists()) { // a previous run died before its cleanup
        if (state.open(QIODevice::ReadOnly)) {
            ThrowawayPostgres::stopAndRemove(QString::fromUtf8(state.readLine()).trimmed());
            state.close();
        }
        state.remove();
    }
    ThrowawayPostgres cluster;
    const Status started = cluster.start(/*keep=*/true);
    if (!started) {
        err << started.error() << '\n';
        return 1;
    }
    if (!state.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        err << "cannot write " << state.fileName() << '\n';
        cluster.stop();
        return 1;
    }
    QTextStream(&state) << cluster.directory() << '\n' << cluster.port() << '\n';
    QTextStream(stdout) << "PostgreSQL started in " << cluster.directory() << " on port " << cluster.port() << '\n';
    return 0;
}
