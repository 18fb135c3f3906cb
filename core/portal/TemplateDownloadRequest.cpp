#include "core/portal/TemplateDownloadRequest.h"

namespace segurdesk::portal {

TemplateDownloadRequest::TemplateDownloadRequest(PortalClient& client, const QString& name, QObject* parent)
    : DownloadRequest(client, QStringLiteral("/templates/{name}"), QStringLiteral("/templates/") + encodeSegment(name),
                      parent)
{
    setAuthenticated(false);
}

} // namespace segurdesk::portal
