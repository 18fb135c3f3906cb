#pragma once

#include "core/portal/JsonReplyRequest.h"
#include "core/portal/PaymentRecord.h"

namespace segurdesk::portal {

// GET /payments/{id}: one payment (polled).
class PaymentRequest final : public JsonReplyRequest<PaymentRecord>
{
public:
    PaymentRequest(PortalClient& client, const QString& id, QObject* parent = nullptr);
};

} // namespace segurdesk::portal
