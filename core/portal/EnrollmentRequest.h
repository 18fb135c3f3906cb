#pragma once

#include "core/portal/EnrollmentDetail.h"
#include "core/portal/JsonReplyRequest.h"

namespace segurdesk::portal {

// GET /enrollments/{id}: one enrollment with its status history and documents (polled).
class EnrollmentRequest final : public JsonReplyRequest<EnrollmentDetail>
{
public:
    EnrollmentRequest(PortalClient& client, const QString& id, QObject* parent = nullptr);
};

} // namespace segurdesk::portal
