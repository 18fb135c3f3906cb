#pragma once

#include "core/portal/AdvanceRequestRecord.h"
#include "core/portal/EnrollmentDetail.h"
#include "core/portal/MailSummary.h"
#include "core/portal/PaymentRecord.h"
#include "core/storage/DossierCache.h"

#include <QList>
#include <QString>

#include <optional>

namespace segurdesk::services {

// Everything the portal last gave about one dossier, read back from the DossierCache that
// DossierSync keeps: the enrollment (with its status history and documents) or the advance
// request (with its decision letter) and its enrollment, the mails about it (latest first) and,
// for an advance, its payment.
struct DossierDetails
{
    // The dossier's enrollment: the dossier itself, or the enrollment an advance was requested for.
    std::optional<portal::EnrollmentDetail> enrollment;
    // Set when the dossier is an advance request.
    std::optional<portal::AdvanceRequestRecord> advance;
    QList<portal::MailSummary> mails;
    QList<portal::PaymentRecord> payments;
    // Why the details could not be read (translated); the other members are then empty.
    QString problem;
};

// Reads the details of the enrollment or advance request `id` from the cache at `cache`, with a
// connection of its own: for a worker thread, so that the GUI never waits on SQLite or on the
// decryption. An enrollment's mails are those about it that no advance request claims.
DossierDetails readDossierDetails(const storage::DossierCache::Location& cache, storage::CachedObject::Kind kind,
                                  const QString& id);

} // namespace segurdesk::services
