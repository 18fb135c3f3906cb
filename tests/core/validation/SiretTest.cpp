#include "core/validation/Siret.h"

#include "ValidationRow.h"

#include <gtest/gtest.h>

using namespace segurdesk::validation;

namespace {

class SiretInput : public testing::TestWithParam<ValidationRow>
{
};

TEST_P(SiretInput, GivesTheExpectedResult)
{
    expectMatches(validateSiret(QString::fromUtf16(GetParam().input)), GetParam());
}

const ValidationRow kSiretRows[] = {
    {"Compact", u"73282932000074", "", u"73282932000074"},
    {"Spaced", u"732 829 320 00074", "", u"73282932000074"},
    {"Dotted", u"732.829.320.00074", "", u"73282932000074"},
    {"NoBreakSpaces", u"732\u00A0829\u00A0320\u202F00074", "", u"73282932000074"},
    {"Tabs", u"\t732 829 320 00074\t", "", u"73282932000074"},
    {"LaPosteHeadOfficeLuhn", u"356 000 000 00048", "", u"35600000000048"},
    {"LaPosteDigitSumMultipleOf5", u"35600000049837", "", u"35600000049837"},
    {"LaPosteDigitSum20", u"35600000000105", "", u"35600000000105"},
    {"Empty", u"", "siret.empty"},
    {"Blank", u" . ", "siret.empty"},
    {"Letter", u"7328293200007A", "siret.characters"},
    {"Slash", u"732829320/00074", "siret.characters"},
    {"Thirteen", u"7328293200007", "siret.length"},
    {"Fifteen", u"732829320000740", "siret.length"},
    {"SirenOnly", u"732829320", "siret.length"},
    {"WrongLastDigit", u"73282932000079", "siret.checksum"},
    {"SwappedDigits", u"73282932000047", "siret.checksum"},
    // Luhn holds over 14 digits but the SIREN 100000001 alone fails it.
    {"SirenPartFails", u"10000000100006", "siren.checksum"},
    {"LaPosteSumNotMultipleOf5", u"35600000049838", "siret.checksum"},
    // Passes Luhn, yet La Poste establishments are numbered by digit sum only.
    {"LaPosteLuhnButNotSum", u"35600000000014", "siret.checksum"},
};

INSTANTIATE_TEST_SUITE_P(Rows, SiretInput, testing::ValuesIn(kSiretRows), rowName);

class SirenInput : public testing::TestWithParam<ValidationRow>
{
};

TEST_P(SirenInput, GivesTheExpectedResult)
{
    expectMatches(validateSiren(QString::fromUtf16(GetParam().input)), GetParam());
}

const ValidationRow kSirenRows[] = {
    {"Compact", u"732829320", "", u"732829320"},   {"Spaced", u"732 829 320", "", u"732829320"},
    {"Dotted", u"732.829.320", "", u"732829320"},  {"NoBreakSpace", u"552\u00A0100\u00A0554", "", u"552100554"},
    {"LaPoste", u"356000000", "", u"356000000"},   {"Empty", u"", "siren.empty"},
    {"Letters", u"ABCDEFGHI", "siren.characters"}, {"Eight", u"73282932", "siren.length"},
    {"Siret", u"73282932000074", "siren.length"},  {"WrongCheckDigit", u"732829321", "siren.checksum"},
};

INSTANTIATE_TEST_SUITE_P(Rows, SirenInput, testing::ValuesIn(kSirenRows), rowName);

} // namespace
