#include "common/DisplayText.h"

#include <limits>

#include <QLocale>

#include "db/SqlTime.h"

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
    if (const int sign = SqlTime::infinitySign(at))
        return infinite(sign);
    return at.isValid() ? QLocale().toString(at.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString DisplayText::seconds(const QDateTime &at)
{
    if (const int sign = SqlTime::infinitySign(at))
        return infinite(sign);
    return at.isValid() ? QLocale().toString(at.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QString DisplayText::infinite(int sign)
{
    return sign > 0 ? tr("∞ (infinity)") : tr("−∞ (minus infinity)");
}

QString DisplayText::count(qint64 n)
{
    return readableLocale().toString(n);
}

QString DisplayText::plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(text.toHtmlEscaped());
}

QString DisplayText::usdFromCents(qint64 cents)
{
    const QLocale locale = readableLocale(); // the C locale would write "1,234.56$"
    if (cents < 0) // never from the sums of greatest(cost, 0); exact anyway
        return locale.negativeSign() + usdFromCents(cents == std::numeric_limits<qint64>::min() ? std::numeric_limits<qint64>::max() : -cents);
    // The locale places the symbol around the whole dollars; the cents go right after
    // their last digit.
    QString text = locale.toCurrencyString(qulonglong(cents / 100), QStringLiteral("$"));
    qsizetype last = text.size() - 1;
    while (last >= 0 && !text.at(last).isDigit())
        --last;
    return text.insert(last + 1, locale.decimalPoint() + QStringLiteral("%1").arg(cents % 100, 2, 10, QLatin1Char('0')));
}

QString DisplayText::usd(double dollars)
{
    return readableLocale().toCurrencyString(dollars, QStringLiteral("$"), 2);
}

QString DisplayText::aboutDuration(qint64 seconds)
{
    const qint64 minutes = seconds / 60;
    if (minutes < 1)
        return tr("less than a minute");
    if (minutes < 60)
        return tr("about %n min", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return minutes % 60 == 0 ? tr("about %n h", nullptr, int(hours))
                                 : tr("about %1 h %2 min").arg(hours).arg(minutes % 60);
    const qint64 days = hours / 24;
    return hours % 24 == 0 ? tr("about %n day(s)", nullptr, int(days))
                           : tr("about %n day(s) %1 h", nullptr, int(days)).arg(hours % 24);
}

QString DisplayText::exhaustion(const QDateTime &exhaustedAt, const QDateTime &from)
{
    if (!exhaustedAt.isValid())
        return tr("lasts until it resets");
    const qint64 seconds = from.secsTo(exhaustedAt);
    if (seconds <= 0)
        return tr("out now");
    return tr("out in %1 (%2 UTC)").arg(aboutDuration(seconds), minutes(exhaustedAt));
}

QString DisplayText::names(const QStringList &names, int shown)
{
    const QString listed = names.mid(0, shown).join(QStringLiteral(", "));
    const qsizetype more = names.size() - shown;
    if (more <= 0)
        return listed;
    return tr("%1 and %Ln more", nullptr, int(more)).arg(listed);
}
