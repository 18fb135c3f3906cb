#include "core/i18n/Translations.h"
#include "core/validation/Bic.h"
#include "core/validation/Iban.h"
#include "core/validation/Siret.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

using namespace segurdesk::validation;

namespace {

TEST(ValidationMessages, AreFrenchOnceTheCatalogueIsInstalled)
{
    ASSERT_TRUE(segurdesk::installTranslations(*QCoreApplication::instance(), QStringLiteral("fr")));
    EXPECT_EQ(validateIban(u"").message, QStringLiteral("Saisissez l’IBAN."));
    EXPECT_EQ(validateIban(u"FR76 3000 6000 0112 3456 7890 18").message,
              QStringLiteral("Un IBAN de FR compte 27 caractères ; celui-ci en compte 26."));
    EXPECT_EQ(validateSiret(u"73282932000079").message,
              QStringLiteral("La clé du SIRET est fausse : vérifiez les quatorze chiffres."));
    EXPECT_EQ(validateBic(u"BNPAFRP").code, QStringLiteral("bic.length"));
    EXPECT_EQ(validateBic(u"BNPAFRP").message,
              QStringLiteral("Un BIC compte 8 ou 11 caractères ; celui-ci en compte 7."));
}

} // namespace
