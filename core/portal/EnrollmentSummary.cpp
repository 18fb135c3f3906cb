#include "core/portal/EnrollmentSummary.h"

namespace segurdesk::portal {

EnrollmentSummary EnrollmentSummary::read(ReplyReader& reader)
{
    EnrollmentSummary summary;
    summary.id = reader.string(QLatin1String("id"));
    summary.number = reader.string(QLatin1String("number"));
    summary.status = reader.enumeration(QLatin1String("status"), &model::enrollmentStatusFromId,
                                        model::EnrollmentStatus::Submitted);
    summary.receivedAt = reader.dateTime(QLatin1String("received_at"));
    summary.updatedAt = reader.dateTime(QLatin1String("updated_at"));
    summary.siret = reader.string(QLatin1String("siret"));
    summary.companyName = reader.string(QLatin1String("company_name"));
    summary.tradeName = reader.optionalString(QLatin1String("trade_name"));
    summary.referencingNumber = reader.string(QLatin1String("referencing_number"));
    return summary;
}

} // namespace segurdesk::portal
