#include "core/portal/ReferencingLookupRequest.h"

namespace segurdesk::portal {

ReferencingLookupRequest::ReferencingLookupRequest(PortalClient& client, const QString& number, QObject* parent)
    : JsonReplyRequest(client, QByteArrayLiteral("GET"), QStringLiteral("/referencing/{number}"),
                       QStringLiteral("/referencing/") + encodeSegment(number), parent)
{
    setAuthenticated(false);
    setPollable(true);
    setFieldAliases({{QStringLiteral("number"), QStringLiteral("referencing.number")}});
}

} // namespace segurdesk::portal
