#include "shell/AdminAction.h"

#include <QCoreApplication>
#include <QWidget>

AdminAction::AdminAction(AppContext &context, QWidget *page) : QObject(page), m_context(context), m_page(page)
{
    connect(&m_context, &AppContext::accessChanged, this, &AdminAction::permissionChanged);
}

AdminAction::~AdminAction()
{
    if (m_cancel)
        *m_cancel = true; // a batched job still running stops after its batch
}

void AdminAction::Progress::report(qint64 done) const
{
    // Called in the admin worker's thread: only posts the count to the GUI thread, where
    // the action (if it still lives) shows it.
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [action = m_action, done] {
            if (action)
                action->showProgress(done);
        },
        Qt::QueuedConnection);
}

AdminAction::Progress AdminAction::beginProgress(qint64 total, std::function<QString(qint64, qint64)> text)
{
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_total = total;
    m_progressText = std::move(text);
    emit progressStarted(total);
    if (m_progressText)
        emit statusChanged(m_progressText(0, total));
    Progress progress;
    progress.m_action = this;
    progress.m_cancel = m_cancel;
    return progress;
}

void AdminAction::showProgress(qint64 done)
{
    if (m_progressText && !(m_cancel && *m_cancel))
        emit statusChanged(m_progressText(done, m_total));
    emit progressed(done, m_total);
}

void AdminAction::cancel()
{
    if (!m_cancel)
        return;
    *m_cancel = true;
    emit cancelRequested();
    emit statusChanged(tr("Cancelling after this batch…"));
}

void AdminAction::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    emit busyChanged(busy);
    if (busy)
        emit statusChanged(status);
}

void AdminAction::finish(const QString &title, const Report &report)
{
    setBusy(false);
    if (!report.message.isEmpty()) {
        emit reported(report.message);
        if (report.failed)
            Dialogs::error(m_page, title, report.message);
        else
            Dialogs::information(m_page, title, report.message);
    }
    emit finished(report.message);
    if (report.changed)
        emit changed();
}

AdminAction::Report AdminAction::fateReport(const ActionFate &fate)
{
    return Report{fate.message(), fate.kind != ActionFate::Kind::Applied, true};
}
