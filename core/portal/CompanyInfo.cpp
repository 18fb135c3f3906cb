#include "core/portal/CompanyInfo.h"

namespace segurdesk::portal {

CompanyInfo CompanyInfo::read(ReplyReader& reader)
{
    CompanyInfo company;
    company.siret = reader.string(QLatin1String("siret"));
    company.siren = reader.string(QLatin1String("siren"));
    company.companyName = reader.string(QLatin1String("company_name"));
    ReplyReader address = reader.child(QLatin1String("address"));
    company.address.street = address.string(QLatin1String("street"));
    company.address.postalCode = address.string(QLatin1String("postal_code"));
    company.address.city = address.string(QLatin1String("city"));
    company.address.recipient = address.optionalString(QLatin1String("recipient"));
    company.address.building = address.optionalString(QLatin1String("building"));
    company.address.extension = address.optionalString(QLatin1String("extension"));
    company.address.complement = address.optionalString(QLatin1String("complement"));
    company.naf = reader.optionalString(QLatin1String("naf"));
    return company;
}

} // namespace segurdesk::portal
