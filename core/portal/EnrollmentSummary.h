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

    static EnrollmentSummary read(ReplyReader& reader);
};

} // namespace segurdesk::portal
