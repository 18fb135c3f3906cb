#include "core/portal/BankInfo.h"

namespace segurdesk::portal {

BankInfo BankInfo::read(ReplyReader& reader)
{
    BankInfo bank;
    bank.bic = reader.string(QLatin1String("bic"));
    bank.bankName = reader.string(QLatin1String("bank_name"));
    bank.domiciliation = reader.string(QLatin1String("domiciliation"));
    bank.country = reader.string(QLatin1String("country"));
    return bank;
}

} // namespace segurdesk::portal
