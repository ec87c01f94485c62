#include "common/DisplayText.h"

#include <QLocale>

namespace {

QLocale readableLocale()
{
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

} // namespace

QString DisplayText::minutes(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString DisplayText::seconds(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QString DisplayText::count(qint64 n)
{
    return readableLocale().toString(n);
}

QString DisplayText::names(const QStringList &names, int shown)
{
    const QString listed = names.mid(0, shown).join(QStringLiteral(", "));
    const qsizetype more = names.size() - shown;
    if (more <= 0)
        return listed;
    return tr("%1 and %Ln more", nullptr, int(more)).arg(listed);
}
