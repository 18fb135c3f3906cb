#pragma once

#include "core/validation/ValidationResult.h"

namespace segurdesk::validation {

// Builders shared by the validators, so that every result carries its stable code.
inline ValidationResult accepted(QString normalized)
{
    return ValidationResult {Severity::Ok, QString(), std::move(normalized), QString()};
}

inline ValidationResult rejected(QLatin1String code, QString message)
{
    return ValidationResult {Severity::Error, QString(code), QString(), std::move(message)};
}

} // namespace segurdesk::validation
