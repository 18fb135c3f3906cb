#include "core/portal/SessionRequest.h"

namespace segurdesk::portal {

SessionRequest::SessionRequest(PortalClient& client, QObject* parent)
    : JsonReplyRequest(client, QByteArrayLiteral("GET"), QStringLiteral("/auth/session"),
                       QStringLiteral("/auth/session"), parent)
{ }

} // namespace segurdesk::portal
