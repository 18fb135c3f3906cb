#pragma once

#include "sandbox/Clock.h"
#include "sandbox/services/DueTime.h"
#include "sandbox/services/Mailer.h"
#include "sandbox/store/SandboxDatabase.h"

#include <QCoreApplication>

namespace segurdesk::sandbox {

// The simulated payment of decided advances. Their status follows from the planned times and
// the clock whenever it is read (AdvanceLedger), but the payment_sent mail is an event: it must
// be sent once. runDue() sends it for every payment whose paid time has passed and that has none
// yet; the server calls it before each request and on a timer, so no answer shows a paid
// payment without its mail. The mails table allows one payment_sent mail per advance (a unique
// index), so two sandboxes on one data folder cannot both send it either.
class PaymentService
{
    Q_DECLARE_TR_FUNCTIONS(PaymentService)

public:
    PaymentService(SandboxDatabase& db, const Clock& clock, Mailer& mailer);

    // An advance was created whose payment is paid at `paidAt`: remember the earliest due time.
    void noteScheduled(const QDateTime& paidAt);

    // Announces every payment paid by now and not announced yet. Cheap when none is due.
    void runDue();

private:
    // Sends the mail of one payment in its own transaction; false when it could not.
    bool announce(qint64 advanceId);
    void refreshDue();

    SandboxDatabase& m_db;
    const Clock& m_clock;
    Mailer& m_mailer;
    DueTime m_due;
};

} // namespace segurdesk::sandbox
