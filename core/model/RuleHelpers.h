#pragma once

#include "core/model/FieldError.h"

#include <QString>

namespace segurdesk::model::rules {

// Small building blocks of DossierValidator's rules.

// Appends `result` at `field` unless it is Ok.
void addResult(FieldErrors& errors, const QString& field, const ValidationResult& result);
// Appends a field.required error when `value` is blank; returns true when it is not.
bool requireText(FieldErrors& errors, const QString& field, const QString& value, const QString& message);
// field.too_long when `value` (trimmed) exceeds `maxLength` characters.
void limitLength(FieldErrors& errors, const QString& field, const QString& value, qsizetype maxLength);
void add(FieldErrors& errors, const QString& field, const QString& code, const QString& message,
         Severity severity = Severity::Error);

} // namespace segurdesk::model::rules
