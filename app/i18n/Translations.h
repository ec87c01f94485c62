#pragma once

class QLocale;

/// The translations every Quotadesk program loads: Qt's own (qtbase) and Quotadesk's
/// catalog, compiled into the program under :/i18n.
namespace Translations {

/// Makes `locale` the default and installs both catalogs for it on the running
/// application (they live as long as it). Returns whether Quotadesk's catalog was found;
/// without one the program speaks English.
bool install(const QLocale &locale);

/// Only the English plural forms ("1 user", "2 users"), without changing the locale:
/// for output that must stay English. install() includes them.
void installEnglishPlurals();

} // namespace Translations
