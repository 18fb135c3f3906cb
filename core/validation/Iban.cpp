#include "core/validation/Iban.h"

#include "core/validation/IbanRegistry.h"
#include "core/validation/InputText.h"
#include "core/validation/Results.h"

#include <QCoreApplication>

#include <array>
#include <cstdint>

namespace segurdesk::validation {

namespace {

constexpr int kMaxIbanLength = 34;

// The compact form is built in a fixed buffer: an IBAN check runs for every keystroke and
// every line of a batch, so it must not allocate until the result is built.
struct CompactIban
{
    // Room for a leading "IBAN" word, dropped by moving `from` past it.
    std::array<char, kMaxIbanLength + 4> chars {};
    int from = 0;
    int size = 0;
    bool overflow = false;
    bool foreignCharacter = false;

    std::string_view view() const { return {chars.data() + from, std::size_t(size)}; }
};

bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

CompactIban compact(QStringView input)
{
    CompactIban iban;
    int size = 0;
    for (const QChar qc : input) {
        const char16_t c = qc.unicode();
        char ascii = 0;
        if ((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
            ascii = char(c);
        else if (c >= u'a' && c <= u'z')
            ascii = char(c - u'a' + u'A');
        else if (isGroupingSeparator(qc))
            continue;
        else if (c == u':' && std::string_view(iban.chars.data(), std::size_t(size)) == "IBAN") {
            size = 0;
            continue;
        } else {
            iban.foreignCharacter = true;
            return iban;
        }
        if (size == int(iban.chars.size())) {
            iban.overflow = true;
            return iban;
        }
        iban.chars[std::size_t(size++)] = ascii;
    }
    if (std::string_view(iban.chars.data(), std::size_t(size)).starts_with("IBAN"))
        iban.from = 4;
    iban.size = size - iban.from;
    iban.overflow = iban.size > kMaxIbanLength;
    return iban;
}

bool matchesPattern(std::string_view bban, std::string_view pattern)
{
    for (std::size_t i = 0; i < bban.size(); ++i) {
        const char c = bban[i];
        switch (pattern[i]) {
        case 'n':
            if (!isDigit(c))
                return false;
            break;
        case 'a':
            if (!isUpper(c))
                return false;
            break;
        default:
            break;
        }
    }
    return true;
}

// ISO 7064 MOD 97-10 over the rearranged IBAN (BBAN, then country and check digits),
// letters counting as two digits (A = 10 ... Z = 35). The remainder is reduced only when
// the next character could overflow 64 bits: a division per character would dominate.
int mod97(std::string_view iban)
{
    std::uint64_t value = 0;
    auto feed = [&value](char c) {
        if (value >= 10'000'000'000'000'000ull)
            value %= 97;
        if (isDigit(c))
            value = value * 10 + std::uint64_t(c - '0');
        else
            value = value * 100 + std::uint64_t(c - 'A' + 10);
    };
    for (const char c : iban.substr(4))
        feed(c);
    for (const char c : iban.substr(0, 4))
        feed(c);
    return int(value % 97);
}

// Letters in a French account number stand for digits (A/J = 1, B/K/S = 2 ... I/R/Z = 9).
std::uint64_t ribDigit(char c)
{
    if (isDigit(c))
        return std::uint64_t(c - '0');
    if (c <= 'I')
        return std::uint64_t(c - 'A') + 1;
    if (c <= 'R')
        return std::uint64_t(c - 'J') + 1;
    return std::uint64_t(c - 'S') + 2;
}

// At most 11 digits here, so the number fits in 64 bits.
std::uint64_t ribNumber(std::string_view digits)
{
    std::uint64_t value = 0;
    for (const char c : digits)
        value = value * 10 + ribDigit(c);
    return value;
}

// RIB key: 97 - ((89 x bank + 15 x branch + 3 x account) mod 97), over the BBAN
// "bank(5) branch(5) account(11) key(2)".
bool hasValidRibKey(std::string_view bban)
{
    const std::uint64_t sum
        = 89 * ribNumber(bban.substr(0, 5)) + 15 * ribNumber(bban.substr(5, 5)) + 3 * ribNumber(bban.substr(10, 11));
    const std::uint64_t key = ribNumber(bban.substr(21, 2));
    return key == 97 - sum % 97;
}

} // namespace

bool isFrenchBankingArea(QStringView countryCode)
{
    static constexpr std::array<std::u16string_view, 14> kArea {u"FR", u"MC", u"GF", u"GP", u"MQ", u"RE", u"PF",
                                                                u"TF", u"YT", u"NC", u"BL", u"MF", u"PM", u"WF"};
    return std::find(kArea.begin(), kArea.end(),
                     std::u16string_view(countryCode.utf16(), std::size_t(countryCode.size())))
        != kArea.end();
}

ValidationResult validateIban(QStringView input)
{
    if (input.size() > kMaxRawInputLength)
        return rejected(QLatin1String("iban.length"),
                        QCoreApplication::translate("Validation", "The IBAN is far too long."));
    const CompactIban iban = compact(input);
    if (iban.foreignCharacter)
        return rejected(
            QLatin1String("iban.characters"),
            QCoreApplication::translate(
                "Validation", "An IBAN contains only letters and digits (spaces are allowed between groups)."));
    if (iban.overflow)
        return rejected(QLatin1String("iban.length"),
                        QCoreApplication::translate("Validation", "An IBAN has at most 34 characters."));
    if (iban.size == 0)
        return rejected(QLatin1String("iban.empty"), QCoreApplication::translate("Validation", "Enter the IBAN."));

    const std::string_view text = iban.view();
    const char16_t countryCode[2] = {char16_t(text[0]), char16_t(iban.size >= 2 ? text[1] : ' ')};
    const IbanCountry* country = findIbanCountry(QStringView(countryCode, 2));
    if (country == nullptr)
        return rejected(
            QLatin1String("iban.country"),
            QCoreApplication::translate(
                "Validation", "The IBAN must start with the code of a country that uses IBANs (FR for France)."));
    if (iban.size != country->length)
        return rejected(QLatin1String("iban.length"),
                        QCoreApplication::translate("Validation", "An IBAN from %1 has %2 characters; this one has %3.")
                            .arg(QLatin1String(country->code))
                            .arg(country->length)
                            .arg(iban.size));
    if (!isDigit(text[2]) || !isDigit(text[3]) || !matchesPattern(text.substr(4), ibanBbanPattern(*country)))
        return rejected(
            QLatin1String("iban.structure"),
            QCoreApplication::translate("Validation", "The IBAN does not follow the format of %1 bank accounts.")
                .arg(QLatin1String(country->code)));
    // Check digits 00, 01 and 99 are never produced by ISO 13616 even when mod 97 agrees.
    const int checkDigits = (text[2] - '0') * 10 + (text[3] - '0');
    if (checkDigits < 2 || checkDigits > 98 || mod97(text) != 1)
        return rejected(
            QLatin1String("iban.checksum"),
            QCoreApplication::translate("Validation", "The IBAN check digits are wrong: check every character."));
    if (isFrenchBankingArea(QStringView(countryCode, 2)) && !hasValidRibKey(text.substr(4)))
        return rejected(
            QLatin1String("iban.rib_key"),
            QCoreApplication::translate(
                "Validation", "The RIB key (last two digits) does not match the bank, branch and account numbers."));
    return accepted(QString::fromLatin1(text.data(), qsizetype(text.size())));
}

QString ibanPaperFormat(QStringView iban)
{
    // Bounded output whatever the input: display and logs never need more than this.
    constexpr qsizetype kMaxShown = qsizetype {2} * kMaxIbanLength;
    // A pasted "IBAN : FR76…" shows as the IBAN alone (no country code starts with "IB").
    QStringView rest = iban.trimmed();
    if (rest.startsWith(QLatin1String("IBAN"), Qt::CaseInsensitive)) {
        rest = rest.mid(4).trimmed();
        if (rest.startsWith(u':'))
            rest = rest.mid(1);
    }
    QString paper;
    qsizetype shown = 0;
    for (const QChar c : rest) {
        if (isGroupingSeparator(c))
            continue;
        if (shown == kMaxShown)
            break;
        if (shown > 0 && shown % 4 == 0)
            paper.append(u' ');
        paper.append(c.unicode() < 128 ? c.toUpper() : c);
        ++shown;
    }
    return paper;
}

QString maskIban(QStringView iban)
{
    QString masked = ibanPaperFormat(iban);
    const qsizetype characters = masked.size() - masked.count(u' ');
    qsizetype position = 0;
    for (QChar& c : masked) {
        if (c == u' ')
            continue;
        if (characters <= 8 || (position >= 4 && position < characters - 4))
            c = u'*';
        ++position;
    }
    return masked;
}

} // namespace segurdesk::validation
