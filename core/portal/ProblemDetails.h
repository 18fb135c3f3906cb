#pragma once

#include "core/model/FieldError.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace segurdesk::portal {

// An RFC 9457 problem as the portal sends it (docs/portal-api.yaml, `Problem`). Parsing is
// lenient about what is missing (every member is optional in practice) and strict about types:
// a member of the wrong type reads as absent, a malformed field error is dropped, a field path
// that is not a dotted snake_case path becomes "" (the request as a whole).
struct ProblemDetails
{
    QString type;
    // The part after "urn:segurdesk:problem:", empty for another type.
    QString slug;
    QString title;
    QString detail;
    QString instance;
    QString requestId;
    std::optional<int> status;
    std::optional<qint64> retryAfterSeconds;
    model::FieldErrors errors;

    // nullopt when `body` is not a JSON object.
    static std::optional<ProblemDetails> parse(const QByteArray& body);
};

} // namespace segurdesk::portal
