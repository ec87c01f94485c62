#include "shell/AlertWatcher.h"

#include <QTimer>

#include "db/DatabaseWorker.h"
#include "shell/AppContext.h"

AlertWatcher::AlertWatcher(AppContext &context, QObject *parent) : QObject(parent), m_context(context), m_timer(new QTimer(this))
{
    m_timer->setInterval(IntervalMs);
    connect(m_timer, &QTimer::timeout, this, &AlertWatcher::check);
}

void AlertWatcher::start()
{
    m_timer->start();
    check();
}

void AlertWatcher::check()
{
    if (m_inFlight)
        return;
    m_inFlight = true;
    m_context.reader().run<Result<QList<Alert>>>(
        this, [](const QString &connection) { return AlertService(connection).active(); },
        [this](const Result<QList<Alert>> &active) {
            m_inFlight = false;
            if (!active)
                return; // a reader without the right, or no connection: the list stays as it was
            QList<Alert> fresh;
            for (const Alert &alert : active.value())
                if (!m_seen.contains(alert.key)) {
                    m_seen.insert(alert.key);
                    fresh << alert;
                }
            m_alerts = active.value();
            emit alertsChanged(m_alerts);
            if (m_checked && !fresh.isEmpty())
                emit newAlerts(fresh);
            m_checked = true;
        });
}
