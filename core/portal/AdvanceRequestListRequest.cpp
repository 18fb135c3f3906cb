#include "core/portal/AdvanceRequestListRequest.h"

namespace segurdesk::portal {

AdvanceRequestListRequest::AdvanceRequestListRequest(PortalClient& client, qint64 page, qint64 perPage,
                                                     const QString& enrollmentId, QObject* parent)
    : JsonReplyRequest(client, QByteArrayLiteral("GET"), QStringLiteral("/advance-requests"),
                       QStringLiteral("/advance-requests"), parent)
{
    setPollable(true);
    addQueryItem(QLatin1String("page"), QString::number(page));
    addQueryItem(QLatin1String("per_page"), QString::number(perPage));
    if (!enrollmentId.isEmpty())
        addQueryItem(QLatin1String("enrollment_id"), enrollmentId);
}

} // namespace segurdesk::portal
