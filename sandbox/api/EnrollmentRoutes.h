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
    // The Enrollment of the contract; nullopt when `id` does not exist or, with
    // `accountId` > 0, belongs to another account.
    static std::optional<QJsonObject> enrollmentJson(SandboxServices& services, qint64 id, qint64 accountId);
};

} // namespace segurdesk::sandbox
