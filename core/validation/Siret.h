#pragma once

#include "core/validation/ValidationResult.h"

#include <QStringView>

namespace segurdesk::validation {

// Checks a SIREN (9 digits, Luhn). Spaces of any kind, dots and hyphens are ignored; the
// normalized form is the 9 digits. Codes: siren.empty, siren.characters, siren.length,
// siren.checksum.
ValidationResult validateSiren(QStringView input);

// Checks a SIRET (14 digits): Luhn over the whole number and over its SIREN (first nine
// digits). La Poste's establishments (SIREN 356000000) are numbered differently: the sum of
// the digits is a multiple of 5, except the head office 356 000 000 00048, which follows
// Luhn (the INSEE rule, as python-stdnum applies it). The normalized form is the 14 digits.
// Codes: siret.empty, siret.characters, siret.length, siret.checksum, siren.checksum.
ValidationResult validateSiret(QStringView input);

} // namespace segurdesk::validation
