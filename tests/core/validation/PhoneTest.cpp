#include "core/validation/Phone.h"

#include "ValidationRow.h"

#include <gtest/gtest.h>

using namespace segurdesk::validation;

namespace {

class PhoneInput : public testing::TestWithParam<ValidationRow>
{
};

TEST_P(PhoneInput, GivesTheExpectedResult)
{
    expectMatches(validatePhone(QString::fromUtf16(GetParam().input)), GetParam());
}

const ValidationRow kPhoneRows[] = {
    {"FrenchMobileSpaced", u"06 12 34 56 78", "", u"+33612345678"},
    {"FrenchMobileDotted", u"06.12.34.56.78", "", u"+33612345678"},
    {"FrenchMobileHyphens", u"06-12-34-56-78", "", u"+33612345678"},
    {"FrenchLandline", u"01 42 75 80 00", "", u"+33142758000"},
    {"FrenchInternational", u"+33 6 12 34 56 78", "", u"+33612345678"},
    {"FrenchInternationalTrunkZero", u"+33 (0)6 12 34 56 78", "", u"+33612345678"},
    {"DoubleZeroPrefix", u"0033 6 12 34 56 78", "", u"+33612345678"},
    {"NoBreakSpaces", u"06\u00A012\u00A034\u00A056\u00A078", "", u"+33612345678"},
    {"SurroundingWhitespace", u"\t 0612345678 \r\n", "", u"+33612345678"},
    {"Reunion", u"+262 262 12 34 56", "", u"+262262123456"},
    {"Belgium", u"+32 2 555 12 12", "", u"+3225551212"},
    {"Germany", u"+49 30 901820", "", u"+4930901820"},
    {"UnitedKingdom", u"+44 20 7946 0958", "", u"+442079460958"},
    {"UnitedStates", u"+1 202-555-0143", "", nullptr},
    {"Empty", u"", "phone.empty"},
    {"Blank", u"   ", "phone.empty"},
    {"Words", u"call me", "phone.format"},
    {"SingleDigit", u"0", "phone.format"},
    {"TooShortFrench", u"06 12 34", "phone.invalid"},
    {"TooLongFrench", u"06 12 34 56 78 9", "phone.invalid"},
    {"UnassignedFrenchPrefix", u"00 00 00 00 00", "phone.invalid"},
    {"UnknownCountryCode", u"+999 123 456 789", "phone.format"},
    {"VeryLong", u"0612345678061234567806123456780612345678061234567806123456780612345678", "phone.length"},
};

INSTANTIATE_TEST_SUITE_P(Rows, PhoneInput, testing::ValuesIn(kPhoneRows), rowName);

} // namespace
