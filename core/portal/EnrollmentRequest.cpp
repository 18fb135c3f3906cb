#include "core/portal/EnrollmentRequest.h"

namespace segurdesk::portal {

EnrollmentRequest::EnrollmentRequest(PortalClient& client, const QString& id, QObject* parent)
    : JsonReplyRequest(client, QByteArrayLiteral("GET"), QStringLiteral("/enrollments/{id}"),
                       QStringLiteral("/enrollments/") + encodeSegment(id), parent)
{
    setPollable(true);
}

} // namespace segurdesk::portal
