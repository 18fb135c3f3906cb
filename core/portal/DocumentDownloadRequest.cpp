#include "core/portal/DocumentDownloadRequest.h"

namespace segurdesk::portal {

DocumentDownloadRequest::DocumentDownloadRequest(PortalClient& client, const QString& id, QObject* parent)
    : DownloadRequest(client, QStringLiteral("/documents/{id}"), QStringLiteral("/documents/") + encodeSegment(id),
                      parent)
{ }

} // namespace segurdesk::portal
