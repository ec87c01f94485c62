#include "pages/AuditPage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "audit/AuditChain.h"
#include "audit/AuditLogModel.h"
#include "common/DisplayText.h"
#include "db/DatabaseWorker.h"
#include "pages/PageParts.h"
#include "shell/AppContext.h"
#include "shell/Dialogs.h"

namespace {
const QDate AnyDate(2000, 1, 1); // the "any" value of the date fields
}

AuditPage::AuditPage(AppContext &context, QWidget *parent) : Page(parent), m_context(context)
{
    setObjectName(QStringLiteral("auditPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(PageParts::heading(tr("Audit log"), this));

    auto *filters = new QHBoxLayout;
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("actionFilter"));
    m_action->addItem(tr("All actions"), QString());
    m_action->setMinimumContentsLength(18);
    m_staff = new QLineEdit(this);
    m_staff->setObjectName(QStringLiteral("staffFilter"));
    m_staff->setPlaceholderText(tr("Staff member (email, name or login) or action id"));
    m_staff->setClearButtonEnabled(true);
    const auto dateField = [this](const QString &name) {
        auto *edit = new QDateEdit(this);
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setMinimumDate(AnyDate);
        edit->setSpecialValueText(tr("any"));
        edit->setDate(AnyDate);
        return edit;
    };
    m_from = dateField(QStringLiteral("fromFilter"));
    m_to = dateField(QStringLiteral("toFilter"));
    filters->addWidget(new QLabel(tr("Action:"), this));
    filters->addWidget(m_action);
    filters->addWidget(m_staff, 1);
    filters->addWidget(new QLabel(tr("From (UTC):"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("To:"), this));
    filters->addWidget(m_to);
    m_verify = new QPushButton(tr("&Verify integrity"), this);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verify->setToolTip(tr("Recompute the audit chain: finds any audit row changed, deleted or inserted outside Quotadesk."));
    filters->addWidget(m_verify);
    layout->addLayout(filters);
    m_integrity = new QLabel(this);
    m_integrity->setObjectName(QStringLiteral("integrityResult"));
    m_integrity->setTextFormat(Qt::PlainText);
    m_integrity->setWordWrap(true);
    m_integrity->hide();
    layout->addWidget(m_integrity);

    m_model = new AuditLogModel(m_context.reader(), this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnHidden(AuditLogModel::Id, true);
    m_table->setWordWrap(false);
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("auditDetails"));
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select an action to see all its details."));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    PageParts::debounceTyping(this, {m_staff}, [this] { applyFilter(); });
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditPage::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditPage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditPage::showDetails);
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verifyIntegrity);
    connect(m_model, &PagedQueryModel::loadFailed, this, [this](const QString &message) {
        if (m_loading) {
            m_loading = false;
            loadFailed(message);
        }
    });
    connect(m_model, &PagedQueryModel::pageLoaded, this, [this] {
        if (!m_loading)
            return; // a further page scrolled in
        m_loading = false;
        reselect();
        m_table->resizeColumnsToContents();
        m_table->horizontalHeader()->setStretchLastSection(true);
        loadFinished();
    });
}

QAbstractItemView *AuditPage::exportableView() const
{
    return m_table;
}

void AuditPage::load()
{
    // Keep the action list current, then reload the rows with the same filter.
    m_context.reader().run<Result<QStringList>>(
        this, [](const QString &connection) { return AuditLogModel::actions(connection); },
        [this](const Result<QStringList> &actions) {
            if (!actions)
                return;
            const QString current = m_action->currentData().toString();
            const QSignalBlocker block(m_action);
            m_action->clear();
            m_action->addItem(tr("All actions"), QString());
            for (const QString &a : actions.value())
                m_action->addItem(a, a);
            m_action->setCurrentIndex(std::max(0, m_action->findData(current)));
        });
    m_loading = true;
    if (m_model->rowCount() > 0 && currentFilter() == m_model->filter()) {
        // Live refresh: same filter, rows swapped in place, the selected action kept.
        m_keepId = m_model->rowValues(m_table->currentIndex().row()).value(AuditLogModel::Id).toLongLong();
        m_model->refresh();
        return;
    }
    applyFilter();
}

AuditLogModel::Filter AuditPage::currentFilter() const
{
    AuditLogModel::Filter filter;
    filter.action = m_action->currentData().toString();
    filter.staff = m_staff->text();
    filter.from = m_from->date() == AnyDate ? QDate() : m_from->date();
    filter.to = m_to->date() == AnyDate ? QDate() : m_to->date();
    return filter;
}

void AuditPage::applyFilter()
{
    m_keepId = 0;
    m_model->setFilter(currentFilter());
    m_details->clear();
}

void AuditPage::reselect()
{
    PageParts::reselect(m_table, *m_model, AuditLogModel::Id, m_keepId);
    m_keepId = 0;
}

void AuditPage::showDetails()
{
    const int row = m_table->currentIndex().row();
    const QVariantList values = m_model->rowValues(row);
    if (values.isEmpty()) {
        m_details->clear();
        return;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(values.value(AuditLogModel::Details).toString().toUtf8());
    const QString login = values.value(AuditLogModel::Login).toString();
    const QString actionId = values.value(AuditLogModel::ActionId).toString();
    m_details->setPlainText(tr("%1 by %2 on %3\nLogin: %4 · Action id: %5\n\n%6")
                                .arg(values.value(AuditLogModel::Action).toString(), values.value(AuditLogModel::Staff).toString(),
                                     m_model->data(m_model->index(row, AuditLogModel::When)).toString(),
                                     login.isEmpty() ? tr("not recorded") : login, actionId.isEmpty() ? tr("none (written before the chain began)") : actionId,
                                     doc.isNull() ? values.value(AuditLogModel::Details).toString() : QString::fromUtf8(doc.toJson(QJsonDocument::Indented))));
}

void AuditPage::verifyIntegrity()
{
    m_verify->setEnabled(false);
    m_integrity->setStyleSheet(QString());
    m_integrity->setText(tr("Verifying the audit chain…"));
    m_integrity->show();
    m_context.reader().run<Result<AuditVerification>>(
        this, [](const QString &connection) { return AuditChain(connection).verify(); },
        [this](const Result<AuditVerification> &result) {
            m_verify->setEnabled(true);
            QString text;
            bool intact = false;
            if (!result) {
                text = tr("Could not verify the audit chain: %1").arg(result.error());
            } else if (result->intact()) {
                intact = true;
                text = tr("Audit trail intact: %Ln rows, each as it was written (checked %1 UTC).", nullptr,
                          PageParts::pluralCount(result->links))
                           .arg(DisplayText::seconds(QDateTime::currentDateTimeUtc()));
            } else {
                text = tr("Audit trail NOT intact: %Ln problems. First: %1", nullptr, PageParts::pluralCount(result->problemCount))
                           .arg(result->problems.first().message);
            }
            m_integrity->setText(text);
            m_integrity->setStyleSheet(intact ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b71c1c; font-weight: bold;"));
            if (intact)
                Dialogs::information(this, tr("Verify integrity"), text);
            else
                Dialogs::error(this, tr("Verify integrity"), text);
        });
}
