#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translations {

void installEnglishPlurals()
{
    auto *plurals = new QTranslator(QCoreApplication::instance());
    if (plurals->load(QStringLiteral("quotadesk_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(plurals);
}

bool install(const QLocale &locale)
{
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    installEnglishPlurals(); // first, so it is asked last
    auto *quotadesk = new QTranslator(QCoreApplication::instance());
    const bool found = quotadesk->load(locale, QStringLiteral("quotadesk"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (found)
        QCoreApplication::installTranslator(quotadesk);
    return found;
}

} // namespace Translations
