#pragma once

#include "core/model/Status.h"
#include "core/model/VatRate.h"
#include "core/portal/DocumentRef.h"
#include "core/portal/EnrollmentSummary.h"
#include "core/portal/StatusChange.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace segurdesk::portal {

// GET /enrollments/{id}: one enrollment with its status history and documents. `dossier` is
// the DossierInput as the portal received and normalised it; read it with
// model::DossierJson::fromJson(dossier, model::DossierJson::Mode::PortalInput).
struct EnrollmentDetail
{
    enum class Role { Developer, Buyer };

    EnrollmentSummary summary;
    Role role = Role::Developer;
    QString dsr;
    QString solutionName;
    QString developerSiret;
    model::VatRate vatRate = model::VatRate::notSubject();
    QString domiciliation;
    QList<StatusChange<model::EnrollmentStatus>> statusHistory;
    QJsonObject dossier;
    QList<DocumentRef> documents;
    // Empty until an advance was requested for this enrollment.
    QString advanceRequestId;

    static EnrollmentDetail read(ReplyReader& reader);
};

} // namespace segurdesk::portal
