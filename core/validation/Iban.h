#pragma once

#include "core/validation/ValidationResult.h"

#include <QStringView>

namespace segurdesk::validation {

// Checks an IBAN (ISO 13616) against the SWIFT registry: country, exact length, BBAN
// structure, mod-97 check digits, and the RIB key for France, Monaco and the French
// overseas territories. Pasted forms are accepted: spaces of any kind, hyphens, dots,
// lower case and a leading "IBAN" or "IBAN:". The normalized form is the compact
// upper-case IBAN ("FR7630006000011234567890189").
// Codes: iban.empty, iban.characters, iban.country, iban.length, iban.structure,
// iban.checksum, iban.rib_key.
ValidationResult validateIban(QStringView input);

// The IBAN in the paper format, groups of four separated by spaces
// ("FR76 3000 6000 0112 3456 7890 189"). A leading "IBAN" or "IBAN:" and the separators of
// the input are dropped and letters upper-cased; nothing else is checked. At most 68 characters of the input are shown.
QString ibanPaperFormat(QStringView iban);

// A form safe for logs: paper format with every character but the first four and the last
// four replaced by '*' ("FR76 **** **** **** **** ***1 234"). Inputs of eight characters or
// fewer are masked entirely.
QString maskIban(QStringView iban);

// True for France, Monaco and the French overseas territories with their own country code,
// which share the French banking system (RIB key, BIC coherence).
bool isFrenchBankingArea(QStringView countryCode);

} // namespace segurdesk::validation
