#include "core/validation/Bic.h"
#include "core/validation/Email.h"
#include "core/validation/Iban.h"
#include "core/validation/MailboxCount.h"
#include "core/validation/PersonName.h"
#include "core/validation/Phone.h"
#include "core/validation/Siret.h"
#include "core/validation/VatNumber.h"

#include <QRandomGenerator>

#include <functional>
#include <gtest/gtest.h>

using namespace segurdesk;
using namespace segurdesk::validation;

namespace {

struct NamedValidator
{
    const char* name;
    std::function<ValidationResult(QStringView)> validate;
};

const NamedValidator kValidators[] = {
    {"iban", validateIban},
    {"bic", validateBic},
    {"siret", validateSiret},
    {"siren", validateSiren},
    {"tva", validateFrenchVat},
    {"email", validateEmail},
    {"emailConfirmation",
     [](QStringView v) {
         return validateEmailConfirmation(u"marie@example.fr", v);
     }},
    {"phone", validatePhone},
    {"name", validatePersonName},
    {"mailboxCount", validateMailboxCount},
    {"ibanBicCoherence",
     [](QStringView v) {
         return checkIbanBicCoherence(v, v);
     }},
};

// Whatever the input, a result is self-consistent: a rejection says why, an acceptance
// gives a normalized form (the coherence check has none by design).
void expectWellFormed(const NamedValidator& validator, const ValidationResult& result)
{
    if (!result.isValid()) {
        EXPECT_FALSE(result.code.isEmpty()) << validator.name;
        EXPECT_FALSE(result.message.isEmpty()) << validator.name;
        EXPECT_TRUE(result.normalized.isEmpty()) << validator.name;
    } else if (std::string_view(validator.name) != "ibanBicCoherence") {
        EXPECT_FALSE(result.normalized.isEmpty()) << validator.name;
    }
}

QByteArray randomBytes(QRandomGenerator& random, int maxLength)
{
    QByteArray bytes(random.bounded(maxLength + 1), Qt::Uninitialized);
    for (char& byte : bytes)
        byte = char(random.bounded(256));
    return bytes;
}

TEST(ValidatorRobustness, TenThousandRandomByteStrings)
{
    QRandomGenerator random(20240917);
    for (int i = 0; i < 10000; ++i) {
        const QByteArray bytes = randomBytes(random, 64);
        // The same bytes read three ways: UTF-8 (with replacement characters), Latin-1, and
        // raw UTF-16 code units, which include lone surrogates and control characters.
        const QString asUtf8 = QString::fromUtf8(bytes);
        const QString asLatin1 = QString::fromLatin1(bytes);
        const QString asUtf16
            = QString::fromUtf16(reinterpret_cast<const char16_t*>(bytes.constData()), bytes.size() / 2);
        for (const NamedValidator& validator : kValidators) {
            expectWellFormed(validator, validator.validate(asUtf8));
            expectWellFormed(validator, validator.validate(asLatin1));
            expectWellFormed(validator, validator.validate(asUtf16));
        }
        EXPECT_EQ(maskIban(asLatin1).size(), ibanPaperFormat(asLatin1).size());
        if (::testing::Test::HasFailure())
            FAIL() << "input #" << i << ": " << bytes.toHex().constData();
    }
}

TEST(ValidatorRobustness, RandomCharactersFromTheValidAlphabet)
{
    // Nearly-valid input reaches the deeper checks (country table, mod 97, RIB key, Luhn).
    const QString alphabet = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ FR76@.-+'");
    QRandomGenerator random(7);
    for (int i = 0; i < 10000; ++i) {
        QString text;
        const int length = random.bounded(40);
        for (int j = 0; j < length; ++j)
            text.append(alphabet[random.bounded(alphabet.size())]);
        for (const NamedValidator& validator : kValidators)
            expectWellFormed(validator, validator.validate(text));
        if (::testing::Test::HasFailure())
            FAIL() << "input: " << text.toStdString();
    }
}

TEST(ValidatorRobustness, TenThousandCharacterStringsAreRejectedQuickly)
{
    const QString longInputs[] = {
        QString(10000, u'1'),
        QString(10000, u'A'),
        QString(10000, u' ') + QStringLiteral("FR7630006000011234567890189"),
        QStringLiteral("FR76") + QString(9996, u'0'),
        QString(5000, u'a') + u'@' + QString(4999, u'b'),
        QStringLiteral("a@") + QStringLiteral("b.").repeated(4999),
        QStringLiteral("+33 ").repeated(2500),
        QStringLiteral("Jean-").repeated(2000),
        QString(10000, u'\u00E9'),
        QString(10000, u'-'),
        QString(10000, u'@'),
    };
    for (const QString& input : longInputs) {
        ASSERT_GE(input.size(), 10000);
        for (const NamedValidator& validator : kValidators) {
            const ValidationResult result = validator.validate(input);
            expectWellFormed(validator, result);
            if (std::string_view(validator.name) != "ibanBicCoherence") {
                EXPECT_FALSE(result.isValid()) << validator.name << " accepted " << input.left(20).toStdString();
            }
        }
        EXPECT_EQ(maskIban(input).size(), ibanPaperFormat(input).size());
        EXPECT_LE(ibanPaperFormat(input).size(), 68 + 17);
    }
}

} // namespace
