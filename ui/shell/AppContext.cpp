#include "shell/AppContext.h"

#include "db/DatabaseWorker.h"
#include "db/Migrator.h"
#include "dialogs/StaffDialog.h"
#include "shell/Settings.h"

AppContext::AppContext(QString target, Settings &settings, QObject *parent, QString readTarget)
    : QObject(parent), m_target(std::move(target)), m_readTarget(std::move(readTarget)), m_settings(settings)
{
    const QString channel = QString::fromLatin1(NotifyChannel);
    if (m_readTarget.isEmpty()) {
        m_reader = new DatabaseWorker(m_target, QStringLiteral("quotadesk-reader"), channel, this);
    } else {
        m_reader = new DatabaseWorker(m_readTarget, QStringLiteral("quotadesk-reader"), QString(), this);
        m_listener = new DatabaseWorker(m_target, QStringLiteral("quotadesk-listener"), channel, this);
        connect(m_listener, &DatabaseWorker::notified, this, [this] { m_debounce.start(); });
        // Notifications sent while the listener was away are lost: reload once it is back.
        connect(m_listener, &DatabaseWorker::connected, this, &AppContext::requestRefresh);
    }
    m_admin = new DatabaseWorker(m_target, QStringLiteral("quotadesk-admin"), QString(), this);
    // Limits per session, not server-wide: a page's read gives up after a minute (a
    // message, not a frozen page), and an admin action waits for a lock at most 5 s.
    m_reader->setSessionStatements({QStringLiteral("SET statement_timeout = '60s'")});
    m_admin->setSessionStatements({QStringLiteral("SET lock_timeout = '5s'")});

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(1500);
    connect(&m_debounce, &QTimer::timeout, this, &AppContext::dataChanged);
    // A DBA may grant or revoke while the dashboard is open (quotactl grant notifies):
    // every refresh asks the server again what this login may do.
    connect(this, &AppContext::dataChanged, this, [this] {
        if (m_connected)
            checkAccess();
    });
    m_fallback.setInterval(m_settings.refreshSeconds() * 1000);
    connect(&m_fallback, &QTimer::timeout, this, &AppContext::requestRefresh);

    connect(m_reader, &DatabaseWorker::notified, this, [this] { m_debounce.start(); });
    connect(m_reader, &DatabaseWorker::connected, this, [this] {
        const bool restored = m_everConnected && !m_connected;
        m_connected = true;
        m_everConnected = true;
        if (!m_staff)
            resolveSavedStaff();
        checkSchema();
        checkSecurity();
        checkAccess();
        if (restored)
            emit connectionRestored();
        // Notifications sent while we were away are lost: reload everything.
        requestRefresh();
    });
    connect(m_reader, &DatabaseWorker::connectionLost, this, [this](const QString &message) {
        m_connected = false;
        emit connectionLost(message);
    });
}

AppContext::~AppContext() = default;

void AppContext::start()
{
    m_reader->start();
    m_admin->start();
    if (m_listener)
        m_listener->start();
    m_fallback.start();
}

void AppContext::requestRefresh()
{
    m_debounce.stop();
    emit dataChanged();
}

void AppContext::markUpdated()
{
    m_lastUpdated = QDateTime::currentDateTime();
    emit updated(m_lastUpdated);
}

void AppContext::setStaff(const UserRef &staff)
{
    m_staff = staff;
    m_settings.setStaffAccount(staff.email);
    emit staffChanged();
}

void AppContext::checkSchema()
{
    // A database without (or with a newer) Quotadesk schema gets one clear message, not
    // a failing query on every page.
    m_reader->run<Status>(
        this, [](const QString &connection) { return Migrator(connection).verify(); },
        [this](const Status &verified) {
            if (!verified && !m_connected)
                return; // the connection went, not the schema: connectionLost() says so
            m_schemaProblem = verified ? QString() : verified.error();
            emit schemaChecked(m_schemaProblem);
        });
}

void AppContext::checkSecurity()
{
    // libpq is asked in the reader's thread, on the reader's own connection.
    m_reader->run<Result<ConnectionSecurity::Info>>(
        this, [](const QString &connection) { return ConnectionSecurity::probe(connection); },
        [this](const Result<ConnectionSecurity::Info> &probed) {
            if (!probed)
                return; // the connection went away meanwhile: connectionLost() says so
            m_security = probed.value();
            emit securityChecked(probed.value());
        });
}

void AppContext::checkAccess()
{
    m_reader->run<Result<Access>>(
        this, [](const QString &connection) { return AccessCheck(connection).check(); },
        [this](const Result<Access> &checked) {
            if (!checked)
                return; // the connection went away meanwhile: the next connect checks again
            m_access = checked.value();
            // A login that may act only as its own staff account acts as that one.
            if (m_access.staff && !m_access.mayActForOthers && (!m_staff || m_staff->id != m_access.staff->id)) {
                m_staff = m_access.staff;
                emit staffChanged();
            }
            emit accessChanged();
        });
}

void AppContext::resolveSavedStaff()
{
    const QString saved = m_settings.staffAccount();
    if (saved.isEmpty())
        return;
    m_reader->run<Result<UserRef>>(
        this, [saved](const QString &connection) { return UserLookup(connection).findStaff(saved); },
        [this](const Result<UserRef> &staff) {
            if (staff) {
                m_staff = staff.value();
                emit staffChanged();
            }
        });
}

void AppContext::withStaff(QWidget *parent, const std::function<void(const UserRef &)> &action)
{
    if (m_staff) {
        action(*m_staff);
        return;
    }
    StaffDialog::ask(parent, *this, [this, action](const UserRef &staff) {
        setStaff(staff);
        action(staff);
    });
}
