#include "app/settings/Preferences.h"

#include "core/i18n/Translations.h"

#include <QCoreApplication>
#include <QSettings>

namespace segurdesk::settings {

namespace {

const QString PortalKey = QStringLiteral("portal/address");
const QString LanguageKey = QStringLiteral("interface/language");

// `language` when the application speaks it, else the default (a hand-edited file).
QString spoken(const QString& language, const QString& fallback)
{
    return interfaceLanguages().contains(language) ? language : fallback;
}

} // namespace

Preferences Preferences::stored()
{
    const QSettings settings;
    Preferences preferences;
    preferences.portal = QUrl(settings.value(PortalKey).toString());
    preferences.language = spoken(settings.value(LanguageKey).toString(), preferences.language);
    return preferences;
}

QString Preferences::store(const Preferences& preferences)
{
    QSettings settings;
    settings.setValue(PortalKey, preferences.portal.toString());
    settings.setValue(LanguageKey, preferences.language);
    settings.sync();
    if (settings.status() == QSettings::NoError)
        return {};
    return QCoreApplication::translate("Preferences", "Your settings could not be written to %1.")
        .arg(settings.fileName());
}

Preferences Preferences::withEnvironment() const
{
    Preferences effective = *this;
    if (qEnvironmentVariableIsSet("SEGURDESK_PORTAL"))
        effective.portal = QUrl(qEnvironmentVariable("SEGURDESK_PORTAL"));
    effective.language = spoken(qEnvironmentVariable("SEGURDESK_LANG"), language);
    return effective;
}

} // namespace segurdesk::settings
