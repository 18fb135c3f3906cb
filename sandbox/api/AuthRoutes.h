#pragma once

#include "sandbox/SandboxServices.h"
#include "sandbox/http/Router.h"

namespace segurdesk::sandbox {

// /auth: login, logout, session, password change, secret question and recovery.
class AuthRoutes
{
    Q_DECLARE_TR_FUNCTIONS(AuthRoutes)

public:
    static void install(Router& router, SandboxServices& services);
};

} // namespace segurdesk::sandbox
