#pragma once

#include "core/model/Address.h"
#include "core/portal/ReplyReader.h"

#include <QString>

namespace segurdesk::portal {

// GET /companies/{siret}: the establishment as the directory knows it.
struct CompanyInfo
{
    QString siret;
    QString siren;
    QString companyName;
    model::Address address;
    QString naf;

    static CompanyInfo read(ReplyReader& reader);
};

} // namespace segurdesk::portal
