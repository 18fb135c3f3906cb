#pragma once

#include "core/validation/ValidationResult.h"

#include <QStringView>

namespace segurdesk::validation {

// Checks a telephone number with libphonenumber. Numbers without an international prefix
// are read as French ("06 12 34 56 78"); others need "+" or "00" and their country code.
// The number must be a valid number of its country's plan, not merely plausible. The
// normalized form is E.164 ("+33612345678").
// Codes: phone.empty, phone.length, phone.format, phone.invalid.
ValidationResult validatePhone(QStringView input);

} // namespace segurdesk::validation
