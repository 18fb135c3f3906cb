#pragma once

#include "core/i18n/Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <gtest/gtest.h>

namespace segurdesk::testing {

// A widget test in one interface language, French unless it switches: the catalogues are
// installed before the test, and after it the translators go and the default locale comes back,
// so that no test of the process sees another's language or number format.
class TranslatedTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(switchLanguage(QStringLiteral("fr"))); }
    void TearDown() override { removeTranslations(); }

    // As the user changing the language while the window is open.
    static bool switchLanguage(const QString& language)
    {
        return installTranslations(*QCoreApplication::instance(), language);
    }

    static void removeTranslations()
    {
        for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(QLocale::system());
    }
};

} // namespace segurdesk::testing
