#pragma once

#include <QList>
#include <QObject>
#include <QSet>

#include "costs/Alerts.h"

class AppContext;
class QTimer;

/// Asks the database for the active alerts now and every few minutes, off the GUI
/// thread; tells the window the list, and which alerts appeared since the last look (for
/// a desktop notification). Those active when it starts are listed, not announced.
class AlertWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertWatcher)

public:
    static constexpr int IntervalMs = 5 * 60 * 1000;

    explicit AlertWatcher(AppContext &context, QObject *parent = nullptr);

    void start();
    QList<Alert> alerts() const { return m_alerts; }

public slots:
    void check();

signals:
    void alertsChanged(const QList<Alert> &alerts);
    void newAlerts(const QList<Alert> &alerts);

private:
    AppContext &m_context;
    QTimer *m_timer = nullptr;
    QList<Alert> m_alerts;
    QSet<QString> m_seen;
    bool m_checked = false;
    bool m_inFlight = false;
};
