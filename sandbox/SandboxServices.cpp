#include "sandbox/SandboxServices.h"

#include "sandbox/services/DemoSeeder.h"

#include <QCoreApplication>
#include <QDir>

namespace segurdesk::sandbox {

std::unique_ptr<SandboxServices> SandboxServices::create(const SandboxOptions& options, QString* error)
{
    auto services = std::make_unique<SandboxServices>();
    services->options = options;
    if (!services->config.load(options.configPath, error))
        return nullptr;
    const QDir data(options.dataDir);
    if (!QDir().mkpath(data.filePath(QStringLiteral("outbox")))) {
        *error
            = QCoreApplication::translate("SandboxServices", "Cannot create the data folder %1").arg(options.dataDir);
        return nullptr;
    }
    if (!services->db.open(data.filePath(QStringLiteral("sandbox.sqlite")), error))
        return nullptr;
    if (!services->fixtures.load(error))
        return nullptr;
    const SandboxConfig& config = services->config;
    services->mailer = std::make_unique<Mailer>(services->db, services->clock, data.filePath(QStringLiteral("outbox")));
    services->captchas
        = std::make_unique<CaptchaService>(services->clock, config.captchaTtlSeconds(), options.captchaAnswer);
    services->auth = std::make_unique<AuthService>(services->db, services->clock, config, *services->mailer);
    services->idempotency = std::make_unique<IdempotencyStore>(services->db);
    services->instruction = std::make_unique<InstructionService>(
        services->db, services->clock, config, services->fixtures, *services->auth, *services->mailer);
    services->payments = std::make_unique<PaymentService>(services->db, services->clock, *services->mailer);
    services->faults = std::make_unique<FaultInjector>(config.faultRules(), config.faultSeed());
    if (options.seedDemo && !DemoSeeder::seed(*services, error))
        return nullptr;
    return services;
}

void SandboxServices::runDue()
{
    instruction->runDue();
    payments->runDue();
}

} // namespace segurdesk::sandbox
