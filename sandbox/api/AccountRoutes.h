#pragma once

#include "sandbox/SandboxServices.h"
#include "sandbox/http/Router.h"

namespace segurdesk::sandbox {

// /documents, /mails, /payments of the authenticated account.
class AccountRoutes
{
public:
    static void install(Router& router, SandboxServices& services);
};

} // namespace segurdesk::sandbox
