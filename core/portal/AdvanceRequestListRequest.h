#pragma once

#include "core/portal/AdvanceRequestRecord.h"
#include "core/portal/JsonReplyRequest.h"
#include "core/portal/Page.h"

namespace segurdesk::portal {

// GET /advance-requests: a page of the account's advance requests (polled), optionally of one
// enrollment.
class AdvanceRequestListRequest final : public JsonReplyRequest<Page<AdvanceRequestRecord>>
{
public:
    AdvanceRequestListRequest(PortalClient& client, qint64 page = 1, qint64 perPage = 20,
                              const QString& enrollmentId = {}, QObject* parent = nullptr);
};

} // namespace segurdesk::portal
