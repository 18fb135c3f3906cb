#include "core/validation/AccountSecrets.h"

#include <gtest/gtest.h>

using namespace segurdesk::validation;

namespace {

struct PasswordRow
{
    const char* name;
    const char16_t* password;
    const char16_t* confirmation;
    // The rules broken, in the order of PasswordCheck's members: L(ength), l(ower), U(pper),
    // D(igit), O(ther), N (contains the login), C(urrent kept), M(ismatch).
    const char* broken;
};

QString brokenRules(const PasswordCheck& check)
{
    QString broken;
    const std::pair<bool, char> rules[] = {
        {check.longEnough, 'L'}, {check.hasLowerCase, 'l'}, {check.hasUpperCase, 'U'},       {check.hasDigit, 'D'},
        {check.hasOther, 'O'},   {check.withoutLogin, 'N'}, {check.differsFromCurrent, 'C'}, {check.confirmed, 'M'},
    };
    for (const auto& [met, letter] : rules) {
        if (!met)
            broken.append(QLatin1Char(letter));
    }
    return broken;
}

class NewPassword : public testing::TestWithParam<PasswordRow>
{
};

// The login is "mss-123456", the current password "Initial-Pass-2023!" and the minimum 12.
TEST_P(NewPassword, BreaksExactlyTheExpectedRules)
{
    const PasswordRow& row = GetParam();
    const PasswordCheck check = checkNewPassword(QString::fromUtf16(row.password), QString::fromUtf16(row.confirmation),
                                                 u"mss-123456", u"Initial-Pass-2023!", 12);
    EXPECT_EQ(brokenRules(check), QString::fromLatin1(row.broken));
    EXPECT_EQ(check.isMet(), QString::fromLatin1(row.broken).isEmpty());
}

const PasswordRow kPasswordRows[] = {
    {"Good", u"Ségur-Desk-2024!", u"Ségur-Desk-2024!", ""},
    {"Empty", u"", u"", "LlUDO"},
    {"ElevenCharacters", u"Abcdef-1234", u"Abcdef-1234", "L"},
    {"TwelveCharacters", u"Abcdef-12345", u"Abcdef-12345", ""},
    {"NoLowerCase", u"ABCDEF-12345", u"ABCDEF-12345", "l"},
    {"NoUpperCase", u"abcdef-12345", u"abcdef-12345", "U"},
    {"NoDigit", u"Abcdef-ghijk", u"Abcdef-ghijk", "D"},
    {"NoOtherCharacter", u"Abcdef123456", u"Abcdef123456", "O"},
    {"AccentedLettersCountAsLetters", u"ÉTÉ-àéè-12345", u"ÉTÉ-àéè-12345", ""},
    {"ContainsTheLogin", u"Xx-MSS-123456", u"Xx-MSS-123456", "N"},
    {"KeepsTheCurrentPassword", u"Initial-Pass-2023!", u"Initial-Pass-2023!", "C"},
    {"ConfirmationDiffers", u"Ségur-Desk-2024!", u"Ségur-Desk-2024?", "M"},
    {"ConfirmationEmpty", u"Ségur-Desk-2024!", u"", "M"},
};

INSTANTIATE_TEST_SUITE_P(Rows, NewPassword, testing::ValuesIn(kPasswordRows),
                         [](const auto& row) { return std::string(row.param.name); });

TEST(NewPassword, AnUnknownLoginOrCurrentPasswordBreaksNoRule)
{
    const PasswordCheck check = checkNewPassword(u"Ségur-Desk-2024!", u"Ségur-Desk-2024!", {}, {}, 16);
    EXPECT_TRUE(check.withoutLogin);
    EXPECT_TRUE(check.differsFromCurrent);
    EXPECT_TRUE(check.longEnough);
    EXPECT_FALSE(checkNewPassword(u"Ségur-Desk-2024!", u"Ségur-Desk-2024!", {}, {}, 17).longEnough);
}

TEST(SecretQuestion, IsFiveToTwoHundredCharactersOnceTrimmed)
{
    EXPECT_EQ(validateSecretQuestion(u"  Ville de naissance ?  ").normalized, QStringLiteral("Ville de naissance ?"));
    EXPECT_EQ(validateSecretQuestion(u" Qui ? ").normalized, QStringLiteral("Qui ?"));
    EXPECT_EQ(validateSecretQuestion(u"  Quoi  ").code, QStringLiteral("secret.question_length"));
    EXPECT_TRUE(validateSecretQuestion(QString(200, u'q')).isValid());
    // The limit is on what is sent, spaces included.
    EXPECT_FALSE(validateSecretQuestion(QStringLiteral("  ") + QString(199, u'q')).isValid());
    EXPECT_EQ(validateSecretQuestion(QString(201, u'q')).code, QStringLiteral("secret.question_length"));
    EXPECT_FALSE(validateSecretQuestion(QString(201, u'q')).message.isEmpty());
}

TEST(SecretAnswer, IsComparedWithoutCaseAccentsOrExtraSpaces)
{
    EXPECT_EQ(validateSecretAnswer(u"  Saint-Étienne   du  Rouvray ").normalized,
              QStringLiteral("saint-etienne du rouvray"));
    EXPECT_EQ(validateSecretAnswer(u"SAINT-ETIENNE DU ROUVRAY").normalized,
              validateSecretAnswer(u"saint-étienne du rouvray").normalized);
    EXPECT_EQ(validateSecretAnswer(u" é ").code, QStringLiteral("secret.answer_length"));
    EXPECT_TRUE(validateSecretAnswer(u"Lé").isValid());
    EXPECT_EQ(validateSecretAnswer(QString(201, u'a')).code, QStringLiteral("secret.answer_length"));
    // Compared whatever its length, as the portal compares it.
    EXPECT_EQ(normalizeSecretAnswer(QString(150, u' ') + QStringLiteral("Lyon") + QString(150, u' ')),
              QStringLiteral("lyon"));
}

} // namespace
