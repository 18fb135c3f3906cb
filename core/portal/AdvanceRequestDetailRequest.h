#pragma once

#include "core/portal/AdvanceRequestRecord.h"
#include "core/portal/JsonReplyRequest.h"

namespace segurdesk::portal {

// GET /advance-requests/{id}: one advance request with its decision letter and mails (polled).
class AdvanceRequestDetailRequest final : public JsonReplyRequest<AdvanceRequestRecord>
{
public:
    AdvanceRequestDetailRequest(PortalClient& client, const QString& id, QObject* parent = nullptr);
};

} // namespace segurdesk::portal
