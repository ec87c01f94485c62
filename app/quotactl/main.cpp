#include <QCoreApplication>
#include <QLocale>

#include "Quotactl.h"
#include "Translations.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("quotactl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QUOTADESK_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Quotadesk"));
    // Messages follow the user's locale, like other command-line tools; --json runs stay
    // untranslated for the scripts that read them.
    const QStringList arguments = QCoreApplication::arguments();
    if (Quotactl::wantsJson(arguments))
        Translations::installEnglishPlurals();
    else
        Translations::install(QLocale::system());
    return Quotactl().run(arguments);
}
