#pragma once

#include "sandbox/SandboxServices.h"

#include <QCoreApplication>

namespace segurdesk::sandbox {

// --seed-demo: a ready-made account with dossiers in every status, so that the app can be
// shown without filing anything first. Login "demo", password "Demo-Segur-2023!" (documented
// in sandbox/README.md). Runs once: an existing "demo" account is left as it is.
class DemoSeeder
{
    Q_DECLARE_TR_FUNCTIONS(DemoSeeder)

public:
    static constexpr const char* Login = "demo";
    static constexpr const char* Password = "Demo-Segur-2023!";

    static bool seed(SandboxServices& services, QString* error);
};

} // namespace segurdesk::sandbox
