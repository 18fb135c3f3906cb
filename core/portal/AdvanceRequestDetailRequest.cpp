#include "core/portal/AdvanceRequestDetailRequest.h"

namespace segurdesk::portal {

AdvanceRequestDetailRequest::AdvanceRequestDetailRequest(PortalClient& client, const QString& id, QObject* parent)
    : JsonReplyRequest(client, QByteArrayLiteral("GET"), QStringLiteral("/advance-requests/{id}"),
                       QStringLiteral("/advance-requests/") + encodeSegment(id), parent)
{
    setPollable(true);
}

} // namespace segurdesk::portal
