#pragma once

#include "sandbox/http/HttpRequest.h"
#include "sandbox/http/Problem.h"
#include "sandbox/services/Account.h"

#include <QDateTime>
#include <QHash>

#include <optional>

namespace segurdesk::sandbox {

// Everything a route handler sees: the request, the path parameters, the authenticated
// account (for routes that need one) and the request id echoed in problems.
struct RequestContext
{
    HttpRequest request;
    QHash<QString, QString> params;
    QString requestId;
    std::optional<Account> account;
    QString tokenHash;

    QString param(const QString& name) const { return params.value(name); }
    HttpResponse fail(const Problem& problem) const { return problem.toResponse(request.path, requestId); }
};

} // namespace segurdesk::sandbox
