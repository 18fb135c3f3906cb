#pragma once

#include "core/validation/ValidationResult.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

namespace segurdesk::model {

// One problem with one field of a dossier. `field` is the dotted path of the member in the
// dossier JSON ("representative.email", "documents.rib", "current.applicative"), the same
// path the portal puts in its problem+json `errors[].field`; "" is the document as a whole.
// `code` is stable ("field.required", "iban.checksum", "file.too_large"); `message` is
// translated and says what to do. Warnings never block a submission.
struct FieldError
{
    QString field;
    QString code;
    QString message;
    Severity severity = Severity::Error;

    bool isBlocking() const { return severity == Severity::Error; }
    // The wizard step (1..5) whose page shows the field, 0 for the document as a whole.
    int step() const { return stepOfField(field); }
    static int stepOfField(QStringView field);

    // {field, code, message, severity: "error"|"warning"}: the contract's FieldError plus
    // the severity.
    QJsonObject toJson() const;

    friend bool operator==(const FieldError&, const FieldError&) = default;
};

using FieldErrors = QList<FieldError>;

// True when one of `errors` blocks (severity Error).
bool hasBlockingError(const FieldErrors& errors);
// `parsing` (DossierJson's errors) followed by `validation` (DossierValidator's) without what
// the latter says about members the parser could not read ("bank" given as text hides
// "bank.iban required"); an unknown member hides nothing.
FieldErrors mergeFieldErrors(const FieldErrors& parsing, const FieldErrors& validation);
// The errors of one wizard step, in their order.
FieldErrors errorsOfStep(const FieldErrors& errors, int step);

} // namespace segurdesk::model
