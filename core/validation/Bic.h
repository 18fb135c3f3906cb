#pragma once

#include "core/validation/ValidationResult.h"

#include <QStringView>

namespace segurdesk::validation {

// Checks a BIC (ISO 9362): 8 or 11 characters — institution (4 letters or digits, as the
// 2014 edition allows), an ISO 3166-1 country, location (2), optional branch (3).
// Spaces are ignored and letters upper-cased; the normalized form is compact upper case.
// Codes: bic.empty, bic.characters, bic.length, bic.format, bic.country.
ValidationResult validateBic(QStringView input);

// Compares the countries of an IBAN and a BIC that are each valid on their own. A mismatch
// is a Warning (bic.country_mismatch), not an Error: cross-border accounts exist. France,
// Monaco and the French overseas territories count as one area. Returns Ok with an empty
// normalized form when they agree or when either value is invalid (its own check reports it).
ValidationResult checkIbanBicCoherence(QStringView iban, QStringView bic);

} // namespace segurdesk::validation
