#pragma once

#include "core/portal/JsonReplyRequest.h"
#include "core/portal/ReferencingInfo.h"

namespace segurdesk::portal {

// GET /referencing/{number}: the ANS referencing number's solution (public, polled). An unknown
// number fails with NotFound.
class ReferencingLookupRequest final : public JsonReplyRequest<ReferencingInfo>
{
public:
    ReferencingLookupRequest(PortalClient& client, const QString& number, QObject* parent = nullptr);
};

} // namespace segurdesk::portal
