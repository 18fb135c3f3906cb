#include "core/validation/Bic.h"

#include "ValidationRow.h"

#include <gtest/gtest.h>

using namespace segurdesk;
using namespace segurdesk::validation;

namespace {

class BicInput : public testing::TestWithParam<ValidationRow>
{
};

TEST_P(BicInput, GivesTheExpectedResult)
{
    expectMatches(validateBic(QString::fromUtf16(GetParam().input)), GetParam());
}

const ValidationRow kBicRows[] = {
    {"Eight", u"BNPAFRPP", "", u"BNPAFRPP"},
    {"Eleven", u"BNPAFRPPXXX", "", u"BNPAFRPPXXX"},
    {"LowerCase", u"bnpafrpp", "", u"BNPAFRPP"},
    {"Spaced", u" BNPA FR PP XXX ", "", u"BNPAFRPPXXX"},
    {"NoBreakSpace", u"SOGE\u00A0FR\u00A0PP", "", u"SOGEFRPP"},
    {"Tab", u"CEPAFRPP\t751", "", u"CEPAFRPP751"},
    {"DigitsInLocation", u"DEUTDEFF500", "", u"DEUTDEFF500"},
    {"TestBicLocation0", u"NEDSZAJ0", "", u"NEDSZAJ0"},
    {"Monaco", u"CMCIMCM1", "", u"CMCIMCM1"},
    {"Reunion", u"BREDREREXXX", "", u"BREDREREXXX"},
    {"Kosovo", u"RBKOXKPR", "", u"RBKOXKPR"},
    {"AlphanumericInstitution2014", u"1234FRPP", "", u"1234FRPP"},
    {"Empty", u"", "bic.empty"},
    {"Blank", u"  \t", "bic.empty"},
    {"Seven", u"BNPAFRP", "bic.length"},
    {"Nine", u"BNPAFRPPX", "bic.length"},
    {"Ten", u"BNPAFRPPXX", "bic.length"},
    {"Twelve", u"BNPAFRPPXXXX", "bic.length"},
    {"Hyphen", u"BNPA-FR-PP", "bic.characters"},
    {"Accent", u"BNPAFRPé", "bic.characters"},
    {"DigitInCountry", u"BNPAF1PP", "bic.format"},
    {"UnknownCountryXX", u"BNPAXXPP", "bic.country"},
    {"UnknownCountryUK", u"BARCUK22", "bic.country"},
    {"UnknownCountryEU", u"ECBFEUFF", "bic.country"},
};

INSTANTIATE_TEST_SUITE_P(Rows, BicInput, testing::ValuesIn(kBicRows), rowName);

struct CoherenceRow
{
    const char* name;
    const char16_t* iban;
    const char16_t* bic;
    Severity severity;
};

class IbanBicCoherence : public testing::TestWithParam<CoherenceRow>
{
};

TEST_P(IbanBicCoherence, WarnsOnlyAcrossAreas)
{
    const auto result = checkIbanBicCoherence(GetParam().iban, GetParam().bic);
    EXPECT_EQ(result.severity, GetParam().severity);
    EXPECT_TRUE(result.isValid());
    if (result.severity == Severity::Warning) {
        EXPECT_EQ(result.code, QStringLiteral("bic.country_mismatch"));
        EXPECT_FALSE(result.message.isEmpty());
    } else {
        EXPECT_TRUE(result.code.isEmpty());
    }
}

const CoherenceRow kCoherenceRows[] = {
    {"SameCountry", u"FR7630006000011234567890189", u"AGRIFRPP", Severity::Ok},
    {"SameCountryMessyInput", u"fr76 3000 6000 0112 3456 7890 189", u"agri fr pp xxx", Severity::Ok},
    {"MonacoIbanFrenchBic", u"MC5811222000010123456789030", u"BNPAFRPP", Severity::Ok},
    {"FrenchIbanMonacoBic", u"FR7630006000011234567890189", u"CMCIMCM1", Severity::Ok},
    {"ReunionIbanFrenchBic", u"RE4220041010050500013M02606", u"PSSTFRPP", Severity::Ok},
    {"FrenchIbanGuadeloupeBic", u"FR7630006000011234567890189", u"BDAFGPGP", Severity::Ok},
    {"GermanIbanFrenchBic", u"DE89370400440532013000", u"BNPAFRPP", Severity::Warning},
    {"FrenchIbanBelgianBic", u"FR7630006000011234567890189", u"GEBABEBB", Severity::Warning},
    {"MonacoIbanItalianBic", u"MC5811222000010123456789030", u"BCITITMM", Severity::Warning},
    {"InvalidIbanNoWarning", u"FR00", u"GEBABEBB", Severity::Ok},
    {"InvalidBicNoWarning", u"FR7630006000011234567890189", u"GEBA", Severity::Ok},
};

INSTANTIATE_TEST_SUITE_P(Rows, IbanBicCoherence, testing::ValuesIn(kCoherenceRows),
                         [](const testing::TestParamInfo<CoherenceRow>& rowInfo) {
                             return std::string(rowInfo.param.name);
                         });

} // namespace
