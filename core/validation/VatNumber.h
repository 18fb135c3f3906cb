#pragma once

#include "core/validation/ValidationResult.h"

#include <QStringView>

namespace segurdesk::validation {

// Checks a French intra-community VAT number: "FR", a two-character key, then a SIREN.
// Numeric keys: key = (12 + 3 x (SIREN mod 97)) mod 97. The newer alphanumeric keys (from
// the alphabet 0-9 A-Z without I and O) follow the DGFiP formula that python-stdnum also
// implements. The SIREN must pass Luhn, except numbers whose SIREN part starts with 000,
// issued to Monaco companies that have no SIREN. Spaces, dots and hyphens are ignored and
// the "FR" prefix may be omitted; the normalized form is "FRkk999999999".
// Codes: tva.empty, tva.characters, tva.length, tva.country, tva.checksum, siren.checksum.
ValidationResult validateFrenchVat(QStringView input);

} // namespace segurdesk::validation
