#pragma once

#include "core/model/Money.h"
#include "core/model/Status.h"
#include "core/portal/StatusChange.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace segurdesk::portal {

// The payment of an advance: décidée → mise en paiement → payée, to the enrolled IBAN (masked).
struct PaymentRecord
{
    QString id;
    QString advanceRequestId;
    QString enrollmentId;
    model::AdvanceStatus status = model::AdvanceStatus::Decided;
    std::optional<model::Money> amountExcludingVat;
    model::Money amountIncludingVat;
    QString ibanMasked;
    QDateTime decidedAt;
    QDateTime paymentPendingAt;
    QDateTime paidAt;
    QList<StatusChange<model::AdvanceStatus>> statusHistory;

    static PaymentRecord read(ReplyReader& reader);
};

} // namespace segurdesk::portal
