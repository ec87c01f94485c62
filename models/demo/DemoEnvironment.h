#pragma once

#include <memory>

#include <QObject>
#include <QThread>
#include <QTimer>

class DatabaseWorker;
class ThrowawayPostgres;
class TrafficSimulator;
class LocalResponseGenerator;

/// `quotadesk --demo`: a private PostgreSQL with demo data, prepared off the GUI thread,
/// then simulated traffic flowing through the real orchestrator until the end. The
/// cluster is stopped and removed when this object dies.
class DemoEnvironment final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoEnvironment)

public:
    explicit DemoEnvironment(QObject *parent = nullptr);
    ~DemoEnvironment() override;

    /// Asynchronous: emits ready() or failed().
    void prepare(int users = 2000, int days = 30);
    QString conninfo() const { return m_conninfo; }

    /// Requests per second of simulated traffic (0 stops it).
    void startTraffic(double perSecond);
    void stopTraffic();

signals:
    void progress(const QString &message);
    void ready(const QString &conninfo);
    void failed(const QString &message);

private:
    QThread m_setupThread;
    std::unique_ptr<ThrowawayPostgres> m_cluster;
    QString m_conninfo;
    DatabaseWorker *m_trafficWorker = nullptr;
    std::shared_ptr<LocalResponseGenerator> m_generator;
    std::shared_ptr<TrafficSimulator> m_simulator; // used only in the traffic worker's thread
    QTimer m_trafficTimer;
    bool m_stepPending = false;
};
