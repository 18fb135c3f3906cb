#include "core/portal/MailListRequest.h"

namespace segurdesk::portal {

MailListRequest::MailListRequest(PortalClient& client, qint64 page, qint64 perPage, const QString& enrollmentId,
                                 const QString& advanceRequestId, QObject* parent)
    : JsonReplyRequest(client, QByteArrayLiteral("GET"), QStringLiteral("/mails"), QStringLiteral("/mails"), parent)
{
    setPollable(true);
    addQueryItem(QLatin1String("page"), QString::number(page));
    addQueryItem(QLatin1String("per_page"), QString::number(perPage));
    if (!enrollmentId.isEmpty())
        addQueryItem(QLatin1String("enrollment_id"), enrollmentId);
    if (!advanceRequestId.isEmpty())
        addQueryItem(QLatin1String("advance_request_id"), advanceRequestId);
}

} // namespace segurdesk::portal
