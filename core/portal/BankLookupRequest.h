#pragma once

#include "core/portal/BankInfo.h"
#include "core/portal/JsonReplyRequest.h"

namespace segurdesk::portal {

// GET /banks/{code}: the bank and domiciliation of a BIC or an IBAN (public, polled). Field
// errors come back at "bank.bic" or "bank.iban", after what was asked.
class BankLookupRequest final : public JsonReplyRequest<BankInfo>
{
public:
    BankLookupRequest(PortalClient& client, const QString& bicOrIban, QObject* parent = nullptr);
};

} // namespace segurdesk::portal
