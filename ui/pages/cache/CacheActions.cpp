#include "pages/cache/CacheActions.h"

#include <algorithm>
#include <limits>

#include <QAction>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QToolButton>

#include "cache/CacheEntriesModel.h"
#include "cache/CacheService.h"
#include "cache/PromptSet.h"
#include "common/DisplayText.h"
#include "db/SqlTime.h"
#include "pages/PageParts.h"
#include "pages/cache/CacheEntriesPanel.h"
#include "shell/AdminAction.h"
#include "shell/Dialogs.h"
#include "users/UserLookup.h"

namespace {

// What a clean-up of expired rows is about: one cut-off (the server's clock) for the count,
// the confirmation and every batch, and the highest id counted.
using ExpiredPlan = ExpiredSnapshot;

// The user a clean-up of one user's entries is about, and how many entries it deletes.
struct UserCleanupPlan
{
    UserRef user;
    CountedRows entries;
};

// Deletions take only what their confirmation counted: rows added since stay, and when
// fewer went (someone deleted some meanwhile) the report says so.
QString countedNote(qint64 deleted, const CountedRows &counted)
{
    if (deleted >= counted.rows)
        return {};
    return u' ' + CacheActions::tr("(%1 were counted; the others were already gone.)").arg(DisplayText::count(counted.rows));
}

int progressValue(qint64 n)
{
    return int(std::min<qint64>(n, std::numeric_limits<int>::max()));
}

} // namespace

CacheActions::CacheActions(AppContext &context, CacheEntriesPanel &entries, QWidget *page)
    : QObject(page), m_context(context), m_entries(entries), m_page(page)
{
    m_admin = new AdminAction(context, page);

    m_progressBox = new QWidget(page);
    m_progressBox->setObjectName(QStringLiteral("cleanupProgressBox"));
    auto *progressLayout = new QHBoxLayout(m_progressBox);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    m_progressLabel = new QLabel(m_progressBox);
    m_progressLabel->setTextFormat(Qt::PlainText);
    m_progressLabel->setObjectName(QStringLiteral("cleanupStatus"));
    m_progressLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // takes the room there is
    m_progressLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_progress = new QProgressBar(m_progressBox);
    m_progress->setObjectName(QStringLiteral("cleanupProgress"));
    m_progress->setFixedWidth(150);
    m_cancelButton = new QPushButton(tr("Cancel"), m_progressBox);
    m_cancelButton->setObjectName(QStringLiteral("cleanupCancelButton"));
    progressLayout->addWidget(m_progressLabel, 1);
    progressLayout->addWidget(m_progress);
    progressLayout->addWidget(m_cancelButton);
    m_progressBox->hide();
    m_resultLabel = new QLabel(page);
    m_resultLabel->setObjectName(QStringLiteral("actionResult"));
    m_resultLabel->setTextFormat(Qt::PlainText);
    m_resultLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // a long report must not widen the window
    m_resultLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_warmupButton = new QToolButton(page);
    m_warmupButton->setObjectName(QStringLiteral("warmupButton"));
    m_warmupDefault = new QAction(tr("Warm up system caches…"), this);
    m_warmupDefault->setObjectName(QStringLiteral("warmupDefaultAction"));
    m_warmupDefault->setToolTip(tr("Store the default system prompts as permanent shared cache entries"));
    m_warmupFile = new QAction(tr("Warm up from a prompts file…"), this);
    m_warmupFile->setObjectName(QStringLiteral("warmupFromFileAction"));
    auto *warmupMenu = new QMenu(m_warmupButton);
    warmupMenu->addAction(m_warmupDefault);
    warmupMenu->addAction(m_warmupFile);
    m_warmupButton->setMenu(warmupMenu);
    m_warmupButton->setDefaultAction(m_warmupDefault);
    m_warmupButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_warmupButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_cleanupButton = new QPushButton(tr("Clean up expired…"), page);
    m_cleanupButton->setObjectName(QStringLiteral("cleanupButton"));
    m_cleanupButton->setToolTip(tr("Delete the cache rows whose time is up, in batches; recorded in the audit log"));

    m_deleteButton = new QPushButton(tr("Delete entry…"), page);
    m_deleteButton->setObjectName(QStringLiteral("deleteEntryButton"));
    m_deleteButton->setToolTip(tr("Delete the selected entry (for a system key: every shared row of that key)"));
    m_cleanupUserButton = new QPushButton(tr("Clean up user's caches…"), page);
    m_cleanupUserButton->setObjectName(QStringLiteral("cleanupUserButton"));
    m_cleanupUserButton->setToolTip(tr("Delete every non-system entry of the selected entry's user, or of the user typed in the filter"));

    connect(m_cleanupButton, &QPushButton::clicked, this, &CacheActions::cleanUpExpired);
    connect(m_warmupDefault, &QAction::triggered, this, &CacheActions::warmUpDefault);
    connect(m_warmupFile, &QAction::triggered, this, &CacheActions::warmUpFromFile);
    connect(m_deleteButton, &QPushButton::clicked, this, &CacheActions::deleteEntry);
    connect(m_cleanupUserButton, &QPushButton::clicked, this, &CacheActions::cleanUpUser);
    connect(m_cancelButton, &QPushButton::clicked, this, &CacheActions::cancelCleanup);
    connect(&m_entries, &CacheEntriesPanel::currentChanged, this, &CacheActions::updateButtons);
    connect(&m_entries, &CacheEntriesPanel::deleteRequested, this, [this] {
        if (m_deleteButton->isEnabled())
            deleteEntry();
    });

    // The progress/result line follows the one admin action.
    connect(m_admin, &AdminAction::busyChanged, this, &CacheActions::setBusy);
    connect(m_admin, &AdminAction::permissionChanged, this, &CacheActions::updateButtons);
    connect(m_admin, &AdminAction::statusChanged, m_progressLabel, &QLabel::setText);
    connect(m_admin, &AdminAction::progressStarted, this, [this](qint64 total) {
        m_progress->setRange(0, progressValue(total));
        m_progress->setValue(0);
        m_cancelButton->setEnabled(true);
        m_cancelButton->show();
    });
    connect(m_admin, &AdminAction::progressed, this, [this](qint64 done, qint64 total) {
        m_progress->setValue(int(std::min<qint64>(done, m_progress->maximum())));
        emit cleanupProgressed(done, total);
    });
    connect(m_admin, &AdminAction::cancelRequested, this, [this] { m_cancelButton->setEnabled(false); });
    connect(m_admin, &AdminAction::reported, this, [this](const QString &message) {
        m_resultLabel->setText(message);
        m_resultLabel->setToolTip(DisplayText::plainToolTip(message));
    });
    connect(m_admin, &AdminAction::finished, this, &CacheActions::actionFinished);
    connect(m_admin, &AdminAction::changed, this, [this] {
        m_entries.markStale();
        emit changed();
    });
    updateButtons();
}

bool CacheActions::isBusy() const
{
    return m_admin->isBusy();
}

void CacheActions::setExpiredCount(qint64 expired)
{
    m_admin->setToolTip(m_cleanupButton, tr("Delete the %Ln cache rows whose time is up, in batches; recorded in the audit log", nullptr,
                                   PageParts::pluralCount(expired)));
}

void CacheActions::setBusy(bool busy)
{
    if (busy) {
        m_resultLabel->clear();
        m_progress->setRange(0, 0); // busy until a clean-up reports a total
        m_cancelButton->hide();
        m_progressBox->show();
    } else {
        m_progressBox->hide();
    }
    updateButtons();
}

void CacheActions::updateButtons()
{
    const bool busy = isBusy();
    const std::optional<CacheEntryRef> entry = m_entries.currentEntry();
    const QString typed = m_entries.typedUser();
    const bool typedUser = !typed.isEmpty() && typed.compare(QLatin1String("system"), Qt::CaseInsensitive) != 0;
    m_admin->govern(m_cleanupButton, !busy);
    m_admin->govern(m_warmupButton, !busy);
    m_admin->govern(m_warmupDefault, !busy);
    m_admin->govern(m_warmupFile, !busy);
    m_admin->govern(m_deleteButton, !busy && entry.has_value());
    m_admin->govern(m_cleanupUserButton, !busy && ((entry && entry->userId) || typedUser));
}

void CacheActions::cleanUpExpired()
{
    const int batch = m_batchSize;
    const int pause = m_batchPauseMs;
    AdminAction::Steps<ExpiredPlan, Result<CleanupReport>> steps;
    steps.title = tr("Clean up expired cache rows");
    steps.planning = tr("Counting expired rows…");
    steps.plan = [](const QString &connection) { return CacheService(connection).expiredSnapshot(); };
    steps.nothingToDo = [](const ExpiredPlan &plan) -> std::optional<AdminAction::Report> {
        if (plan.rows > 0)
            return std::nullopt;
        return AdminAction::Report{tr("There are no expired cache rows: nothing to delete."), false, false};
    };
    steps.question = [](const ExpiredPlan &plan, const UserRef &staff) {
        const int n = PageParts::pluralCount(plan.rows);
        return AdminAction::Question{tr("Delete %Ln expired cache rows (expired before %1 UTC)?\n\n"
                                        "Live and system entries stay. The clean-up runs in batches and can be cancelled; "
                                        "it is recorded in the audit log under %2.",
                                        nullptr, n)
                                         .arg(DisplayText::seconds(plan.at), staff.email),
                                     tr("Delete %Ln rows", nullptr, n)};
    };
    steps.running = tr("Deleting expired rows…");
    steps.progressTotal = [](const ExpiredPlan &plan) { return plan.rows; };
    steps.progressText = [](qint64 done, qint64 total) {
        return tr("Deleting expired rows: %1 of %2").arg(DisplayText::count(done), DisplayText::count(total));
    };
    steps.run = [batch, pause](const QString &connection, const ExpiredPlan &plan, int staffId, const QUuid &actionId, const AdminAction::Progress &progress) {
        // Called in the admin worker's thread after each batch.
        const auto afterBatch = [progress, pause](qint64 deleted) {
            progress.report(deleted);
            if (pause > 0 && !progress.isCancelled())
                QThread::msleep(pause);
            return !progress.isCancelled();
        };
        return CacheService(connection).cleanupExpired(staffId, batch, plan.at, afterBatch, actionId, plan.maxId);
    };
    steps.report = [](const Result<CleanupReport> &report, const ExpiredPlan &plan) {
        if (!report)
            return AdminAction::Report{report.error(), true};
        if (report->cancelled)
            return AdminAction::Report{tr("Clean-up cancelled: %1 of %Ln expired rows deleted; the rest stay until the next clean-up.",
                                          nullptr, PageParts::pluralCount(plan.rows))
                                           .arg(DisplayText::count(report->deleted))};
        return AdminAction::Report{tr("%Ln expired rows deleted", nullptr, PageParts::pluralCount(report->deleted))};
    };
    m_admin->start(std::move(steps));
}

void CacheActions::cancelCleanup()
{
    m_admin->cancel();
}

void CacheActions::warmUpDefault()
{
    warmUp(QString());
}

void CacheActions::warmUpFromFile()
{
    if (isBusy())
        return;
    const QString path = Dialogs::openFileName(m_page, tr("Choose a prompts file"), tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    warmUp(path);
}

void CacheActions::warmUp(const QString &path)
{
    AdminAction::Steps<QJsonObject, Result<WarmupReport>> steps;
    steps.title = tr("Warm up system caches");
    steps.planning = tr("Reading the prompts…");
    // Files are read off the GUI thread too (a prompts file may be on a slow share), and
    // not on the reader, whose refreshes must not wait for it.
    steps.planOnAdmin = true;
    steps.plan = [path](const QString &) { return PromptSet::load(path); };
    steps.question = [path](const QJsonObject &prompts, const UserRef &staff) {
        QStringList keys = prompts.keys();
        const int n = PageParts::pluralCount(keys.size());
        if (keys.size() > 8) {
            keys = keys.mid(0, 8);
            keys << tr("…");
        }
        const QString listed = keys.join(QStringLiteral(", "));
        const QString text = path.isEmpty()
                                 ? tr("Warm up %Ln permanent system cache entries from the default prompt set?\n\nKeys: %1\n\n"
                                      "Entries that already hold the same text stay unchanged. "
                                      "The warm-up is recorded in the audit log under %2.",
                                      nullptr, n)
                                       .arg(listed, staff.email)
                                 : tr("Warm up %Ln permanent system cache entries from %1?\n\nKeys: %2\n\n"
                                      "Entries that already hold the same text stay unchanged. "
                                      "The warm-up is recorded in the audit log under %3.",
                                      nullptr, n)
                                       .arg(path, listed, staff.email);
        return AdminAction::Question{text, tr("Warm up")};
    };
    steps.running = tr("Warming up system caches…");
    steps.run = [](const QString &connection, const QJsonObject &prompts, int staffId, const QUuid &actionId, const AdminAction::Progress &) {
        return CacheService(connection).warmup(staffId, prompts, actionId);
    };
    steps.report = [](const Result<WarmupReport> &report, const QJsonObject &) {
        if (!report)
            return AdminAction::Report{report.error(), true};
        const QString inserted = DisplayText::count(report->inserted);
        const QString updated = DisplayText::count(report->updated);
        const QString unchanged = DisplayText::count(report->unchanged);
        if (report->duplicatesRemoved > 0)
            return AdminAction::Report{tr("System caches warmed up: %1 inserted, %2 updated, %3 unchanged. Duplicate rows removed: %4.")
                                           .arg(inserted, updated, unchanged, DisplayText::count(report->duplicatesRemoved))};
        return AdminAction::Report{tr("System caches warmed up: %1 inserted, %2 updated, %3 unchanged.").arg(inserted, updated, unchanged)};
    };
    m_admin->start(std::move(steps));
}

void CacheActions::deleteEntry()
{
    const std::optional<CacheEntryRef> entry = m_entries.currentEntry();
    if (isBusy() || !entry)
        return;
    const CacheEntryRef e = *entry;
    AdminAction::Steps<CountedRows, Result<qint64>> steps;
    steps.title = tr("Delete cache entry");
    steps.planning = tr("Counting matching rows…");
    steps.plan = [e](const QString &connection) { return CacheService(connection).countMatching(e.key, e.type, e.userId); };
    steps.nothingToDo = [e](const CountedRows &counted) -> std::optional<AdminAction::Report> {
        if (counted.rows > 0)
            return std::nullopt;
        return AdminAction::Report{tr("The entry \"%1\" no longer exists: nothing to delete.").arg(e.key)};
    };
    steps.question = [e](const CountedRows &counted, const UserRef &staff) {
        return AdminAction::Question{tr("Delete the cache entry \"%1\" (type %2, owner %3)?\n\nRows deleted: %4. "
                                        "The deletion is recorded in the audit log under %5.")
                                         .arg(e.key, e.type, e.owner, DisplayText::count(counted.rows), staff.email),
                                     tr("Delete")};
    };
    steps.running = tr("Deleting the entry…");
    steps.run = [e](const QString &connection, const CountedRows &counted, int staffId, const QUuid &actionId,
                    const AdminAction::Progress &) {
        return CacheService(connection).remove(staffId, e.key, e.type, e.userId, actionId, counted.maxId);
    };
    steps.report = [](const Result<qint64> &deleted, const CountedRows &counted) {
        if (!deleted)
            return AdminAction::Report{deleted.error(), true};
        // One entry may be several rows (a system key's shared rows): English says "1 cache
        // entry deleted", "3 cache rows deleted" (quotadesk_en.ts).
        return AdminAction::Report{tr("%Ln cache rows deleted", nullptr, PageParts::pluralCount(*deleted)) + countedNote(*deleted, counted)};
    };
    m_admin->start(std::move(steps));
}

void CacheActions::cleanUpUser()
{
    if (isBusy())
        return;
    // The selected entry's user, else the one typed in the user filter.
    QString who;
    if (const std::optional<CacheEntryRef> entry = m_entries.currentEntry(); entry && entry->userId)
        who = QString::number(*entry->userId);
    if (who.isEmpty())
        who = m_entries.typedUser();
    const QString title = tr("Clean up a user's caches");
    if (who.isEmpty() || who.compare(QLatin1String("system"), Qt::CaseInsensitive) == 0) {
        Dialogs::information(m_page, title, tr("Select an entry of the user, or type the user's id or email in the user filter."));
        return;
    }

    AdminAction::Steps<UserCleanupPlan, Result<qint64>> steps;
    steps.title = title;
    steps.planning = tr("Counting the user's entries…");
    steps.plan = [who](const QString &connection) {
        const Result<UserRef> user = UserLookup(connection).find(who);
        if (!user)
            return Result<UserCleanupPlan>::failure(user.error());
        const Result<CountedRows> entries = CacheService(connection).countUserEntries(user->id);
        if (!entries)
            return Result<UserCleanupPlan>::failure(entries.error(), entries.why());
        return Result<UserCleanupPlan>(UserCleanupPlan{user.value(), entries.value()});
    };
    steps.nothingToDo = [](const UserCleanupPlan &plan) -> std::optional<AdminAction::Report> {
        if (plan.entries.rows > 0)
            return std::nullopt;
        return AdminAction::Report{tr("%1 (#%2) has no non-system cache entries: nothing to delete.")
                                       .arg(plan.user.email, QString::number(plan.user.id)),
                                   false, false};
    };
    steps.question = [](const UserCleanupPlan &plan, const UserRef &staff) {
        const int n = PageParts::pluralCount(plan.entries.rows);
        return AdminAction::Question{tr("Delete all %Ln non-system cache entries of %1 (#%2), live and expired?\n\n"
                                        "Shared system entries stay. The deletion is recorded in the audit log under %3.",
                                        nullptr, n)
                                         .arg(plan.user.email, QString::number(plan.user.id), staff.email),
                                     tr("Delete %Ln entries", nullptr, n)};
    };
    steps.running = tr("Deleting the user's entries…");
    steps.run = [](const QString &connection, const UserCleanupPlan &plan, int staffId, const QUuid &actionId, const AdminAction::Progress &) {
        return CacheService(connection).cleanupUser(staffId, plan.user.id, actionId, plan.entries.maxId);
    };
    steps.report = [](const Result<qint64> &deleted, const UserCleanupPlan &plan) {
        if (!deleted)
            return AdminAction::Report{deleted.error(), true};
        return AdminAction::Report{tr("%Ln cache entries of %1 deleted", nullptr, PageParts::pluralCount(*deleted)).arg(plan.user.email)
                                   + countedNote(*deleted, plan.entries)};
    };
    m_admin->start(std::move(steps));
}
