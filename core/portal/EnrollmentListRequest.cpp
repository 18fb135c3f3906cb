#include "core/portal/EnrollmentListRequest.h"

namespace segurdesk::portal {

EnrollmentListRequest::EnrollmentListRequest(PortalClient& client, qint64 page, qint64 perPage,
                                             std::optional<model::EnrollmentStatus> status, QObject* parent)
    : JsonReplyRequest(client, QByteArrayLiteral("GET"), QStringLiteral("/enrollments"), QStringLiteral("/enrollments"),
                       parent)
{
    setPollable(true);
    addQueryItem(QLatin1String("page"), QString::number(page));
    addQueryItem(QLatin1String("per_page"), QString::number(perPage));
    if (status)
        addQueryItem(QLatin1String("status"), model::statusId(*status));
}

} // namespace segurdesk::portal
