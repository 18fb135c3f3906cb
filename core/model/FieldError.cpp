#include "core/model/FieldError.h"

#include "core/model/DocumentKind.h"

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

} // namespace segurdesk::model
