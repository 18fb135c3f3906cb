#include "core/i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace segurdesk {

namespace {

// The translators installTranslations() installed, among the application's children.
const QString TranslatorName = QStringLiteral("segurdesk-translator");

} // namespace

bool installTranslations(QCoreApplication& app, const QString& language)
{
    if (language != QLatin1String("fr") && language != QLatin1String("en"))
        return false;
    // The language chosen before goes: each change of translators sends every widget a
    // QEvent::LanguageChange, which switches the open windows live.
    for (QTranslator* earlier : app.findChildren<QTranslator*>(TranslatorName, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(earlier);
        delete earlier;
    }
    // English too: its catalogue holds the plural forms ("1 page", "2 pages") of the sources.
    auto* project = new QTranslator(&app);
    project->setObjectName(TranslatorName);
    if (project->load(QStringLiteral(":/i18n/segurdesk_%1.qm").arg(language)))
        QCoreApplication::installTranslator(project);
    auto* qtBase = new QTranslator(&app);
    qtBase->setObjectName(TranslatorName);
    if (qtBase->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtBase);
    // Numbers, dates and amounts everywhere (QLocale()) as a reader of the interface language
    // expects them: "8,5 %" and "6 666,67 €" in French, whatever the system's locale.
    QLocale::setDefault(interfaceLocale());
    return true;
}

QLocale interfaceLocale()
{
    return QLocale(QCoreApplication::translate("FileInspector", "en_GB", "locale used to format numbers in messages"));
}

} // namespace segurdesk
