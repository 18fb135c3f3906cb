#include "core/model/RuleHelpers.h"

#include <QCoreApplication>

namespace segurdesk::model::rules {

void addResult(FieldErrors& errors, const QString& field, const ValidationResult& result)
{
    if (result.severity != Severity::Ok)
        errors.append(FieldError {field, result.code, result.message, result.severity});
}

bool requireText(FieldErrors& errors, const QString& field, const QString& value, const QString& message)
{
    if (!value.trimmed().isEmpty())
        return true;
    add(errors, field, QLatin1String("field.required"), message);
    return false;
}

void limitLength(FieldErrors& errors, const QString& field, const QString& value, qsizetype maxLength)
{
    if (value.trimmed().size() > maxLength) {
        add(errors, field, QLatin1String("field.too_long"),
            QCoreApplication::translate("DossierValidator", "Too long: at most %1 characters.").arg(maxLength));
    }
}

void add(FieldErrors& errors, const QString& field, const QString& code, const QString& message, Severity severity)
{
    errors.append(FieldError {field, code, message, severity});
}

} // namespace segurdesk::model::rules
