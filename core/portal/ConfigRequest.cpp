#include "core/portal/ConfigRequest.h"

namespace segurdesk::portal {

ConfigRequest::ConfigRequest(PortalClient& client, QObject* parent)
    : JsonReplyRequest(client, QByteArrayLiteral("GET"), QStringLiteral("/config"), QStringLiteral("/config"), parent)
{
    setAuthenticated(false);
    setPollable(true);
}

} // namespace segurdesk::portal
