#pragma once

#include "core/model/FieldError.h"

#include <QJsonArray>

class QTextStream;

namespace segurdesk::cli {

// How every command prints a dossier's problems (docs/dossier-format.md): one line per field
// and rule, "PREFIX: field: message [code]", warnings marked as such, or their JSON form.
void printFieldErrors(QTextStream& stream, const QString& prefix, const model::FieldErrors& errors);
QJsonArray fieldErrorsToJson(const model::FieldErrors& errors);
int blockingCount(const model::FieldErrors& errors);

} // namespace segurdesk::cli
