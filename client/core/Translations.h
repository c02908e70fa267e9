#pragma once

#include <QLocale>

namespace cj::client {

// Installs the program's and Qt's own translations for a language and makes it the default locale
// (dates, month names, decimal commas). The .qm files are embedded under :/i18n.
void installTranslations(const QLocale &locale);

} // namespace cj::client
