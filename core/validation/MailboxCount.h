#pragma once

#include "core/validation/ValidationResult.h"

#include <QStringView>

#include <optional>

namespace segurdesk::validation {

// The largest mailbox count accepted. France has about 1.5 million health professionals;
// ten million leaves room for organisational and application mailboxes while catching typos.
inline constexpr qint64 kMaxMailboxCount = 10'000'000;

// Checks a number of mailboxes (BAL): a non-negative integer up to kMaxMailboxCount.
// Spaces of any kind may group the digits ("12 500"). The normalized form is the plain
// decimal number without leading zeros.
// Codes: mailbox.empty, mailbox.characters, mailbox.negative, mailbox.too_large.
ValidationResult validateMailboxCount(QStringView input);

// The count when validateMailboxCount accepts `input`, else nothing.
std::optional<qint64> parseMailboxCount(QStringView input);

} // namespace segurdesk::validation
