#include "core/i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QThread>
#include <QTranslator>

namespace segurdesk {

namespace {

// The translators installTranslations() installed, among the application's children.
const QString TranslatorName = QStringLiteral("segurdesk-translator");

} // namespace

const QStringList& interfaceLanguages()
{
    static const QStringList languages {QStringLiteral("fr"), QStringLiteral("en")};
    return languages;
}

std::vector<std::unique_ptr<QTranslator>> loadTranslations(const QCoreApplication& app, const QString& language)
{
    std::vector<std::unique_ptr<QTranslator>> translators;
    if (!interfaceLanguages().contains(language))
        return translators;
    // English too: its catalogue holds the plural forms ("1 page", "2 pages") of the sources.
    auto project = std::make_unique<QTranslator>();
    if (project->load(QStringLiteral(":/i18n/segurdesk_%1.qm").arg(language)))
        translators.push_back(std::move(project));
    // Not installed on every system (Debian ships none in French): the project then names Qt's
    // own buttons itself.
    auto qtBase = std::make_unique<QTranslator>();
    if (qtBase->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        translators.push_back(std::move(qtBase));
    for (const std::unique_ptr<QTranslator>& translator : translators)
        translator->moveToThread(app.thread());
    return translators;
}

void installTranslations(QCoreApplication& app, std::vector<std::unique_ptr<QTranslator>> translators)
{
    for (QTranslator* earlier : app.findChildren<QTranslator*>(TranslatorName, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(earlier);
        delete earlier;
    }
    for (std::unique_ptr<QTranslator>& translator : translators) {
        translator->setObjectName(TranslatorName);
        QCoreApplication::installTranslator(translator.get());
        translator.release()->setParent(&app);
    }
    // Numbers, dates and amounts everywhere (QLocale()) as a reader of the interface language
    // expects them: "8,5 %" and "6 666,67 €" in French, whatever the system's locale.
    QLocale::setDefault(interfaceLocale());
}

bool installTranslations(QCoreApplication& app, const QString& language)
{
    if (!interfaceLanguages().contains(language))
        return false;
    installTranslations(app, loadTranslations(app, language));
    return true;
}

QLocale interfaceLocale()
{
    return QLocale(QCoreApplication::translate("FileInspector", "en_GB", "locale used to format numbers in messages"));
}

} // namespace segurdesk
