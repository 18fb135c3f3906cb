#include "app/settings/Preferences.h"

#include <QCoreApplication>
#include <QSettings>

namespace segurdesk::settings {

namespace {

const QString PortalKey = QStringLiteral("portal/address");
const QString LanguageKey = QStringLiteral("interface/language");

} // namespace

Preferences Preferences::atStart()
{
    const QSettings stored;
    Preferences preferences;
    preferences.portal = QUrl(qEnvironmentVariable("SEGURDESK_PORTAL", stored.value(PortalKey).toString()));
    const QString language = qEnvironmentVariable("SEGURDESK_LANG", stored.value(LanguageKey).toString());
    // A language the application does not speak (a hand-edited file) leaves the default.
    if (language == QLatin1String("fr") || language == QLatin1String("en"))
        preferences.language = language;
    return preferences;
}

QString Preferences::store(const Preferences& preferences)
{
    QSettings stored;
    stored.setValue(PortalKey, preferences.portal.toString());
    stored.setValue(LanguageKey, preferences.language);
    stored.sync();
    if (stored.status() == QSettings::NoError)
        return {};
    return QCoreApplication::translate("Preferences", "Your settings could not be written to %1.")
        .arg(stored.fileName());
}

} // namespace segurdesk::settings
