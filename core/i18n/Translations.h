#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QCoreApplication;
class QTranslator;

namespace segurdesk {

// The interface languages, French first (the default): "fr", "en".
const QStringList& interfaceLanguages();

// The project's and Qt's catalogues for `language`, read from disk: off the GUI thread once the
// application runs. The translators belong to `app`'s thread, ready to install. Empty when
// `language` is not one of interfaceLanguages().
std::vector<std::unique_ptr<QTranslator>> loadTranslations(const QCoreApplication& app, const QString& language);

// Installs `translators` on `app` in place of those installed before, and makes
// interfaceLocale() the default locale. Each change of translators sends every widget a
// QEvent::LanguageChange, which switches the open windows live.
void installTranslations(QCoreApplication& app, std::vector<std::unique_ptr<QTranslator>> translators);

// Both at once, for start-up: French is the default UI language; source strings are English, and
// the English catalogue only gives their plural forms. Returns false when `language` is not one
// of interfaceLanguages(), leaving the application untranslated.
bool installTranslations(QCoreApplication& app, const QString& language = QStringLiteral("fr"));

// The locale that numbers in messages follow: the interface language's, whatever the system's
// ("4,01 Mo" and "1 200 × 800 px" in French), decided by the catalogue installed.
QLocale interfaceLocale();

} // namespace segurdesk
