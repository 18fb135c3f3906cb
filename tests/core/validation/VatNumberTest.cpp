#include "core/validation/VatNumber.h"

#include "ValidationRow.h"

#include <gtest/gtest.h>

using namespace segurdesk::validation;

namespace {

class VatInput : public testing::TestWithParam<ValidationRow>
{
};

TEST_P(VatInput, GivesTheExpectedResult)
{
    expectMatches(validateFrenchVat(QString::fromUtf16(GetParam().input)), GetParam());
}

const ValidationRow kVatRows[] = {
    {"Compact", u"FR44732829320", "", u"FR44732829320"},
    {"Spaced", u"FR 44 732 829 320", "", u"FR44732829320"},
    {"LowerCase", u"fr44732829320", "", u"FR44732829320"},
    {"Dotted", u"FR.44.732.829.320", "", u"FR44732829320"},
    {"NoBreakSpaces", u"FR\u00A040\u00A0303\u00A0265\u00A0045", "", u"FR40303265045"},
    {"WithoutPrefix", u"23 334 175 221", "", u"FR23334175221"},
    {"AlphanumericKey", u"FR K7 399859412", "", u"FRK7399859412"},
    {"AlphanumericKeyStartingWithDigit", u"FR4Z123456782", "", u"FR4Z123456782"},
    {"MonacoWithoutSiren", u"FR 12 000000000", "", u"FR12000000000"},
    {"Empty", u"", "tva.empty"},
    {"OtherCountry", u"DE123456789", "tva.country"},
    {"OtherCountryLong", u"BE0123456789", "tva.country"},
    {"SirenOnly", u"732829320", "tva.length"},
    {"TooLong", u"FR447328293201", "tva.length"},
    {"PrefixWithoutKey", u"FR732829320", "tva.length"},
    {"LetterInSiren", u"FR4473282932A", "tva.characters"},
    {"ForbiddenKeyLetterO", u"FRO4732829320", "tva.characters"},
    {"ForbiddenKeyLetterI", u"FRI4732829320", "tva.characters"},
    {"Symbol", u"FR44/732829320", "tva.characters"},
    {"WrongNumericKey", u"FR45732829320", "tva.checksum"},
    {"WrongNumericKeyOldStyle", u"FR84323140391", "siren.checksum"},
    {"WrongAlphanumericKey", u"FRK8399859412", "tva.checksum"},
    {"SirenFailsLuhn", u"FR00732829321", "siren.checksum"},
};

INSTANTIATE_TEST_SUITE_P(Rows, VatInput, testing::ValuesIn(kVatRows), rowName);

} // namespace
