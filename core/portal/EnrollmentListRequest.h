#pragma once

#include "core/portal/EnrollmentSummary.h"
#include "core/portal/JsonReplyRequest.h"
#include "core/portal/Page.h"

#include <optional>

namespace segurdesk::portal {

// GET /enrollments: a page of the account's enrollments, newest first (polled). `status`
// filters when given.
class EnrollmentListRequest final : public JsonReplyRequest<Page<EnrollmentSummary>>
{
public:
    EnrollmentListRequest(PortalClient& client, qint64 page = 1, qint64 perPage = 20,
                          std::optional<model::EnrollmentStatus> status = std::nullopt, QObject* parent = nullptr);
};

} // namespace segurdesk::portal
