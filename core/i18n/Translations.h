#pragma once

#include <QString>

class QCoreApplication;

namespace segurdesk {

// Installs the project's and Qt's translators for `language` ("fr" or "en") on `app`.
// French is the default UI language; source strings are English, so "en" needs no catalogue.
// Returns false when `language` is neither, leaving the application untranslated.
bool installTranslations(QCoreApplication& app, const QString& language = QStringLiteral("fr"));

} // namespace segurdesk
