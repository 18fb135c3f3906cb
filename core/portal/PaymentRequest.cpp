#include "core/portal/PaymentRequest.h"

namespace segurdesk::portal {

PaymentRequest::PaymentRequest(PortalClient& client, const QString& id, QObject* parent)
    : JsonReplyRequest(client, QByteArrayLiteral("GET"), QStringLiteral("/payments/{id}"),
                       QStringLiteral("/payments/") + encodeSegment(id), parent)
{
    setPollable(true);
}

} // namespace segurdesk::portal
