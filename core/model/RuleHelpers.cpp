#include "core/model/RuleHelpers.h"

#include <QCoreApplication>
#include <QLocale>

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

QString formatByteLimit(qint64 bytes)
{
    // Same strings and locale as core/files' messages, so both read alike.
    const QLocale locale(
        QCoreApplication::translate("FileInspector", "en_GB", "locale used to format numbers in messages"));
    constexpr qint64 kMega = qint64 {1024} * 1024;
    if (bytes >= kMega && bytes % kMega == 0)
        return QCoreApplication::translate("FileInspector", "%1 MB").arg(locale.toString(bytes / kMega));
    if (bytes >= 1024 && bytes % 1024 == 0)
        return QCoreApplication::translate("FileInspector", "%1 KB").arg(locale.toString(bytes / 1024));
    return QCoreApplication::translate("FileInspector", "%1 bytes").arg(locale.toString(bytes));
}

} // namespace segurdesk::model::rules
