#pragma once

#include "sandbox/SandboxServices.h"

#include <QCoreApplication>

namespace segurdesk::sandbox {

// --seed-demo: a ready-made account with dossiers in every status, so that the app can be
// shown without filing anything first, and a second one, an accounting firm's, to try several
// profiles side by side. Logins "demo" and "demo-cabinet", password "Demo-Segur-2023!" for both
// (documented in sandbox/README.md). Each account is made once: an existing one is left as it is.
class DemoSeeder
{
    Q_DECLARE_TR_FUNCTIONS(DemoSeeder)

public:
    static constexpr const char* Login = "demo";
    static constexpr const char* FirmLogin = "demo-cabinet";
    static constexpr const char* Password = "Demo-Segur-2023!";

    static bool seed(SandboxServices& services, QString* error);
};

} // namespace segurdesk::sandbox
