#pragma once

#include "sandbox/SandboxClock.h"
#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/services/AuthService.h"
#include "sandbox/services/CaptchaService.h"
#include "sandbox/services/FaultInjector.h"
#include "sandbox/services/IdempotencyStore.h"
#include "sandbox/services/InstructionService.h"
#include "sandbox/services/Mailer.h"
#include "sandbox/services/PaymentService.h"
#include "sandbox/store/Fixtures.h"
#include "sandbox/store/SandboxDatabase.h"

#include <memory>

namespace segurdesk::sandbox {

// Everything the routes share, built in dependency order from the options: configuration,
// clock, database, fixtures and the services on top of them.
class SandboxServices
{
public:
    // Returns nullptr with `error` set when the configuration, the data folder or the
    // database cannot be used.
    static std::unique_ptr<SandboxServices> create(const SandboxOptions& options, QString* error);

    // What the clock has made due: instruction decisions, then the mails of paid payments.
    void runDue();

    SandboxOptions options;
    SandboxConfig config;
    SandboxClock clock;
    SandboxDatabase db;
    Fixtures fixtures;
    std::unique_ptr<Mailer> mailer;
    std::unique_ptr<CaptchaService> captchas;
    std::unique_ptr<AuthService> auth;
    std::unique_ptr<IdempotencyStore> idempotency;
    std::unique_ptr<InstructionService> instruction;
    std::unique_ptr<PaymentService> payments;
    std::unique_ptr<FaultInjector> faults;
};

} // namespace segurdesk::sandbox
