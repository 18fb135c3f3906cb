#pragma once

#include "core/portal/DownloadRequest.h"

namespace segurdesk::portal {

// GET /documents/{id}: an uploaded part or a decision letter of one of the account's dossiers.
class DocumentDownloadRequest final : public DownloadRequest
{
public:
    DocumentDownloadRequest(PortalClient& client, const QString& id, QObject* parent = nullptr);
};

} // namespace segurdesk::portal
