#include <atomic>
#include <csignal>
#include <memory>
#include <thread>

#include <pthread.h>

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

#include "HttpBinding.h"
#include "ServerDemo.h"
#include "ServerOptions.h"
#include "Translations.h"
#include "rest/RestApi.h"
#include "rest/RestWorkers.h"

namespace {

// SIGTERM and SIGINT are blocked in every thread (set before any starts) and taken by one
// that waits for them: it stops the server, which answers what is in flight, then exits.
sigset_t stopSignals()
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    return set;
}

struct Running
{
    // Destroyed bottom-up: the HTTP threads end first, waiting on the workers they use.
    std::unique_ptr<RestApi> api;
    std::unique_ptr<RestWorkers> workers;
    std::unique_ptr<HttpBinding> http;
    std::thread serving;
};

int fail(const QString &message)
{
    QTextStream(stderr) << QStringLiteral("quotadesk-server: ") << message << Qt::endl;
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    const sigset_t stopSet = stopSignals();
    pthread_sigmask(SIG_BLOCK, &stopSet, nullptr);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("quotadesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QUOTADESK_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Quotadesk"));
    Translations::install(QLocale::system());

    const Result<ServerOptions> parsed = ServerOptions::parse(QCoreApplication::arguments());
    if (!parsed)
        return fail(parsed.error());
    const ServerOptions &options = parsed.value();

    Running running;
    int exitCode = 0;
    auto serve = [&](const QString &database, const QByteArray &secret) {
        running.api = std::make_unique<RestApi>(RestApi::Options{database, secret, RestApi::DefaultMaxBodyBytes});
        running.workers = std::make_unique<RestWorkers>(*running.api, options.threads, std::chrono::seconds(HttpBinding::TimeoutSeconds));
        running.http = std::make_unique<HttpBinding>(*running.api, *running.workers, options.connections);
        const int port = running.http->bind(options.host, options.port);
        if (port < 0) {
            exitCode = fail(QCoreApplication::translate("main", "Cannot listen on %1:%2.").arg(options.host).arg(options.port));
            QCoreApplication::exit(exitCode);
            return -1;
        }
        QTextStream(stderr) << QCoreApplication::translate("main", "Listening on http://%1:%2 with %3 database workers, up to %4 connections.")
                                   .arg(options.host).arg(port).arg(options.threads).arg(options.connections)
                            << Qt::endl;
        running.serving = std::thread([&running] {
            running.http->serve();
            QMetaObject::invokeMethod(qApp, [] { QCoreApplication::quit(); }, Qt::QueuedConnection);
        });
        return port;
    };

    std::atomic_bool ending{false};
    std::thread signalWaiter([&stopSet, &running, &ending] {
        int received = 0;
        sigwait(&stopSet, &received);
        if (ending)
            return; // woken by main() to end
        if (running.http)
            running.http->stop(); // the pool still answers the requests it holds
        QMetaObject::invokeMethod(qApp, [] { QCoreApplication::quit(); }, Qt::QueuedConnection);
    });

    ServerDemo *demo = nullptr;
    if (options.demo) {
        demo = new ServerDemo(&app);
        QObject::connect(demo, &ServerDemo::failed, &app, [&exitCode](const QString &message) {
            exitCode = fail(message);
            QCoreApplication::exit(exitCode);
        });
        QObject::connect(demo, &ServerDemo::ready, &app, [&, demo](const QString &database, const QByteArray &secret) {
            const int port = serve(database, secret);
            if (port > 0)
                demo->printTokens(QStringLiteral("http://%1:%2").arg(options.host).arg(port));
        });
        demo->start();
    } else if (serve(options.database, options.jwtSecret) < 0) {
        ending = true;
        pthread_kill(signalWaiter.native_handle(), SIGTERM);
        signalWaiter.join();
        return exitCode;
    }

    app.exec();
    if (running.http)
        running.http->stop();
    if (running.serving.joinable())
        running.serving.join();
    if (signalWaiter.joinable()) {
        ending = true;
        pthread_kill(signalWaiter.native_handle(), SIGTERM); // a no-op if it already took one
        signalWaiter.join();
    }
    delete demo; // stops the demo cluster
    return exitCode;
}
