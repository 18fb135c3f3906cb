#pragma once

#include "sandbox/SandboxServices.h"
#include "sandbox/http/Router.h"

namespace segurdesk::sandbox {

// Anonymous endpoints: /config, /captchas, referencing, company and bank lookups, templates.
class PublicRoutes
{
    Q_DECLARE_TR_FUNCTIONS(PublicRoutes)

public:
    static void install(Router& router, SandboxServices& services);
    static QJsonObject configJson(const SandboxServices& services);
};

} // namespace segurdesk::sandbox
