#pragma once

#include "core/validation/ValidationResult.h"

#include <QStringView>

namespace segurdesk::validation {

// A practical RFC 5321/5322 address check for what mail systems really deliver: an
// unquoted dot-atom local part (at most 64 characters, no leading, trailing or doubled dot),
// '@', a domain of at least two labels (at most 253 characters once converted to ASCII by
// IDNA, labels of 1 to 63 letters, digits or inner hyphens, a non-numeric top-level label).
// Quoted local parts and address literals ("[192.0.2.1]") are refused. The normalized form
// is trimmed with the domain in lower case.
// Codes: email.empty, email.length, email.format, email.local_part, email.domain.
ValidationResult validateEmail(QStringView input);

// Checks that `confirmation` is the same address as `email`: the local part must match
// exactly (it may be case-sensitive), the domain ignoring case. Code email.mismatch; an
// invalid `confirmation` gets validateEmail's result.
ValidationResult validateEmailConfirmation(QStringView email, QStringView confirmation);

} // namespace segurdesk::validation
