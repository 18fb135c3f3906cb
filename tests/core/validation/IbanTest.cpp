#include "core/validation/Iban.h"

#include "ValidationRow.h"
#include "core/validation/IbanRegistry.h"

#include <QRandomGenerator>

#include <algorithm>
#include <gtest/gtest.h>
#include <iterator>
#include <set>
#include <vector>

using namespace segurdesk::validation;

namespace {

// --- Published examples ------------------------------------------------------------------
// The example IBANs printed in the SWIFT IBAN registry (and, for the French territories,
// the registry's French example under their own code).
const char* const kPublishedExamples[] = {
    "AD1200012030200359100100",
    "AE070331234567890123456",
    "AL47212110090000000235698741",
    "AT611904300234573201",
    "AZ21NABZ00000000137010001944",
    "BA391290079401028494",
    "BE68539007547034",
    "BG80BNBG96611020345678",
    "BH67BMAG00001299123456",
    "BI4210000100010000332045181",
    "BR1800360305000010009795493C1",
    "BR9700360305000010009795493P1",
    "BY13NBRB3600900000002Z00AB00",
    "CH9300762011623852957",
    "CR05015202001026284066",
    "CY17002001280000001200527600",
    "CZ6508000000192000145399",
    "DE89370400440532013000",
    "DJ2100010000000154000100186",
    "DK5000400440116243",
    "DO28BAGR00000001212453611324",
    "EE382200221020145685",
    "EG380019000500000000263180002",
    "ES9121000418450200051332",
    "FI2112345600000785",
    "FK88SC123456789012",
    "FO6264600001631634",
    "FR1420041010050500013M02606",
    "GB29NWBK60161331926819",
    "GE29NB0000000101904917",
    "GI75NWBK000000007099453",
    "GL8964710001000206",
    "GR1601101250000000012300695",
    "GT82TRAJ01020000001210029690",
    "HN88CABF00000000000250005469",
    "HR1210010051863000160",
    "HU42117730161111101800000000",
    "IE29AIBK93115212345678",
    "IL620108000000099999999",
    "IQ98NBIQ850123456789012",
    "IS140159260076545510730339",
    "IT60X0542811101000000123456",
    "JO94CBJO0010000000000131000302",
    "KW81CBKU0000000000001234560101",
    "KZ86125KZT5004100100",
    "LB62099900000001001901229114",
    "LC55HEMM000100010012001200023015",
    "LI21088100002324013AA",
    "LT121000011101001000",
    "LU280019400644750000",
    "LV80BANK0000435195001",
    "LY83002048000020100120361",
    "MC5811222000010123456789030",
    "MD24AG000225100013104168",
    "ME25505000012345678951",
    "MK07250120000058984",
    "MN121234123456789123",
    "MR1300020001010000123456753",
    "MT84MALT011000012345MTLCAST001S",
    "MU17BOMM0101101030300200000MUR",
    "NI45BAPR00000013000003558124",
    "NL91ABNA0417164300",
    "NO9386011117947",
    "OM810180000001299123456",
    "PK36SCBL0000001123456702",
    "PL61109010140000071219812874",
    "PS92PALS000000000400123456702",
    "PT50000201231234567890154",
    "QA58DOHB00001234567890ABCDEFG",
    "RO49AAAA1B31007593840000",
    "RS35260005601001611379",
    "RU0304452522540817810538091310419",
    "SA0380000000608010167519",
    "SC18SSCB11010000000000001497USD",
    "SD2129010501234001",
    "SE4550000000058398257466",
    "SI56263300012039086",
    "SK3112000000198742637541",
    "SM86U0322509800000000270100",
    "SO211000001001000100141",
    "ST23000100010051845310146",
    "SV62CENR00000000000000700025",
    "TL380080012345678910157",
    "TN5910006035183598478831",
    "TR330006100519786457841326",
    "UA213223130000026007233566001",
    "VA59001123000012345678",
    "VG96VPVG0000012345678901",
    "XK051212012345678906",
    "YE15CBYE0001018861234567891234",
    "GF4120041010050500013M02606",
    "GP1120041010050500013M02606",
    "MQ5120041010050500013M02606",
    "RE4220041010050500013M02606",
    "PF5720041010050500013M02606",
    "TF2120041010050500013M02606",
    "YT3120041010050500013M02606",
    "NC8420041010050500013M02606",
    "BL6820041010050500013M02606",
    "MF8420041010050500013M02606",
    "PM3620041010050500013M02606",
    "WF9120041010050500013M02606",
};

TEST(IbanPublishedExamples, EveryRegistryExampleIsAccepted)
{
    for (const char* example : kPublishedExamples) {
        SCOPED_TRACE(example);
        const auto result = validateIban(QString::fromLatin1(example));
        EXPECT_TRUE(result.isValid()) << result.code.toStdString();
        EXPECT_EQ(result.normalized, QLatin1String(example));
    }
}

TEST(IbanPublishedExamples, CoverEveryRegistryCountry)
{
    std::set<std::string> covered;
    for (const char* example : kPublishedExamples)
        covered.insert(std::string(example, 2));
    for (const IbanCountry& country : ibanRegistry())
        EXPECT_TRUE(covered.count(country.code)) << country.code;
}

TEST(IbanPublishedExamples, OneChangedCharacterIsRejected)
{
    for (const char* example : kPublishedExamples) {
        SCOPED_TRACE(example);
        QString changed = QLatin1String(example);
        const qsizetype last = changed.size() - 1;
        // A digit replaced by another digit always changes the mod-97 value.
        changed[last] = changed[last] == u'1' ? u'2' : u'1';
        if (!changed[last - 1].isDigit())
            continue;
        EXPECT_FALSE(validateIban(changed).isValid());
    }
}

// --- Every registry country: generated valid and invalid IBANs ---------------------------

// Independent implementation of the check digits and RIB key used to build test values.
int referenceMod97(const QString& text)
{
    int remainder = 0;
    for (const QChar c : text) {
        if (c.isDigit())
            remainder = (remainder * 10 + c.digitValue()) % 97;
        else
            remainder = (remainder * 100 + (c.unicode() - u'A' + 10)) % 97;
    }
    return remainder;
}

QString withCheckDigits(const QString& country, const QString& bban)
{
    const int check = 98 - referenceMod97(bban + country + QLatin1String("00"));
    return country + QStringLiteral("%1").arg(check, 2, 10, QLatin1Char('0')) + bban;
}

QString ribKeyFor(const QString& bankBranchAccount)
{
    static const QString kLetters = QStringLiteral("123456789123456789234567891");
    QString digits;
    for (const QChar c : bankBranchAccount)
        digits.append(c.isDigit() ? c : kLetters[c.unicode() - u'A']);
    const long long bank = digits.left(5).toLongLong();
    const long long branch = digits.mid(5, 5).toLongLong();
    const long long account = digits.mid(10, 11).toLongLong();
    const long long key = 97 - (89 * bank + 15 * branch + 3 * account) % 97;
    return QStringLiteral("%1").arg(key, 2, 10, QLatin1Char('0'));
}

QString randomBban(std::string_view pattern, QRandomGenerator& random)
{
    static const QString kLetters = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    static const QString kAlnum = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    QString bban;
    for (const char kind : pattern) {
        if (kind == 'n')
            bban.append(QChar(u'0' + random.bounded(10)));
        else if (kind == 'a')
            bban.append(kLetters[random.bounded(26)]);
        else
            bban.append(kAlnum[random.bounded(36)]);
    }
    return bban;
}

QString generatedIban(const IbanCountry& country, quint32 seed)
{
    QRandomGenerator random(seed);
    QString bban = randomBban(ibanBbanPattern(country), random);
    const QString code = QLatin1String(country.code);
    if (isFrenchBankingArea(code))
        bban = bban.left(21) + ribKeyFor(bban.left(21));
    return withCheckDigits(code, bban);
}

class IbanRegistryCountry : public testing::TestWithParam<IbanCountry>
{
};

TEST_P(IbanRegistryCountry, GeneratedIbansAreAccepted)
{
    for (quint32 seed = 1; seed <= 20; ++seed) {
        const QString iban = generatedIban(GetParam(), seed);
        SCOPED_TRACE(iban.toStdString());
        const auto result = validateIban(iban);
        EXPECT_EQ(result.code, QString());
        EXPECT_EQ(result.normalized, iban);
    }
}

TEST_P(IbanRegistryCountry, WrongCheckDigitsAreRejected)
{
    const QString iban = generatedIban(GetParam(), 7);
    const int check = iban.mid(2, 2).toInt();
    const QString wrong
        = iban.left(2) + QStringLiteral("%1").arg(check == 98 ? 2 : check + 1, 2, 10, QLatin1Char('0')) + iban.mid(4);
    EXPECT_EQ(validateIban(wrong).code, QLatin1String("iban.checksum")) << wrong.toStdString();
}

TEST_P(IbanRegistryCountry, OneCharacterTooManyOrTooFewIsALengthError)
{
    const QString iban = generatedIban(GetParam(), 11);
    EXPECT_EQ(validateIban(iban.chopped(1)).code, QLatin1String("iban.length"));
    EXPECT_EQ(validateIban(iban + QLatin1Char('0')).code, QLatin1String("iban.length"));
}

TEST_P(IbanRegistryCountry, RegistryLengthMatchesStructure)
{
    EXPECT_EQ(qsizetype(ibanBbanPattern(GetParam()).size()) + 4, GetParam().length);
    EXPECT_GE(GetParam().length, 15);
    EXPECT_LE(GetParam().length, 34);
}

std::string countryName(const testing::TestParamInfo<IbanCountry>& rowInfo)
{
    return rowInfo.param.code;
}

INSTANTIATE_TEST_SUITE_P(Registry, IbanRegistryCountry, testing::ValuesIn(ibanRegistry().begin(), ibanRegistry().end()),
                         countryName);

// The countries whose BBAN has at least one digit-only or letter-only position (all but those,
// like GT and MD, where every position takes both).
std::vector<IbanCountry> countriesWithTypedPositions()
{
    std::vector<IbanCountry> countries;
    std::copy_if(ibanRegistry().begin(), ibanRegistry().end(), std::back_inserter(countries),
                 [](const IbanCountry& country) {
                     return ibanBbanPattern(country).find_first_of("na") != std::string_view::npos;
                 });
    return countries;
}

class IbanTypedPositionCountry : public testing::TestWithParam<IbanCountry>
{
};

TEST_P(IbanTypedPositionCountry, WrongCharacterClassIsAStructureError)
{
    // A letter where the registry says digit, or a digit where it says letter; the check
    // digits are recomputed so that only the structure is wrong.
    const std::string_view pattern = ibanBbanPattern(GetParam());
    QString bban = generatedIban(GetParam(), 13).mid(4);
    if (const auto digitAt = pattern.find('n'); digitAt != std::string_view::npos)
        bban[qsizetype(digitAt)] = u'K';
    else
        bban[qsizetype(pattern.find('a'))] = u'7';
    const QString iban = withCheckDigits(QLatin1String(GetParam().code), bban);
    EXPECT_EQ(validateIban(iban).code, QLatin1String("iban.structure")) << iban.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Registry, IbanTypedPositionCountry, testing::ValuesIn(countriesWithTypedPositions()),
                         countryName);

TEST(IbanRegistry, HasEveryCountryWithItsExactLength)
{
    // Lengths from the SWIFT IBAN registry, including the countries added most recently.
    const std::pair<const char*, int> expected[] = {
        {"FR", 27}, {"DE", 22}, {"NO", 15}, {"LC", 32}, {"RU", 33}, {"BI", 27}, {"DJ", 27}, {"FK", 18},
        {"LY", 25}, {"MN", 20}, {"NI", 28}, {"OM", 23}, {"SD", 18}, {"SO", 23}, {"YE", 30}, {"BY", 28},
        {"EG", 29}, {"IQ", 23}, {"SV", 28}, {"VA", 22}, {"SC", 31}, {"ST", 25}, {"UA", 29}, {"HN", 28},
        {"MC", 27}, {"GF", 27}, {"PF", 27}, {"NC", 27}, {"BL", 27}, {"WF", 27}, {"MT", 31}, {"BE", 16},
    };
    for (const auto& [code, length] : expected) {
        const IbanCountry* country = findIbanCountry(QString::fromLatin1(code));
        ASSERT_NE(country, nullptr) << code;
        EXPECT_EQ(country->length, length) << code;
    }
    EXPECT_EQ(ibanRegistry().size(), 89u + 12u);
    EXPECT_EQ(findIbanCountry(u"US"), nullptr);
    EXPECT_EQ(findIbanCountry(u"fr"), nullptr);
}

// --- Messy, partial and wrong input ------------------------------------------------------

class IbanInput : public testing::TestWithParam<ValidationRow>
{
};

TEST_P(IbanInput, GivesTheExpectedResult)
{
    expectMatches(validateIban(QString::fromUtf16(GetParam().input)), GetParam());
}

const ValidationRow kIbanRows[] = {
    {"PaperFormat", u"FR76 3000 6000 0112 3456 7890 189", "", u"FR7630006000011234567890189"},
    {"Compact", u"FR7630006000011234567890189", "", u"FR7630006000011234567890189"},
    {"LowerCase", u"fr76 3000 6000 0112 3456 7890 189", "", u"FR7630006000011234567890189"},
    {"Tabs", u"FR76\t3000\t6000\t0112\t3456\t7890\t189", "", u"FR7630006000011234567890189"},
    {"NoBreakSpaces", u"FR76\u00A03000\u00A06000\u202F0112 3456 7890 189", "", u"FR7630006000011234567890189"},
    {"Hyphens", u"FR76-3000-6000-0112-3456-7890-189", "", u"FR7630006000011234567890189"},
    {"Dots", u"FR76.3000.6000.0112.3456.7890.189", "", u"FR7630006000011234567890189"},
    {"SurroundingWhitespace", u"  \tFR76 3000 6000 0112 3456 7890 189 \r\n", "", u"FR7630006000011234567890189"},
    {"IbanPrefix", u"IBAN FR76 3000 6000 0112 3456 7890 189", "", u"FR7630006000011234567890189"},
    {"IbanColonPrefix", u"IBAN: FR76 3000 6000 0112 3456 7890 189", "", u"FR7630006000011234567890189"},
    {"IbanColonNoSpace", u"iban:FR7630006000011234567890189", "", u"FR7630006000011234567890189"},
    {"LetterInFrenchAccount", u"FR14 2004 1010 0505 0001 3M02 606", "", u"FR1420041010050500013M02606"},
    {"Monaco", u"MC58 1122 2000 0101 2345 6789 030", "", u"MC5811222000010123456789030"},
    {"Reunion", u"RE42 2004 1010 0505 0001 3M02 606", "", u"RE4220041010050500013M02606"},
    {"Germany", u"DE89 3704 0044 0532 0130 00", "", u"DE89370400440532013000"},
    {"Empty", u"", "iban.empty"},
    {"OnlySpaces", u"   \t ", "iban.empty"},
    {"OnlyPrefix", u"IBAN:", "iban.empty"},
    {"Underscore", u"FR76_3000_6000_0112_3456_7890_189", "iban.characters"},
    {"Accent", u"FR76 3000 6000 0112 3456 7890 18é", "iban.characters"},
    {"FullWidthDigits", u"FR７６3000600001123456789018９", "iban.characters"},
    {"ColonInside", u"FR76:3000 6000 0112 3456 7890 189", "iban.characters"},
    {"UnknownCountry", u"US12 3456 7890 1234 5678 90", "iban.country"},
    {"DigitsFirst", u"7630006000011234567890189", "iban.country"},
    {"OneLetter", u"F", "iban.country"},
    {"CountryOnly", u"FR", "iban.length"},
    {"Truncated", u"FR76 3000 6000 0112 3456 7890 18", "iban.length"},
    {"OneTooMany", u"FR76 3000 6000 0112 3456 7890 1890", "iban.length"},
    {"LongerThan34", u"FR76 3000 6000 0112 3456 7890 1890 1234 5678", "iban.length"},
    {"LetterCheckDigits", u"FRAB 3000 6000 0112 3456 7890 189", "iban.structure"},
    {"LetterInBankCode", u"FR76 3A00 6000 0112 3456 7890 189", "iban.structure"},
    {"SwappedDigits", u"FR76 3000 6000 0112 3456 7890 198", "iban.checksum"},
    {"WrongCheckDigits", u"FR77 3000 6000 0112 3456 7890 189", "iban.checksum"},
    // Each has the same mod-97 value as a correct IBAN, but ISO 13616 never issues 00, 01 or 99.
    {"CheckDigits00", u"GB00 NWBK 6016 1300 0000 82", "iban.checksum"},
    {"CheckDigits01", u"BE01 5390 0754 0092", "iban.checksum"},
    {"CheckDigits99", u"BE99 5390 0754 0074", "iban.checksum"},
    // Correct mod 97 (check digits recomputed) with a RIB key that does not match.
    {"WrongRibKey", u"FR0630006000011234567890188", "iban.rib_key"},
    {"WrongRibKeyMonaco", u"MC3111222000010123456789031", "iban.rib_key"},
    {"Garbage", u"hello world", "iban.country"},
};

INSTANTIATE_TEST_SUITE_P(Rows, IbanInput, testing::ValuesIn(kIbanRows), rowName);

TEST(IbanRowsSelfCheck, RuleRowsHaveCorrectMod97)
{
    // The rib_key and 00/01/99 rows above must fail on that rule alone, so their mod 97 holds.
    for (const QString& iban : {QStringLiteral("FR0630006000011234567890188"),
                                QStringLiteral("MC3111222000010123456789031"), QStringLiteral("GB00NWBK60161300000082"),
                                QStringLiteral("BE01539007540092"), QStringLiteral("BE99539007540074")}) {
        const QString rearranged = iban.mid(4) + iban.left(4);
        EXPECT_EQ(referenceMod97(rearranged), 1) << iban.toStdString();
    }
}

// --- Paper format and masking ------------------------------------------------------------

TEST(IbanPaperFormat, GroupsByFour)
{
    EXPECT_EQ(ibanPaperFormat(u"FR7630006000011234567890189"), QStringLiteral("FR76 3000 6000 0112 3456 7890 189"));
    EXPECT_EQ(ibanPaperFormat(u"fr76-3000 6000.0112345678 90189"), QStringLiteral("FR76 3000 6000 0112 3456 7890 189"));
    EXPECT_EQ(ibanPaperFormat(u"BE68539007547034"), QStringLiteral("BE68 5390 0754 7034"));
    EXPECT_EQ(ibanPaperFormat(u""), QString());
}

TEST(IbanPaperFormat, DropsThePrefixOfAPastedIban)
{
    const QString paper = QStringLiteral("FR76 3000 6000 0112 3456 7890 189");
    EXPECT_EQ(ibanPaperFormat(u"IBAN: FR76 3000 6000 0112 3456 7890 189"), paper);
    EXPECT_EQ(ibanPaperFormat(u" iban : fr7630006000011234567890189"), paper);
    EXPECT_EQ(ibanPaperFormat(u"IBANFR7630006000011234567890189"), paper);
    EXPECT_EQ(validateIban(u"IBAN: FR76 3000 6000 0112 3456 7890 189").normalized,
              validateIban(ibanPaperFormat(u"IBAN: FR76 3000 6000 0112 3456 7890 189")).normalized);
}

TEST(IbanMask, KeepsFirstAndLastFourInPaperGroups)
{
    EXPECT_EQ(maskIban(u"FR7630006000011234567891234"), QStringLiteral("FR76 **** **** **** **** ***1 234"));
    EXPECT_EQ(maskIban(u"FR76 3000 6000 0112 3456 7890 189"), QStringLiteral("FR76 **** **** **** **** ***0 189"));
    EXPECT_EQ(maskIban(u"NO9386011117947"), QStringLiteral("NO93 **** ***7 947"));
    EXPECT_EQ(maskIban(u"FR763000"), QStringLiteral("**** ****"));
    EXPECT_EQ(maskIban(u""), QString());
}

TEST(IbanFrenchArea, IncludesMonacoAndTerritoriesOnly)
{
    for (const char16_t* code :
         {u"FR", u"MC", u"GF", u"GP", u"MQ", u"RE", u"PF", u"TF", u"YT", u"NC", u"BL", u"MF", u"PM", u"WF"})
        EXPECT_TRUE(isFrenchBankingArea(code));
    for (const char16_t* code : {u"BE", u"DE", u"LU", u"fr", u"", u"FRA"})
        EXPECT_FALSE(isFrenchBankingArea(code));
}

} // namespace
