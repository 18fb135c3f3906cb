#include "core/portal/PaymentListRequest.h"

namespace segurdesk::portal {

PaymentListRequest::PaymentListRequest(PortalClient& client, qint64 page, qint64 perPage,
                                       const QString& advanceRequestId, QObject* parent)
    : JsonReplyRequest(client, QByteArrayLiteral("GET"), QStringLiteral("/payments"), QStringLiteral("/payments"),
                       parent)
{
    setPollable(true);
    addQueryItem(QLatin1String("page"), QString::number(page));
    addQueryItem(QLatin1String("per_page"), QString::number(perPage));
    if (!advanceRequestId.isEmpty())
        addQueryItem(QLatin1String("advance_request_id"), advanceRequestId);
}

} // namespace segurdesk::portal
