#pragma once

#include "core/model/AdvanceRequest.h"
#include "core/model/Money.h"
#include "core/model/Status.h"
#include "core/model/VatRate.h"
#include "core/portal/DocumentRef.h"
#include "core/portal/MailSummary.h"
#include "core/portal/StatusChange.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace segurdesk::portal {

// A demande d'avance as the portal decided it: the six counts, the amounts it computed, the
// decision letter and the mails it sent.
struct AdvanceRequestRecord
{
    QString id;
    QString number;
    QString enrollmentId;
    QString enrollmentNumber;
    model::AdvanceStatus status = model::AdvanceStatus::Decided;
    QDateTime createdAt;
    QDateTime decidedAt;
    model::AdvanceRequest counts;
    model::VatRate vatRate = model::VatRate::notSubject();
    model::Money amountExcludingVat;
    model::Money amountIncludingVat;
    QList<StatusChange<model::AdvanceStatus>> statusHistory;
    QList<DocumentRef> documents;
    QList<MailSummary> mails;
    QString paymentId;

    static AdvanceRequestRecord read(ReplyReader& reader);
};

} // namespace segurdesk::portal
