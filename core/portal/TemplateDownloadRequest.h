#pragma once

#include "core/portal/DownloadRequest.h"

namespace segurdesk::portal {

// GET /templates/{name}: a model document ("service-contract", "mandate"; public).
class TemplateDownloadRequest final : public DownloadRequest
{
public:
    TemplateDownloadRequest(PortalClient& client, const QString& name, QObject* parent = nullptr);
};

} // namespace segurdesk::portal
