#pragma once

#include "core/model/Status.h"
#include "core/portal/ReplyReader.h"

#include <QDateTime>
#include <QString>

namespace segurdesk::portal {

// An item of GET /enrollments (suivi des demandes d'enrôlement).
struct EnrollmentSummary
{
    QString id;
    QString number;
    model::EnrollmentStatus status = model::EnrollmentStatus::Submitted;
    QDateTime receivedAt;
    QDateTime updatedAt;
    QString siret;
    QString companyName;
    QString tradeName;
    QString referencingNumber;

    // The name the operator knows the company by: its trade name, else its legal name.
    QString displayName() const { return tradeName.isEmpty() ? companyName : tradeName; }

    static EnrollmentSummary read(ReplyReader& reader);
};

} // namespace segurdesk::portal
