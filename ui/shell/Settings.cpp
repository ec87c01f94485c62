#include "shell/Settings.h"

#include <QRegularExpression>

namespace {
const QString KeyConnection = QStringLiteral("connection/last");
const QString KeyReadConnection = QStringLiteral("connection/lastRead");
const QString KeyKeychain = QStringLiteral("connection/passwordInKeychain");
const QString KeyStaff = QStringLiteral("connection/staffAccount");
const QString KeyGeometry = QStringLiteral("window/geometry");
const QString KeyState = QStringLiteral("window/state");
const QString KeySplitters = QStringLiteral("window/splitters/");
const QString KeyPage = QStringLiteral("window/page");
const QString KeyPlaintextWarned = QStringLiteral("connection/plaintextWarned");
const QString KeyLanguage = QStringLiteral("ui/language");
const QString KeyRefresh = QStringLiteral("ui/refreshSeconds");
} // namespace

Settings::Settings() : m_settings(std::make_unique<QSettings>()) {}

Settings::Settings(const QString &iniFile) : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat)) {}

QString Settings::withoutPassword(const QString &target)
{
    QString cleaned = target.trimmed();
    if (cleaned.startsWith(QLatin1String("postgres://")) || cleaned.startsWith(QLatin1String("postgresql://"))) {
        static const QRegularExpression userInfo(QStringLiteral("^(postgres(?:ql)?://[^:/@\\s]*):[^@\\s]*@"));
        cleaned.replace(userInfo, QStringLiteral("\\1@"));
        static const QRegularExpression parameter(QStringLiteral("([?&])password=[^&]*(&|$)"));
        cleaned.replace(parameter, QStringLiteral("\\1"));
        while (cleaned.endsWith(u'?') || cleaned.endsWith(u'&'))
            cleaned.chop(1);
        return cleaned;
    }
    static const QRegularExpression keyValue(QStringLiteral("\\s*\\bpassword\\s*=\\s*('(?:[^'\\\\]|\\\\.)*'|\\S+)"));
    cleaned.replace(keyValue, QString());
    return cleaned.trimmed();
}

QString Settings::lastConnection() const { return m_settings->value(KeyConnection).toString(); }
void Settings::setLastConnection(const QString &target) { m_settings->setValue(KeyConnection, withoutPassword(target)); }
QString Settings::lastReadConnection() const { return m_settings->value(KeyReadConnection).toString(); }
void Settings::setLastReadConnection(const QString &target) { m_settings->setValue(KeyReadConnection, withoutPassword(target)); }
QStringList Settings::passwordsInKeychain() const { return m_settings->value(KeyKeychain).toStringList(); }

bool Settings::passwordInKeychain(const QString &key) const { return !key.isEmpty() && passwordsInKeychain().contains(key); }

void Settings::setPasswordInKeychain(const QString &key, bool remembered)
{
    if (key.isEmpty() || passwordInKeychain(key) == remembered)
        return;
    QStringList keys = passwordsInKeychain();
    if (remembered)
        keys << key;
    else
        keys.removeAll(key);
    m_settings->setValue(KeyKeychain, keys);
}

QString Settings::staffAccount() const { return m_settings->value(KeyStaff).toString(); }
void Settings::setStaffAccount(const QString &email) { m_settings->setValue(KeyStaff, email); }
QByteArray Settings::windowGeometry() const { return m_settings->value(KeyGeometry).toByteArray(); }
void Settings::setWindowGeometry(const QByteArray &geometry) { m_settings->setValue(KeyGeometry, geometry); }
QByteArray Settings::windowState() const { return m_settings->value(KeyState).toByteArray(); }
void Settings::setWindowState(const QByteArray &state) { m_settings->setValue(KeyState, state); }
QByteArray Settings::splitterState(const QString &name) const { return m_settings->value(KeySplitters + name).toByteArray(); }
void Settings::setSplitterState(const QString &name, const QByteArray &state) { m_settings->setValue(KeySplitters + name, state); }
QString Settings::lastPage() const { return m_settings->value(KeyPage, QStringLiteral("overview")).toString(); }
void Settings::setLastPage(const QString &page) { m_settings->setValue(KeyPage, page); }
bool Settings::plaintextWarned(const QString &target) const
{
    return m_settings->value(KeyPlaintextWarned).toStringList().contains(withoutPassword(target));
}

void Settings::setPlaintextWarned(const QString &target)
{
    QStringList warned = m_settings->value(KeyPlaintextWarned).toStringList();
    const QString cleaned = withoutPassword(target);
    if (!warned.contains(cleaned))
        m_settings->setValue(KeyPlaintextWarned, warned << cleaned);
}

QString Settings::language() const { return m_settings->value(KeyLanguage).toString(); }
void Settings::setLanguage(const QString &language) { m_settings->setValue(KeyLanguage, language); }
int Settings::refreshSeconds() const { return qBound(5, m_settings->value(KeyRefresh, 30).toInt(), 3600); }
void Settings::setRefreshSeconds(int seconds) { m_settings->setValue(KeyRefresh, seconds); }
void Settings::sync() { m_settings->sync(); }
