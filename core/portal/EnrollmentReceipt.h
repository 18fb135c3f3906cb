#pragma once

#include "core/model/Status.h"
#include "core/portal/ReplyReader.h"

#include <QDateTime>
#include <QString>

namespace segurdesk::portal {

// 201 of POST /enrollments: the accusé de réception (dossier number and date of receipt).
struct EnrollmentReceipt
{
    QString id;
    QString number;
    model::EnrollmentStatus status = model::EnrollmentStatus::Submitted;
    QDateTime receivedAt;
    // True when the portal replayed the answer to an earlier send with the same Idempotency-Key.
    bool replayed = false;

    static EnrollmentReceipt read(ReplyReader& reader);
};

} // namespace segurdesk::portal
