#pragma once

#include "core/portal/ReplyReader.h"

#include <QString>

namespace segurdesk::portal {

// GET /banks/{code}: the bank behind a BIC or an IBAN, and its domiciliation.
struct BankInfo
{
    QString bic;
    QString bankName;
    QString domiciliation;
    QString country;

    static BankInfo read(ReplyReader& reader);
};

} // namespace segurdesk::portal
