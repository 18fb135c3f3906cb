#pragma once

#include "core/validation/ValidationResult.h"

#include <QStringView>

namespace segurdesk::validation {

// Checks a family name or given name: letters of any script (accents included), with single
// spaces, hyphens or apostrophes between them ("Jean-Pierre", "N'Diaye", "de La Fontaine").
// It is trimmed and inner whitespace is folded to single spaces; 1 to 100 characters.
// The normalized form is in Unicode NFC.
// Codes: name.empty, name.length, name.characters, name.format.
ValidationResult validatePersonName(QStringView input);

} // namespace segurdesk::validation
