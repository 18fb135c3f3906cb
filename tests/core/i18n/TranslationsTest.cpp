#include "core/i18n/Translations.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

namespace {

TEST(Translations, RefusesUnknownLanguage)
{
    EXPECT_FALSE(segurdesk::installTranslations(*QCoreApplication::instance(), QStringLiteral("de")));
    EXPECT_FALSE(segurdesk::installTranslations(*QCoreApplication::instance(), QString()));
}

TEST(Translations, FrenchCatalogueIsEmbeddedAndTranslates)
{
    ASSERT_TRUE(segurdesk::installTranslations(*QCoreApplication::instance(), QStringLiteral("fr")));
    EXPECT_EQ(QCoreApplication::translate("cli", "Unknown command \"%1\"."),
              QStringLiteral("Commande inconnue « %1 »."));
}

} // namespace
