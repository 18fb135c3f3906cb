#pragma once

#include "sandbox/SandboxServices.h"
#include "sandbox/http/Router.h"

namespace segurdesk::sandbox {

// /sandbox/...: instruct a dossier at once and move the clock (only with --admin).
class AdminRoutes
{
    Q_DECLARE_TR_FUNCTIONS(AdminRoutes)

public:
    static void install(Router& router, SandboxServices& services);
};

} // namespace segurdesk::sandbox
