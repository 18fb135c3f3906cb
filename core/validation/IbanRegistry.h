#pragma once

#include <QStringView>

#include <span>
#include <string_view>

namespace segurdesk::validation {

// One country of the SWIFT IBAN registry (ISO 13616): total IBAN length and BBAN structure
// in the registry's notation ("5!n5!n11!c2!n": n digits, a upper-case letters, c letters or
// digits, each with its exact count).
struct IbanCountry
{
    char code[3];
    int length;
    const char* bban;
};

// Every country, in code order. The French overseas territories that have their own ISO
// country code are included with the French structure.
std::span<const IbanCountry> ibanRegistry();

// The entry for a two-letter country code, or nullptr when the registry has none.
const IbanCountry* findIbanCountry(QStringView countryCode);

// Character class expected at each BBAN position: 'n', 'a' or 'c' (length - 4 of them);
// empty when `country.code` is not in the registry.
std::string_view ibanBbanPattern(const IbanCountry& country);

} // namespace segurdesk::validation
