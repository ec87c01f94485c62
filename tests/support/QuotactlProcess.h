#pragma once
// Runs this build's quotactl as a user would: its own process, a chosen locale, no
// QUOTADESK_STAFF from the test's environment. For the tests of quotactl's interface; the
// test target defines QUOTACTL_PATH (tests/CMakeLists.txt).

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

struct QuotactlRun
{
    int exitCode = -1; // -1: still running after two minutes; -2: crashed
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

/// `database` (if any) goes first as --database.
inline QuotactlRun quotactl(const QStringList &args, const QString &database = {}, const QString &locale = QStringLiteral("C.UTF-8"))
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QUOTADESK_STAFF"));
    env.insert(QStringLiteral("LC_ALL"), locale);
    process.setProcessEnvironment(env);
    QStringList all;
    if (!database.isEmpty())
        all << QStringLiteral("--database") << database;
    process.start(QStringLiteral(QUOTACTL_PATH), all + args);
    QuotactlRun run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}
