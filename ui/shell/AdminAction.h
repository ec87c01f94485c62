#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUuid>
#include <QVariant>

#include "audit/ActionFate.h"
#include "common/Result.h"
#include "db/DatabaseWorker.h"
#include "shell/AppContext.h"
#include "shell/Dialogs.h"
#include "users/UserLookup.h"

/// The one flow of every admin button: the staff member at the keyboard (asked once) →
/// busy → a plan made off the GUI thread (usually a count) → a confirmation built from it
/// → the action on the admin worker, with progress and cancel for batched jobs → an
/// information or error box with the report → changed(), so the page refreshes.
///
/// One action at a time. Owned by its page: when the page dies mid-flight the results
/// are dropped and a batched job stops after its batch.
class AdminAction final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminAction)

public:
    /// How an action ended. An empty message reports nothing (e.g. the user declined).
    struct Report
    {
        QString message;
        bool failed = false; // an error box instead of an information box
        bool changed = true; // the data may have changed: emit changed()
    };

    /// The confirmation: the whole question, and the label of the button that goes ahead.
    struct Question
    {
        QString text;
        QString acceptLabel;
    };

    /// Given to a batched job in the admin worker's thread: shows how far it got on the
    /// GUI thread and says whether the user cancelled.
    class Progress final
    {
    public:
        void report(qint64 done) const;
        bool isCancelled() const { return m_cancel && *m_cancel; }

    private:
        friend class AdminAction;
        QPointer<AdminAction> m_action;
        std::shared_ptr<std::atomic_bool> m_cancel;
    };

    /// The steps of one action. `Plan` is what the confirmation is about (a count, a user,
    /// a prompt set), `Outcome` what the admin job returns.
    template <typename Plan, typename Outcome>
    struct Steps
    {
        QString title;    // of the confirmation and the report boxes
        QString planning; // status while the plan is made
        /// Makes the plan on the reader (or the admin worker: planOnAdmin). Unset: `given`.
        std::function<Result<Plan>(const QString &connection)> plan;
        bool planOnAdmin = false;
        std::optional<Plan> given;
        /// A report instead of the question, when there is nothing to do (optional).
        std::function<std::optional<Report>(const Plan &plan)> nothingToDo;
        std::function<Question(const Plan &plan, const UserRef &staff)> question;
        QString running; // status while the action runs
        /// For a batched job (optional, both or neither): the total shown by the progress,
        /// and the status text for "done of total".
        std::function<qint64(const Plan &plan)> progressTotal;
        std::function<QString(qint64 done, qint64 total)> progressText;
        /// The action, on the admin worker, as `staffId`, under the id made for this
        /// confirmed click (the database acts once per id).
        std::function<Outcome(const QString &connection, const Plan &plan, int staffId, const QUuid &actionId, const Progress &progress)> run;
        std::function<Report(const Outcome &outcome, const Plan &plan)> report;
    };

    /// `page` parents the boxes and this object.
    explicit AdminAction(AppContext &context, QWidget *page);
    ~AdminAction() override;

    /// From the plan until the report (not while the confirmation waits for the user).
    bool isBusy() const { return m_busy; }

    /// Whether the login may take admin actions (AppContext::access()); the one place
    /// every admin button asks. The database refuses anyway.
    bool isPermitted() const { return m_context.access().canAct; }
    /// Why admin actions are refused; empty while permitted.
    QString refusal() const { return isPermitted() ? QString() : m_context.access().reason; }

    /// Enables an admin button (or action) when `enabled` and permitted; while not permitted
    /// its tooltip says why, otherwise it shows its own (setToolTip()'s, or the first it had).
    template <typename Item>
    void govern(Item *item, bool enabled) const;
    /// The tooltip `item` shows while permitted.
    template <typename Item>
    void setToolTip(Item *item, const QString &toolTip) const;

    /// Starts an action; ignored while another one runs.
    template <typename Plan, typename Outcome>
    void start(Steps<Plan, Outcome> steps);

public slots:
    /// Asks a running batched job to stop after its current batch.
    void cancel();

signals:
    void busyChanged(bool busy);
    /// isPermitted() may have changed: pages update their buttons (govern()).
    void permissionChanged();
    void statusChanged(const QString &status);
    /// A batched job started: `total` is what its progress counts up to; cancel() works.
    void progressStarted(qint64 total);
    void progressed(qint64 done, qint64 total);
    void cancelRequested();
    /// The report, just before it is shown in a box.
    void reported(const QString &message);
    /// The action ended: done, refused, failed, declined or cancelled; `message` is its report.
    void finished(const QString &message);
    /// After finished(), when the data may have changed.
    void changed();

private:
    template <typename Plan, typename Outcome>
    void confirmAndRun(const std::shared_ptr<const Steps<Plan, Outcome>> &steps, const UserRef &staff, const Plan &plan);
    Progress beginProgress(qint64 total, std::function<QString(qint64, qint64)> text);
    void showProgress(qint64 done);
    void setBusy(bool busy, const QString &status = {});
    void finish(const QString &title, const Report &report);
    static Report fateReport(const ActionFate &fate);

    static constexpr const char *OwnToolTip = "quotadeskOwnToolTip";

    AppContext &m_context;
    QWidget *m_page = nullptr;
    bool m_busy = false;
    std::shared_ptr<std::atomic_bool> m_cancel; // set while a batched job runs
    qint64 m_total = 0;
    std::function<QString(qint64, qint64)> m_progressText;
};

template <typename Item>
void AdminAction::govern(Item *item, bool enabled) const
{
    if (!item->property(OwnToolTip).isValid())
        item->setProperty(OwnToolTip, item->toolTip());
    item->setEnabled(enabled && isPermitted());
    item->setToolTip(isPermitted() ? item->property(OwnToolTip).toString() : refusal());
}

template <typename Item>
void AdminAction::setToolTip(Item *item, const QString &toolTip) const
{
    item->setProperty(OwnToolTip, toolTip);
    item->setToolTip(isPermitted() ? toolTip : refusal());
}

template <typename Plan, typename Outcome>
void AdminAction::start(Steps<Plan, Outcome> steps)
{
    if (m_busy)
        return;
    if (!isPermitted())
        return finish(steps.title, Report{refusal(), true, false});
    auto shared = std::make_shared<const Steps<Plan, Outcome>>(std::move(steps));
    QPointer<AdminAction> self(this);
    m_context.withStaff(m_page, [self, shared](const UserRef &staff) {
        if (!self || self->m_busy)
            return; // the page died, or another action started while the staff was asked for
        if (!shared->plan) {
            self->confirmAndRun(shared, staff, *shared->given);
            return;
        }
        self->setBusy(true, shared->planning);
        DatabaseWorker &worker = shared->planOnAdmin ? self->m_context.admin() : self->m_context.reader();
        AdminAction *action = self.data();
        worker.template run<Result<Plan>>(action, shared->plan, [action, shared, staff](const Result<Plan> &plan) {
            if (!plan)
                return action->finish(shared->title, Report{plan.error(), true, false});
            action->confirmAndRun(shared, staff, plan.value());
        });
    });
}

template <typename Plan, typename Outcome>
void AdminAction::confirmAndRun(const std::shared_ptr<const Steps<Plan, Outcome>> &steps, const UserRef &staff, const Plan &plan)
{
    if (steps->nothingToDo) {
        if (const std::optional<Report> report = steps->nothingToDo(plan))
            return finish(steps->title, *report);
    }
    setBusy(false); // no progress line behind the question
    const Question question = steps->question(plan, staff);
    QPointer<AdminAction> self(this);
    const bool accepted = Dialogs::confirm(m_page, steps->title, question.text, question.acceptLabel);
    if (!self)
        return; // the page died while the question was open
    if (!accepted)
        return finish(steps->title, Report{QString(), false, false});

    setBusy(true, steps->running);
    Progress progress;
    if (steps->progressTotal)
        progress = beginProgress(steps->progressTotal(plan), steps->progressText);
    const int staffId = staff.id;
    const QUuid actionId = QUuid::createUuid(); // one per confirmed click
    using Settled = std::pair<Outcome, std::optional<ActionFate>>;
    m_context.admin().run<Settled>(
        this,
        [steps, plan, staffId, actionId, progress](const QString &connection) {
            Settled settled{steps->run(connection, plan, staffId, actionId, progress), std::nullopt};
            // The connection broke: whether the action took effect is the database's to say.
            if constexpr (requires(const Outcome &o) { o.why(); }) {
                if (!settled.first && settled.first.why() == Failure::ConnectionLost)
                    settled.second = ActionFates::settle(connection, actionId);
            }
            return settled;
        },
        [this, steps, plan](const Settled &settled) {
            m_cancel.reset();
            finish(steps->title, settled.second ? fateReport(*settled.second) : steps->report(settled.first, plan));
        });
}
