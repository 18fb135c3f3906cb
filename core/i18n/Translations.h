#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace segurdesk {

// Installs the project's and Qt's translators for `language` ("fr" or "en") on `app`, in place of
// those of an earlier call, and makes interfaceLocale() the default locale. French is the default UI language; source strings
// are English, and the English catalogue only gives their plural forms.
// Returns false when `language` is neither, leaving the application untranslated.
bool installTranslations(QCoreApplication& app, const QString& language = QStringLiteral("fr"));

// The locale that numbers in messages follow: the interface language's, whatever the system's
// ("4,01 Mo" and "1 200 × 800 px" in French), decided by the catalogue installed.
QLocale interfaceLocale();

} // namespace segurdesk
