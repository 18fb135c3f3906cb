#include "core/portal/LogoutRequest.h"

#include "core/portal/PortalClient.h"

namespace segurdesk::portal {

LogoutRequest::LogoutRequest(PortalClient& client, QObject* parent)
    : EmptyReplyRequest(client, QByteArrayLiteral("POST"), QStringLiteral("/auth/logout"),
                        QStringLiteral("/auth/logout"), parent)
{
    connect(this, &PortalRequest::finished, &client, &PortalClient::clearBearerToken);
}

} // namespace segurdesk::portal
