#include "core/validation/IbanRegistry.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace segurdesk::validation {

namespace {

// SWIFT IBAN Registry (ISO 13616), IBAN length and BBAN structure per country. The
// registry files the French overseas departments and collectivities (GF GP MQ RE PF TF YT
// NC BL MF PM WF) under FR; they are listed with their own code because banks issue IBANs
// with it, using the French structure and RIB key.
// clang-format off
constexpr std::array kRegistry = std::to_array<IbanCountry>({
    {"AD", 24, "4!n4!n12!c"},
    {"AE", 23, "3!n16!n"},
    {"AL", 28, "8!n16!c"},
    {"AT", 20, "5!n11!n"},
    {"AZ", 28, "4!a20!c"},
    {"BA", 20, "3!n3!n8!n2!n"},
    {"BE", 16, "3!n7!n2!n"},
    {"BG", 22, "4!a4!n2!n8!c"},
    {"BH", 22, "4!a14!c"},
    {"BI", 27, "5!n5!n11!n2!n"},
    {"BL", 27, "5!n5!n11!c2!n"},
    {"BR", 29, "8!n5!n10!n1!a1!c"},
    {"BY", 28, "4!c4!n16!c"},
    {"CH", 21, "5!n12!c"},
    {"CR", 22, "4!n14!n"},
    {"CY", 28, "3!n5!n16!c"},
    {"CZ", 24, "4!n6!n10!n"},
    {"DE", 22, "8!n10!n"},
    {"DJ", 27, "5!n5!n11!n2!n"},
    {"DK", 18, "4!n9!n1!n"},
    {"DO", 28, "4!c20!n"},
    {"EE", 20, "2!n14!n"},
    {"EG", 29, "4!n4!n17!n"},
    {"ES", 24, "4!n4!n1!n1!n10!n"},
    {"FI", 18, "3!n11!n"},
    {"FK", 18, "2!a12!n"},
    {"FO", 18, "4!n9!n1!n"},
    {"FR", 27, "5!n5!n11!c2!n"},
    {"GB", 22, "4!a6!n8!n"},
    {"GE", 22, "2!a16!n"},
    {"GF", 27, "5!n5!n11!c2!n"},
    {"GI", 23, "4!a15!c"},
    {"GL", 18, "4!n9!n1!n"},
    {"GP", 27, "5!n5!n11!c2!n"},
    {"GR", 27, "3!n4!n16!c"},
    {"GT", 28, "4!c20!c"},
    {"HN", 28, "4!a20!n"},
    {"HR", 21, "7!n10!n"},
    {"HU", 28, "3!n4!n1!n15!n1!n"},
    {"IE", 22, "4!a6!n8!n"},
    {"IL", 23, "3!n3!n13!n"},
    {"IQ", 23, "4!a3!n12!n"},
    {"IS", 26, "4!n2!n6!n10!n"},
    {"IT", 27, "1!a5!n5!n12!c"},
    {"JO", 30, "4!a4!n18!c"},
    {"KW", 30, "4!a22!c"},
    {"KZ", 20, "3!n13!c"},
    {"LB", 28, "4!n20!c"},
    {"LC", 32, "4!a24!c"},
    {"LI", 21, "5!n12!c"},
    {"LT", 20, "5!n11!n"},
    {"LU", 20, "3!n13!c"},
    {"LV", 21, "4!a13!c"},
    {"LY", 25, "3!n3!n15!n"},
    {"MC", 27, "5!n5!n11!c2!n"},
    {"MD", 24, "2!c18!c"},
    {"ME", 22, "3!n13!n2!n"},
    {"MF", 27, "5!n5!n11!c2!n"},
    {"MK", 19, "3!n10!c2!n"},
    {"MN", 20, "4!n12!n"},
    {"MQ", 27, "5!n5!n11!c2!n"},
    {"MR", 27, "5!n5!n11!n2!n"},
    {"MT", 31, "4!a5!n18!c"},
    {"MU", 30, "4!a2!n2!n12!n3!n3!a"},
    {"NC", 27, "5!n5!n11!c2!n"},
    {"NI", 28, "4!a20!n"},
    {"NL", 18, "4!a10!n"},
    {"NO", 15, "4!n6!n1!n"},
    {"OM", 23, "3!n16!c"},
    {"PF", 27, "5!n5!n11!c2!n"},
    {"PK", 24, "4!a16!c"},
    {"PL", 28, "8!n16!n"},
    {"PM", 27, "5!n5!n11!c2!n"},
    {"PS", 29, "4!a21!c"},
    {"PT", 25, "4!n4!n11!n2!n"},
    {"QA", 29, "4!a21!c"},
    {"RE", 27, "5!n5!n11!c2!n"},
    {"RO", 24, "4!a16!c"},
    {"RS", 22, "3!n13!n2!n"},
    {"RU", 33, "9!n5!n15!c"},
    {"SA", 24, "2!n18!c"},
    {"SC", 31, "4!a2!n2!n16!n3!a"},
    {"SD", 18, "2!n12!n"},
    {"SE", 24, "3!n16!n1!n"},
    {"SI", 19, "5!n8!n2!n"},
    {"SK", 24, "4!n6!n10!n"},
    {"SM", 27, "1!a5!n5!n12!c"},
    {"SO", 23, "4!n3!n12!n"},
    {"ST", 25, "8!n11!n2!n"},
    {"SV", 28, "4!a20!n"},
    {"TF", 27, "5!n5!n11!c2!n"},
    {"TL", 23, "3!n14!n2!n"},
    {"TN", 24, "2!n3!n13!n2!n"},
    {"TR", 26, "5!n1!n16!c"},
    {"UA", 29, "6!n19!c"},
    {"VA", 22, "3!n15!n"},
    {"VG", 24, "4!a16!n"},
    {"WF", 27, "5!n5!n11!c2!n"},
    {"XK", 20, "4!n10!n2!n"},
    {"YE", 30, "4!a4!n18!c"},
    {"YT", 27, "5!n5!n11!c2!n"},
});
// clang-format on

constexpr std::size_t kMaxBban = 30;
using Pattern = std::array<char, kMaxBban>;

// Expands "5!n5!n11!c2!n" into one class letter per position; returns the expanded length,
// or -1 when the structure string is malformed or does not fit.
constexpr int expand(const char* structure, Pattern& pattern)
{
    std::size_t at = 0;
    for (const char* p = structure; *p != '\0';) {
        std::size_t count = 0;
        while (*p >= '0' && *p <= '9')
            count = count * 10 + std::size_t(*p++ - '0');
        if (*p++ != '!' || (*p != 'n' && *p != 'a' && *p != 'c') || count == 0 || at + count > kMaxBban)
            return -1;
        for (std::size_t i = 0; i < count; ++i)
            pattern[at++] = *p;
        ++p;
    }
    return int(at);
}

constexpr auto kPatterns = [] {
    std::array<Pattern, kRegistry.size()> patterns {};
    for (std::size_t i = 0; i < kRegistry.size(); ++i) {
        if (expand(kRegistry[i].bban, patterns[i]) != kRegistry[i].length - 4)
            throw "IBAN registry: BBAN structure does not match the IBAN length";
    }
    return patterns;
}();

// kIndex maps a country code to its registry position, or to kNoCountry.
constexpr std::uint8_t kNoCountry = 0xFF;
static_assert(kRegistry.size() < kNoCountry, "registry positions fit the index");

constexpr auto kIndex = [] {
    std::array<std::uint8_t, std::size_t {26} * 26> index {};
    index.fill(kNoCountry);
    for (std::size_t i = 0; i < kRegistry.size(); ++i)
        index[std::size_t(kRegistry[i].code[0] - 'A') * 26 + std::size_t(kRegistry[i].code[1] - 'A')] = std::uint8_t(i);
    return index;
}();

static_assert(std::is_sorted(kRegistry.begin(), kRegistry.end(),
                             [](const IbanCountry& a, const IbanCountry& b) {
                                 return std::string_view(a.code) < std::string_view(b.code);
                             }),
              "keep the registry in country-code order");

} // namespace

std::span<const IbanCountry> ibanRegistry()
{
    return kRegistry;
}

const IbanCountry* findIbanCountry(QStringView countryCode)
{
    if (countryCode.size() != 2)
        return nullptr;
    const char16_t first = countryCode[0].unicode();
    const char16_t second = countryCode[1].unicode();
    if (first < u'A' || first > u'Z' || second < u'A' || second > u'Z')
        return nullptr;
    const std::uint8_t at = kIndex[std::size_t(first - u'A') * 26 + std::size_t(second - u'A')];
    return at == kNoCountry ? nullptr : &kRegistry[at];
}

std::string_view ibanBbanPattern(const IbanCountry& country)
{
    const char16_t code[2] = {char16_t(country.code[0]), char16_t(country.code[1])};
    const IbanCountry* entry = findIbanCountry(QStringView(code, 2));
    if (entry == nullptr)
        return {};
    const auto at = std::size_t(entry - kRegistry.data());
    return std::string_view(kPatterns[at].data(), std::size_t(entry->length - 4));
}

} // namespace segurdesk::validation
