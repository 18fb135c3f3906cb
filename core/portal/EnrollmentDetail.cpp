#include "core/portal/EnrollmentDetail.h"

namespace segurdesk::portal {

namespace {

std::optional<EnrollmentDetail::Role> roleFromId(QStringView id)
{
    if (id == QLatin1String("developer"))
        return EnrollmentDetail::Role::Developer;
    if (id == QLatin1String("buyer"))
        return EnrollmentDetail::Role::Buyer;
    return std::nullopt;
}

} // namespace

EnrollmentDetail EnrollmentDetail::read(ReplyReader& reader)
{
    EnrollmentDetail detail;
    detail.summary = EnrollmentSummary::read(reader);
    detail.role = reader.enumeration(QLatin1String("role"), &roleFromId, Role::Developer);
    detail.dsr = reader.optionalString(QLatin1String("dsr"));
    detail.solutionName = reader.optionalString(QLatin1String("solution_name"));
    detail.developerSiret = reader.optionalString(QLatin1String("developer_siret"));
    detail.vatRate = reader.vatRate(QLatin1String("vat_rate"));
    detail.domiciliation = reader.optionalString(QLatin1String("domiciliation"));
    detail.statusHistory = StatusChange<model::EnrollmentStatus>::readHistory(reader, &model::enrollmentStatusFromId);
    detail.dossier = reader.rawObject(QLatin1String("dossier"));
    detail.documents = reader.array(QLatin1String("documents"), &DocumentRef::read);
    detail.advanceRequestId = reader.optionalString(QLatin1String("advance_request_id"));
    return detail;
}

} // namespace segurdesk::portal
