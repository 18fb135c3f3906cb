#include "cli/FieldErrorText.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>

namespace segurdesk::cli {

void printFieldErrors(QTextStream& stream, const QString& prefix, const model::FieldErrors& errors)
{
    for (const model::FieldError& error : errors) {
        stream << prefix << ": ";
        if (!error.field.isEmpty())
            stream << error.field << ": ";
        if (!error.isBlocking())
            stream << QCoreApplication::translate("cli", "warning: ");
        stream << error.message << " [" << error.code << "]\n";
    }
}

QJsonArray fieldErrorsToJson(const model::FieldErrors& errors)
{
    QJsonArray array;
    for (const model::FieldError& error : errors)
        array.append(error.toJson());
    return array;
}

int blockingCount(const model::FieldErrors& errors)
{
    return int(
        std::count_if(errors.cbegin(), errors.cend(), [](const model::FieldError& e) { return e.isBlocking(); }));
}

} // namespace segurdesk::cli
