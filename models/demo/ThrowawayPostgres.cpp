#include "demo/ThrowawayPostgres.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QVersionNumber>

#include <pwd.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

int freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

ThrowawayPostgres::~ThrowawayPostgres()
{
    if (!m_keep)
        stop();
}

QString ThrowawayPostgres::binDirectory()
{
    const QString fromEnv = qEnvironmentVariable("QUOTADESK_PG_BINDIR");
    if (!fromEnv.isEmpty())
        return fromEnv;

    // Debian keeps initdb and pg_ctl out of PATH, under /usr/lib/postgresql/<major>/bin.
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QVersionNumber best;
    QString bestDir;
    for (const QString &entry : versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QVersionNumber v = QVersionNumber::fromString(entry);
        const QString dir = versions.filePath(entry + QStringLiteral("/bin"));
        if (!v.isNull() && v > best && QFileInfo::exists(dir + QStringLiteral("/initdb"))) {
            best = v;
            bestDir = dir;
        }
    }
    if (!bestDir.isEmpty())
        return bestDir;

    QProcess pgConfig;
    pgConfig.start(QStringLiteral("pg_config"), {QStringLiteral("--bindir")});
    if (pgConfig.waitForFinished(5000) && pgConfig.exitCode() == 0) {
        const QString dir = QString::fromLocal8Bit(pgConfig.readAllStandardOutput()).trimmed();
        if (QFileInfo::exists(dir + QStringLiteral("/initdb")))
            return dir;
    }
    const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    return initdb.isEmpty() ? QString() : QFileInfo(initdb).absolutePath();
}

QString ThrowawayPostgres::conninfo(const QString &database) const
{
    return conninfo(m_directory, m_port, database);
}

QString ThrowawayPostgres::conninfo(const QString &directory, int port, const QString &database)
{
    return QStringLiteral("host='%1' port=%2 user=%3 dbname='%4'").arg(directory).arg(port).arg(superuser(), database);
}

Status ThrowawayPostgres::runAsServerUser(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("PGDATA"));
    process.setProcessEnvironment(env);
    if (runningAsRoot())
        process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} + arguments);
    else
        process.start(program, arguments);

    if (!process.waitForStarted(5000))
        return Status::failure(tr("Cannot run %1: %2").arg(program, process.errorString()));
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        return Status::failure(tr("%1 did not finish in %2 s").arg(QFileInfo(program).fileName()).arg(timeoutMs / 1000));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString output = QString::fromLocal8Bit(process.readAll()).trimmed();
        return Status::failure(tr("%1 failed: %2").arg(QFileInfo(program).fileName(), output.right(600)));
    }
    return {};
}

Status ThrowawayPostgres::runTool(const QString &tool, const QStringList &arguments, int timeoutMs) const
{
    return runAsServerUser(binDirectory() + u'/' + tool, arguments, timeoutMs);
}

Status ThrowawayPostgres::makeDirectory()
{
    const QString bin = binDirectory();
    if (bin.isEmpty() || !QFileInfo::exists(bin + QStringLiteral("/initdb")))
        return Status::failure(tr("PostgreSQL server programs (initdb, pg_ctl) not found: install the package postgresql, or set QUOTADESK_PG_BINDIR."));

    uid_t ownerUid = ::geteuid();
    gid_t ownerGid = ::getegid();
    if (runningAsRoot()) {
        const passwd *pw = ::getpwnam("postgres");
        if (!pw)
            return Status::failure(tr("Running as root, but there is no 'postgres' user to run the server: install the package postgresql."));
        ownerUid = pw->pw_uid;
        ownerGid = pw->pw_gid;
    }

    // A short path: the socket path must stay under 107 bytes.
    QByteArray templ = QDir::tempPath().toLocal8Bit() + "/qdpg-XXXXXX";
    if (!::mkdtemp(templ.data()))
        return Status::failure(tr("Cannot create a temporary directory in %1").arg(QDir::tempPath()));
    m_directory = QString::fromLocal8Bit(templ);
    if (::chown(templ.constData(), ownerUid, ownerGid) != 0 || ::chmod(templ.constData(), 0755) != 0) {
        QDir(m_directory).removeRecursively();
        return Status::failure(tr("Cannot hand %1 to the postgres user").arg(m_directory));
    }
    return {};
}

Status ThrowawayPostgres::launch(int port)
{
    const QString dataDir = m_directory + QStringLiteral("/data");
    Status status;
    // Try a few ports: another process may grab the one we picked before the server binds it.
    for (int attempt = 0; attempt < (port ? 1 : 5); ++attempt) {
        m_port = port ? port : freeLoopbackPort();
        const QString options = QStringLiteral("-c listen_addresses=127.0.0.1 -c port=%1 -c unix_socket_directories=%2 "
                                               "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                                               "-c max_connections=200 -c TimeZone=UTC")
                                    .arg(m_port)
                                    .arg(m_directory);
        status = runTool(QStringLiteral("pg_ctl"),
                         {QStringLiteral("-D"), dataDir, QStringLiteral("-l"), m_directory + QStringLiteral("/server.log"),
                          QStringLiteral("-o"), options, QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                          QStringLiteral("start")},
                         90000);
        if (status) {
            m_running = true;
            return {};
        }
    }
    QFile log(m_directory + QStringLiteral("/server.log"));
    QString tail;
    if (log.open(QIODevice::ReadOnly))
        tail = QString::fromLocal8Bit(log.readAll()).right(400);
    if (!port)
        QDir(m_directory).removeRecursively(); // a new cluster that never ran
    return Status::failure(status.error() + u' ' + tail);
}

Status ThrowawayPostgres::start(bool keep)
{
    if (m_running)
        return {};
    m_keep = keep;
    if (const Status made = makeDirectory(); !made)
        return made;
    const Status status = runTool(QStringLiteral("initdb"),
                                  {QStringLiteral("-D"), m_directory + QStringLiteral("/data"), QStringLiteral("-U"), superuser(),
                                   QStringLiteral("--auth-local=trust"), QStringLiteral("--auth-host=scram-sha-256"),
                                   QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
                                   QStringLiteral("--no-sync")},
                                  120000);
    if (!status) {
        QDir(m_directory).removeRecursively();
        return status;
    }
    return launch();
}

Status ThrowawayPostgres::startStandbyOf(const QString &primaryDirectory, int primaryPort)
{
    if (m_running)
        return {};
    if (const Status made = makeDirectory(); !made)
        return made;
    const Status copied = runTool(QStringLiteral("pg_basebackup"),
                                  {QStringLiteral("-D"), m_directory + QStringLiteral("/data"), QStringLiteral("-h"), primaryDirectory,
                                   QStringLiteral("-p"), QString::number(primaryPort), QStringLiteral("-U"), superuser(),
                                   QStringLiteral("-X"), QStringLiteral("stream"), QStringLiteral("-R"), QStringLiteral("--no-sync"),
                                   QStringLiteral("--checkpoint=fast")},
                                  180000);
    if (!copied) {
        QDir(m_directory).removeRecursively();
        return copied;
    }
    return launch();
}

Status ThrowawayPostgres::stopAndRemove(const QString &directory)
{
    if (directory.isEmpty() || !QFileInfo::exists(directory + QStringLiteral("/data/PG_VERSION")))
        return Status::failure(tr("%1 is not a throwaway cluster").arg(directory));
    const QString pgCtl = binDirectory() + QStringLiteral("/pg_ctl");
    Status status;
    if (QFileInfo::exists(directory + QStringLiteral("/data/postmaster.pid")))
        status = runAsServerUser(pgCtl, {QStringLiteral("-D"), directory + QStringLiteral("/data"), QStringLiteral("-m"),
                                         QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
                                 60000);
    QDir(directory).removeRecursively();
    return status;
}

Status ThrowawayPostgres::stopServer()
{
    if (!m_running)
        return {};
    const Status stopped = runTool(QStringLiteral("pg_ctl"),
                                   {QStringLiteral("-D"), m_directory + QStringLiteral("/data"), QStringLiteral("-m"),
                                    QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")},
                                   60000);
    if (stopped)
        m_running = false;
    return stopped;
}

Status ThrowawayPostgres::startServer()
{
    if (m_running || m_directory.isEmpty())
        return {};
    return launch(m_port);
}

Status ThrowawayPostgres::stop()
{
    if (m_directory.isEmpty())
        return {};
    const Status status = stopAndRemove(m_directory);
    m_running = false;
    m_directory.clear();
    return status;
}

Status ThrowawayPostgres::execAdmin(const QString &sql) const
{
    QProcess psql;
    psql.setProcessChannelMode(QProcess::MergedChannels);
    psql.start(binDirectory() + QStringLiteral("/psql"),
               {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                QStringLiteral("-d"), conninfo(), QStringLiteral("-c"), sql});
    if (!psql.waitForFinished(60000) || psql.exitCode() != 0)
        return Status::failure(QString::fromLocal8Bit(psql.readAll()).trimmed());
    return {};
}
