#include "core/validation/MailboxCount.h"

#include "ValidationRow.h"

#include <gtest/gtest.h>

using namespace segurdesk::validation;

namespace {

class MailboxCountInput : public testing::TestWithParam<ValidationRow>
{
};

TEST_P(MailboxCountInput, GivesTheExpectedResult)
{
    expectMatches(validateMailboxCount(QString::fromUtf16(GetParam().input)), GetParam());
}

const ValidationRow kCountRows[] = {
    {"Zero", u"0", "", u"0"},
    {"Simple", u"42", "", u"42"},
    {"LeadingZeros", u"007", "", u"7"},
    {"AllZeros", u"000", "", u"0"},
    {"Trimmed", u" 15 \t", "", u"15"},
    {"FrenchThousands", u"12\u202F500", "", u"12500"},
    {"SpacedThousands", u"1 000 000", "", u"1000000"},
    {"Maximum", u"10000000", "", u"10000000"},
    {"Empty", u"", "mailbox.empty"},
    {"Blank", u"  ", "mailbox.empty"},
    {"Negative", u"-3", "mailbox.negative"},
    {"NegativeMinusSign", u"\u22123", "mailbox.negative"},
    {"Decimal", u"3.5", "mailbox.characters"},
    {"DecimalComma", u"3,5", "mailbox.characters"},
    {"Letters", u"douze", "mailbox.characters"},
    {"PlusSign", u"+3", "mailbox.characters"},
    {"LoneMinus", u"-", "mailbox.characters"},
    {"Exponent", u"1e6", "mailbox.characters"},
    {"OverMaximum", u"10000001", "mailbox.too_large"},
    {"Huge", u"99999999999999999999999999", "mailbox.too_large"},
};

INSTANTIATE_TEST_SUITE_P(Rows, MailboxCountInput, testing::ValuesIn(kCountRows), rowName);

TEST(MailboxCountParse, GivesTheNumberOnlyWhenValid)
{
    EXPECT_EQ(parseMailboxCount(u"1 250"), 1250);
    EXPECT_EQ(parseMailboxCount(u"0"), 0);
    EXPECT_EQ(parseMailboxCount(u"-1"), std::nullopt);
    EXPECT_EQ(parseMailboxCount(u""), std::nullopt);
}

} // namespace
