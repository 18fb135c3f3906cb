#include "core/model/FieldError.h"

#include "core/model/DocumentKind.h"

#include <QSet>

#include <algorithm>

namespace segurdesk::model {

namespace {

struct StepPrefix
{
    const char* prefix;
    int step;
};

// By the first member of the path; documents are looked up by their own step.
constexpr StepPrefix kSteps[] = {
    {"referencing", 1},      {"applicant", 2}, {"representative", 2}, {"depositor", 2},
    {"third_party_role", 2}, {"bank", 3},      {"vat_rate", 4},       {"declarations", 5},
};

} // namespace

int FieldError::stepOfField(QStringView field)
{
    const qsizetype dot = field.indexOf(QLatin1Char('.'));
    const QStringView head = dot < 0 ? field : field.left(dot);
    if (head == QLatin1String("documents") && dot >= 0) {
        if (const auto kind = documentKindFromKey(field.mid(dot + 1)))
            return documentStep(*kind);
        return 0;
    }
    for (const StepPrefix& entry : kSteps) {
        if (head == QLatin1String(entry.prefix))
            return entry.step;
    }
    return 0;
}

QJsonObject FieldError::toJson() const
{
    return QJsonObject {
        {QStringLiteral("field"), field},
        {QStringLiteral("code"), code},
        {QStringLiteral("message"), message},
        {QStringLiteral("severity"),
         severity == Severity::Warning ? QStringLiteral("warning") : QStringLiteral("error")},
    };
}

bool hasBlockingError(const FieldErrors& errors)
{
    return std::any_of(errors.cbegin(), errors.cend(), [](const FieldError& e) { return e.isBlocking(); });
}

FieldErrors errorsOfStep(const FieldErrors& errors, int step)
{
    FieldErrors result;
    std::copy_if(errors.cbegin(), errors.cend(), std::back_inserter(result),
                 [step](const FieldError& e) { return e.step() == step; });
    return result;
}

FieldErrors mergeFieldErrors(const FieldErrors& parsing, const FieldErrors& validation)
{
    // A member that could not be read ("bank" given as text) hides what is said about its
    // content ("bank.iban" required), but an unknown member hides nothing.
    QSet<QString> unreadable;
    for (const FieldError& error : parsing) {
        if (error.code != QLatin1String("field.unknown") && error.code != QLatin1String("document.unknown"))
            unreadable.insert(error.field);
    }
    const auto hidden = [&unreadable](const QString& field) {
        for (const QString& prefix : unreadable) {
            if (field == prefix || field.startsWith(prefix + QLatin1Char('.')))
                return true;
        }
        return false;
    };
    FieldErrors merged = parsing;
    for (const FieldError& error : validation) {
        if (!hidden(error.field))
            merged.append(error);
    }
    return merged;
}

} // namespace segurdesk::model
