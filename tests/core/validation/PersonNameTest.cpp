#include "core/validation/PersonName.h"

#include "ValidationRow.h"

#include <gtest/gtest.h>

using namespace segurdesk::validation;

namespace {

class PersonNameInput : public testing::TestWithParam<ValidationRow>
{
};

TEST_P(PersonNameInput, GivesTheExpectedResult)
{
    expectMatches(validatePersonName(QString::fromUtf16(GetParam().input)), GetParam());
}

const ValidationRow kNameRows[] = {
    {"Simple", u"Durand", "", u"Durand"},
    {"Accents", u"Hélène", "", u"Hélène"},
    {"Hyphen", u"Jean-Pierre", "", u"Jean-Pierre"},
    {"Apostrophe", u"N'Diaye", "", u"N'Diaye"},
    {"TypographicApostrophe", u"d\u2019Artagnan", "", u"d\u2019Artagnan"},
    {"Particle", u"de La Fontaine", "", u"de La Fontaine"},
    {"Trimmed", u"  Durand \t", "", u"Durand"},
    {"InnerWhitespaceFolded", u"de   La\u00A0\tFontaine", "", u"de La Fontaine"},
    {"DecomposedAccentComposed", u"He\u0301le\u0300ne", "", u"Hélène"},
    {"Ligature", u"Cœur", "", u"Cœur"},
    {"OneLetter", u"O", "", u"O"},
    {"Greek", u"Παπαδόπουλος", "", u"Παπαδόπουλος"},
    {"Empty", u"", "name.empty"},
    {"Blank", u" \t\u00A0", "name.empty"},
    {"Digits", u"Durand2", "name.characters"},
    {"Dot", u"J. Durand", "name.characters"},
    {"Comma", u"Durand, Marie", "name.characters"},
    {"Emoji", u"Marie \U0001F600", "name.characters"},
    {"LeadingHyphen", u"-Durand", "name.format"},
    {"TrailingApostrophe", u"Durand'", "name.format"},
    {"DoubleHyphen", u"Jean--Pierre", "name.format"},
    {"HyphenThenSpace", u"Jean- Pierre", "name.format"},
    {"OnlyHyphen", u"-", "name.format"},
    {"TooLong",
     u"Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
     "name.length"},
};

INSTANTIATE_TEST_SUITE_P(Rows, PersonNameInput, testing::ValuesIn(kNameRows), rowName);

TEST(PersonNameLength, HundredCharactersAccepted)
{
    EXPECT_TRUE(validatePersonName(QString(100, u'a')).isValid());
    EXPECT_EQ(validatePersonName(QString(101, u'a')).code, QStringLiteral("name.length"));
}

} // namespace
