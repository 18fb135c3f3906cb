#pragma once

#include "sandbox/SandboxServices.h"
#include "sandbox/http/Router.h"

#include <QJsonObject>

#include <optional>

namespace segurdesk::sandbox {

// /enrollments: anonymous submission, and the account's list and detail with history.
class EnrollmentRoutes
{
public:
    static void install(Router& router, SandboxServices& services);
    // The Enrollment of the contract as a JSON body; empty when `id` does not exist or, with
    // `accountId` > 0, belongs to another account. The stored dossier (already compact JSON)
    // is spliced in as it is: parsing and writing it again would double the cost of polling.
    static QByteArray enrollmentBody(SandboxServices& services, qint64 id, qint64 accountId);
};

} // namespace segurdesk::sandbox
