#pragma once

#include "sandbox/Clock.h"
#include "sandbox/SandboxConfig.h"
#include "sandbox/services/AuthService.h"
#include "sandbox/services/DueTime.h"
#include "sandbox/services/Mailer.h"
#include "sandbox/store/Fixtures.h"
#include "sandbox/store/SandboxDatabase.h"

#include <QCoreApplication>

namespace segurdesk::sandbox {

// The simulated instruction by the ASP. A dossier received at T is decided at
// T + instruction.delay_seconds, lazily (whenever a request arrives after that time) or at once
// through decide(). The decision comes from the company fixture's "instruction" member
// (rejected, incomplete), else validated. Validation opens the account and sends the mails.
class InstructionService
{
    Q_DECLARE_TR_FUNCTIONS(InstructionService)

public:
    InstructionService(SandboxDatabase& db, const Clock& clock, const SandboxConfig& config, const Fixtures& fixtures,
                       AuthService& auth, Mailer& mailer);

    QString plannedDecision(const QString& siret) const;
    QDateTime decisionTime(const QDateTime& receivedAt) const;
    // A dossier was scheduled at `at`: remember the earliest due time.
    void noteScheduled(const QDateTime& at);
    // The acknowledgement of receipt (mail 1), inside the intake's transaction.
    bool sendAcknowledgement(qint64 enrollmentId);

    // Decides every dossier whose time has come. Cheap when none is due.
    void runDue();

    enum class Outcome { Decided, NotFound, AlreadyDecided, Failed };
    Outcome decide(qint64 enrollmentId, const QString& decision, const QString& comment);

private:
    bool decideInTransaction(qint64 enrollmentId, const QString& decision, const QString& comment);
    void refreshNextDue();

    SandboxDatabase& m_db;
    const Clock& m_clock;
    const SandboxConfig& m_config;
    const Fixtures& m_fixtures;
    AuthService& m_auth;
    Mailer& m_mailer;
    DueTime m_due;
};

} // namespace segurdesk::sandbox
