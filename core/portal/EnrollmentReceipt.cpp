#include "core/portal/EnrollmentReceipt.h"

namespace segurdesk::portal {

EnrollmentReceipt EnrollmentReceipt::read(ReplyReader& reader)
{
    EnrollmentReceipt receipt;
    receipt.id = reader.string(QLatin1String("id"));
    receipt.number = reader.string(QLatin1String("number"));
    receipt.status = reader.enumeration(QLatin1String("status"), &model::enrollmentStatusFromId,
                                        model::EnrollmentStatus::Submitted);
    receipt.receivedAt = reader.dateTime(QLatin1String("received_at"));
    return receipt;
}

} // namespace segurdesk::portal
