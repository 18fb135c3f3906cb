#pragma once

#include "core/portal/JsonReplyRequest.h"
#include "core/portal/PortalConfig.h"

namespace segurdesk::portal {

// GET /config: limits, VAT rates, call dates, funding rule, templates (public, polled).
class ConfigRequest final : public JsonReplyRequest<PortalConfig>
{
public:
    explicit ConfigRequest(PortalClient& client, QObject* parent = nullptr);
};

} // namespace segurdesk::portal
