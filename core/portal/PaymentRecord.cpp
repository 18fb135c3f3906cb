#include "core/portal/PaymentRecord.h"

namespace segurdesk::portal {

PaymentRecord PaymentRecord::read(ReplyReader& reader)
{
    PaymentRecord payment;
    payment.id = reader.string(QLatin1String("id"));
    payment.advanceRequestId = reader.string(QLatin1String("advance_request_id"));
    payment.enrollmentId = reader.string(QLatin1String("enrollment_id"));
    payment.status
        = reader.enumeration(QLatin1String("status"), &model::advanceStatusFromId, model::AdvanceStatus::Decided);
    payment.amountExcludingVat = reader.optionalMoney(QLatin1String("amount_ht"));
    payment.amountIncludingVat = reader.money(QLatin1String("amount_ttc"));
    payment.ibanMasked = reader.string(QLatin1String("iban_masked"));
    payment.decidedAt = reader.optionalDateTime(QLatin1String("decided_at"));
    payment.paymentPendingAt = reader.optionalDateTime(QLatin1String("payment_pending_at"));
    payment.paidAt = reader.optionalDateTime(QLatin1String("paid_at"));
    payment.statusHistory = StatusChange<model::AdvanceStatus>::readHistory(reader, &model::advanceStatusFromId);
    return payment;
}

} // namespace segurdesk::portal
