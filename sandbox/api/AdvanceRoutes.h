#pragma once

#include "sandbox/SandboxServices.h"
#include "sandbox/http/Router.h"

namespace segurdesk::sandbox {

// /advance-requests: the request for a validated enrollment, decided at once with its
// decision letter and mail, and the account's requests.
class AdvanceRoutes
{
    Q_DECLARE_TR_FUNCTIONS(AdvanceRoutes)

public:
    static void install(Router& router, SandboxServices& services);

private:
    static HttpResponse create(RequestContext& context, SandboxServices& services);
};

} // namespace segurdesk::sandbox
