#include "core/validation/Email.h"

#include "ValidationRow.h"

#include <gtest/gtest.h>

using namespace segurdesk::validation;

namespace {

class EmailInput : public testing::TestWithParam<ValidationRow>
{
};

TEST_P(EmailInput, GivesTheExpectedResult)
{
    expectMatches(validateEmail(QString::fromUtf16(GetParam().input)), GetParam());
}

const ValidationRow kEmailRows[] = {
    {"Simple", u"marie.durand@example.fr", "", u"marie.durand@example.fr"},
    {"Trimmed", u"  marie.durand@example.fr \t\r\n", "", u"marie.durand@example.fr"},
    {"DomainLowerCased", u"Marie.Durand@Example.FR", "", u"Marie.Durand@example.fr"},
    {"PlusTag", u"contact+mss@sante.gouv.fr", "", u"contact+mss@sante.gouv.fr"},
    {"SpecialCharacters", u"o'brien_{x}~!#$%&*=?^`|@mail.example.com", "", u"o'brien_{x}~!#$%&*=?^`|@mail.example.com"},
    {"HyphenatedDomain", u"a@mss-sante.example-domaine.fr", "", u"a@mss-sante.example-domaine.fr"},
    {"InternationalDomain", u"contact@hôpital.fr", "", u"contact@hôpital.fr"},
    {"InternationalDomainUpperCase", u"contact@HÔPITAL.fr", "", u"contact@hôpital.fr"},
    {"PunycodeDomain", u"contact@xn--hpital-tya.fr", "", u"contact@xn--hpital-tya.fr"},
    {"LocalPart64", u"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@example.fr", "", nullptr},
    {"Label63", u"a@aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.fr", "", nullptr},
    {"Empty", u"", "email.empty"},
    {"Blank", u" \t ", "email.empty"},
    {"NoAt", u"marie.durand.example.fr", "email.format"},
    {"NothingBeforeAt", u"@example.fr", "email.local_part"},
    {"LeadingDot", u".marie@example.fr", "email.local_part"},
    {"TrailingDot", u"marie.@example.fr", "email.local_part"},
    {"ConsecutiveDots", u"marie..durand@example.fr", "email.local_part"},
    {"SpaceInside", u"marie durand@example.fr", "email.local_part"},
    {"TwoAts", u"marie@durand@example.fr", "email.local_part"},
    {"QuotedLocalPart", u"\"marie durand\"@example.fr", "email.local_part"},
    {"AccentInLocalPart", u"hélène@example.fr", "email.local_part"},
    {"LocalPart65", u"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@example.fr",
     "email.local_part"},
    {"NothingAfterAt", u"marie@", "email.domain"},
    {"NoDotInDomain", u"marie@localhost", "email.domain"},
    {"DomainConsecutiveDots", u"marie@example..fr", "email.domain"},
    {"DomainLeadingDot", u"marie@.example.fr", "email.domain"},
    {"DomainTrailingDot", u"marie@example.fr.", "email.domain"},
    {"DomainLeadingHyphen", u"marie@-example.fr", "email.domain"},
    {"DomainTrailingHyphen", u"marie@example-.fr", "email.domain"},
    {"DomainUnderscore", u"marie@exa_mple.fr", "email.domain"},
    {"NumericTopLevel", u"marie@192.168.0.1", "email.domain"},
    {"AddressLiteral", u"marie@[192.168.0.1]", "email.domain"},
    {"Label64", u"a@aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.fr", "email.domain"},
    {"Comma", u"marie@example,fr", "email.domain"},
};

INSTANTIATE_TEST_SUITE_P(Rows, EmailInput, testing::ValuesIn(kEmailRows), rowName);

TEST(EmailLength, DomainOver253CharactersIsRejected)
{
    QString domain;
    while (domain.size() < 250)
        domain += QStringLiteral("abcdefghij.");
    EXPECT_EQ(validateEmail(QStringLiteral("a@") + domain + QStringLiteral("fr")).code, QStringLiteral("email.length"));
    const QString longest = QStringLiteral("a@") + QString(60, u'b') + u'.' + QString(60, u'c') + u'.'
        + QString(60, u'd') + u'.' + QString(60, u'e') + QStringLiteral(".fr");
    EXPECT_TRUE(validateEmail(longest).isValid());
}

struct ConfirmationRow
{
    const char* name;
    const char16_t* email;
    const char16_t* confirmation;
    const char* code;
};

class EmailConfirmation : public testing::TestWithParam<ConfirmationRow>
{
};

TEST_P(EmailConfirmation, MatchesExactLocalPartAndAnyCaseDomain)
{
    const auto result = validateEmailConfirmation(GetParam().email, GetParam().confirmation);
    EXPECT_EQ(result.code, QString::fromLatin1(GetParam().code));
    EXPECT_EQ(result.isValid(), QString::fromLatin1(GetParam().code).isEmpty());
}

const ConfirmationRow kConfirmationRows[] = {
    {"Identical", u"marie@example.fr", u"marie@example.fr", ""},
    {"DomainCaseDiffers", u"marie@example.fr", u"marie@EXAMPLE.FR", ""},
    {"SurroundingSpaces", u"marie@example.fr", u"  marie@example.fr ", ""},
    {"LocalCaseDiffers", u"marie@example.fr", u"Marie@example.fr", "email.mismatch"},
    {"DifferentDomain", u"marie@example.fr", u"marie@example.com", "email.mismatch"},
    {"Typo", u"marie@example.fr", u"maire@example.fr", "email.mismatch"},
    {"ConfirmationInvalid", u"marie@example.fr", u"marie@", "email.domain"},
    {"ConfirmationEmpty", u"marie@example.fr", u"", "email.empty"},
    {"OriginalInvalid", u"marie@", u"marie@example.fr", "email.mismatch"},
};

INSTANTIATE_TEST_SUITE_P(Rows, EmailConfirmation, testing::ValuesIn(kConfirmationRows),
                         [](const testing::TestParamInfo<ConfirmationRow>& rowInfo) {
                             return std::string(rowInfo.param.name);
                         });

} // namespace
