#pragma once

#include "core/portal/JsonReplyRequest.h"
#include "core/portal/Page.h"
#include "core/portal/PaymentRecord.h"

namespace segurdesk::portal {

// GET /payments: a page of the account's payments (polled), optionally of one advance request.
class PaymentListRequest final : public JsonReplyRequest<Page<PaymentRecord>>
{
public:
    PaymentListRequest(PortalClient& client, qint64 page = 1, qint64 perPage = 20, const QString& advanceRequestId = {},
                       QObject* parent = nullptr);
};

} // namespace segurdesk::portal
